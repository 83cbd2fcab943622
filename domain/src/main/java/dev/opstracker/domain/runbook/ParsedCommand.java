package dev.opstracker.domain.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A source command read for generation: its tokens, its program, the values in it that may vary
 * (slots), and its shape, the tokens with those values wildcarded, under which runs of the same
 * command in different tasks compare equal.
 */
record ParsedCommand(SourceCommand source, List<String> tokens, String program, List<Slot> slots, String shape, List<String> words) {

    /** A value in the command: the token at {@code index} is {@code prefix + value + suffix}; {@code kind} names it. */
    record Slot(int index, String prefix, String value, String suffix, String kind) {
    }

    private static final char SEPARATOR = '\u0000';
    private static final char WILDCARD = '\u0001';
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]*");
    /** Flags whose next token is their value, not a word of the command. */
    private static final Set<String> VALUE_FLAGS = Set.of("-n", "--namespace", "-o", "--output", "-l", "--selector", "-c", "--container",
            "-f", "--file", "-u", "--user", "-p", "-i", "--region", "--profile", "--context", "--host", "--version", "--instance-ids",
            "--instance-id", "--since", "--tail");

    static ParsedCommand parse(SourceCommand source) {
        List<String> tokens = CommandTokens.split(source.commandLine());
        int programIndex = CommandTokens.programIndex(tokens);
        String program = tokens.isEmpty() ? "" : CommandTokens.programName(tokens.get(programIndex));
        List<Slot> slots = new ArrayList<>();
        StringBuilder shape = new StringBuilder();
        List<String> marked = new ArrayList<>(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Slot slot = ValueKinds.slotAt(tokens, i, programIndex, program);
            String shown = tokens.get(i);
            if (slot != null) {
                slots.add(slot);
                shown = slot.prefix() + WILDCARD + slot.suffix();
                marked.set(i, String.valueOf(WILDCARD));
            }
            shape.append(shown).append(SEPARATOR);
        }
        return new ParsedCommand(source, List.copyOf(tokens), program, List.copyOf(slots), shape.toString(),
                words(marked.subList(Math.min(programIndex + 1, marked.size()), marked.size())));
    }

    /** The line with each slot's value replaced by the text given for its token index, other tokens as typed. */
    String render(Map<Integer, String> replacements) {
        List<String> shown = new ArrayList<>(tokens);
        for (Slot slot : slots) {
            String replacement = replacements.get(slot.index());
            if (replacement != null) {
                shown.set(slot.index(), slot.prefix() + replacement + slot.suffix());
            }
        }
        return String.join(" ", shown);
    }

    /**
     * The words of the command after its program, unquoted, without flags, their values and
     * slots: {@code kubectl -n prod rollout restart deploy/api} has rollout and restart.
     */
    private static List<String> words(List<String> arguments) {
        List<String> words = new ArrayList<>();
        String previous = "";
        for (String argument : arguments) {
            for (String part : argument.replace("'", " ").replace("\"", " ").strip().split("\\s+")) {
                if (WORD.matcher(part).matches() && !VALUE_FLAGS.contains(previous) && !part.equals("sudo")) {
                    words.add(part);
                }
                previous = part;
            }
        }
        return List.copyOf(words);
    }
}
