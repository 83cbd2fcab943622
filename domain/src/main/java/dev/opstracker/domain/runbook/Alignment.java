package dev.opstracker.domain.runbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The common ordered commands of several tasks. Tasks are aligned progressively: the first two
 * by a longest common subsequence over command shapes, then that alignment with the third, and so
 * on. Matched commands share a column; unmatched ones get columns of their own in their order, so
 * a command missing from one task is still counted for the others. A column is kept when it holds
 * a command of at least half of the tasks (with one task: every command of it).
 */
final class Alignment {

    /** One aligned command: its shape and the command of each task that ran it, keyed by task index. */
    record Column(int shape, Map<Integer, KeptCommand> members) {

        KeptCommand first() {
            return members.values().iterator().next();
        }
    }

    private Alignment() {
    }

    static List<Column> align(List<List<KeptCommand>> tasks) {
        int taskCount = tasks.size();
        // at least half: 2 * members >= tasks, so one task of two is enough, two of four, two of three
        return profile(tasks).stream().filter(column -> 2 * column.members().size() >= taskCount).toList();
    }

    /** Every column of the progressive alignment, kept or not; the columns of the first tasks keep their order as later ones are merged. */
    static List<Column> profile(List<List<KeptCommand>> tasks) {
        Map<String, Integer> shapes = new HashMap<>();
        List<Column> profile = new ArrayList<>();
        for (int task = 0; task < tasks.size(); task++) {
            List<KeptCommand> commands = tasks.get(task);
            int[] sequence = new int[commands.size()];
            for (int j = 0; j < sequence.length; j++) {
                sequence[j] = shapes.computeIfAbsent(commands.get(j).command().shape(), shape -> shapes.size());
            }
            profile = merge(profile, task, commands, sequence);
        }
        return profile;
    }

    private static List<Column> merge(List<Column> profile, int task, List<KeptCommand> commands, int[] sequence) {
        int rows = profile.size();
        int width = sequence.length + 1;
        // suffix table: common[i * width + j] is the LCS length of profile[i..] and sequence[j..]
        int[] common = new int[(rows + 1) * width];
        for (int i = rows - 1; i >= 0; i--) {
            for (int j = sequence.length - 1; j >= 0; j--) {
                common[i * width + j] = profile.get(i).shape() == sequence[j]
                        ? common[(i + 1) * width + j + 1] + 1
                        : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
            }
        }
        List<Column> merged = new ArrayList<>(rows + sequence.length);
        int i = 0;
        int j = 0;
        while (i < rows || j < sequence.length) {
            if (i < rows && j < sequence.length && profile.get(i).shape() == sequence[j]
                    && common[i * width + j] == common[(i + 1) * width + j + 1] + 1) {
                profile.get(i).members().put(task, commands.get(j));
                merged.add(profile.get(i++));
                j++;
            } else if (i < rows && (j == sequence.length || common[(i + 1) * width + j] >= common[i * width + j + 1])) {
                merged.add(profile.get(i++));
            } else {
                Map<Integer, KeptCommand> members = new LinkedHashMap<>();
                members.put(task, commands.get(j));
                merged.add(new Column(sequence[j++], members));
            }
        }
        return merged;
    }
}
