# OpsTracker shell hook for zsh: eval "$(opstracker shell-hook zsh)" in ~/.zshrc.
# While a task is active (ot-task 42; ot-task off to stop), each command line you run is recorded in it with its
# exit code and timing, in the background so the prompt never waits. Outputs are not captured: use opstracker exec.
zmodload zsh/datetime
autoload -Uz add-zsh-hook
ot-task() {
  case "$1" in
    "") if [[ -n "$OPSTRACKER_TASK" ]]; then echo "active task: $OPSTRACKER_TASK"; else echo "no active task"; fi ;;
    off) unset OPSTRACKER_TASK ;;
    *[!0-9]*) echo "ot-task: expected a task id or off, not '$1'" >&2; return 2 ;;
    *) export OPSTRACKER_TASK="$1" ;;
  esac
}
__opstracker_preexec() {
  __opstracker_line="$1"
  __opstracker_started=$EPOCHREALTIME
}
__opstracker_precmd() {
  local exit_status=$?
  if [[ -n "$__opstracker_line" && -n "$OPSTRACKER_TASK" ]]; then
    case "$__opstracker_line" in
      ot-task*|opstracker\ *) ;;
      *) ( __OPSTRACKER_COMMAND__ commands record --task "$OPSTRACKER_TASK" --exit "$exit_status" --started "$__opstracker_started" \
             --ended "$EPOCHREALTIME" --cwd "$PWD" -- "$__opstracker_line" >/dev/null 2>&1 & ) ;;
    esac
  fi
  __opstracker_line=
}
add-zsh-hook preexec __opstracker_preexec
add-zsh-hook precmd __opstracker_precmd
