# OpsTracker shell hook for bash 4.4+: eval "$(opstracker shell-hook bash)" in ~/.bashrc.
# While a task is active (ot-task 42; ot-task off to stop), each command line you run is recorded in it with its
# exit code and timing, in the background so the prompt never waits. Outputs are not captured: use opstracker exec.
ot-task() {
  case "$1" in
    "") if [ -n "$OPSTRACKER_TASK" ]; then echo "active task: $OPSTRACKER_TASK"; else echo "no active task"; fi ;;
    off) unset OPSTRACKER_TASK ;;
    *[!0-9]*) echo "ot-task: expected a task id or off, not '$1'" >&2; return 2 ;;
    *) export OPSTRACKER_TASK="$1" ;;
  esac
}
__opstracker_now() {
  if [ -n "$EPOCHREALTIME" ]; then printf '%s' "$EPOCHREALTIME"; else date +%s; fi
}
__opstracker_preexec() {
  [ -n "$COMP_LINE" ] && return
  [ -n "$__opstracker_line" ] && return
  case "$BASH_COMMAND" in __opstracker_*|ot-task*) return ;; esac
  __opstracker_started=$(__opstracker_now)
  __opstracker_line=$(HISTTIMEFORMAT= history 1 | sed -e 's/^ *[0-9][0-9]* *//')
}
__opstracker_precmd() {
  local status=$?
  if [ -n "$__opstracker_line" ] && [ -n "$OPSTRACKER_TASK" ]; then
    case "$__opstracker_line" in
      ot-task*|opstracker\ *) ;;
      *) ( __OPSTRACKER_COMMAND__ commands record --task "$OPSTRACKER_TASK" --exit "$status" --started "$__opstracker_started" \
             --ended "$(__opstracker_now)" --cwd "$PWD" -- "$__opstracker_line" >/dev/null 2>&1 & ) ;;
    esac
  fi
  __opstracker_line=
}
trap '__opstracker_preexec' DEBUG
case ";$PROMPT_COMMAND;" in
  *";__opstracker_precmd;"*) ;;
  *) PROMPT_COMMAND="__opstracker_precmd${PROMPT_COMMAND:+;$PROMPT_COMMAND}" ;;
esac
