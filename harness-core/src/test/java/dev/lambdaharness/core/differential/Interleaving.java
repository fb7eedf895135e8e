package dev.lambdaharness.core.differential;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether one sequence of log lines is an interleaving of several: each source's lines appear in
 * their own order, nothing is missing and nothing is added. The oracle writes stdout, stderr and
 * the telemetry records to three separate files, so their relative order is unknowable there;
 * in-process writes one ordered list. This is the strongest comparison the oracle allows.
 */
final class Interleaving {

    private Interleaving() {
    }

    static boolean isInterleavingOf(List<String> merged, List<List<String>> sources) {
        int total = sources.stream().mapToInt(List::size).sum();
        if (total != merged.size()) {
            return false;
        }
        return search(merged, sources, new int[sources.size()], 0, new HashSet<>());
    }

    private static boolean search(List<String> merged, List<List<String>> sources, int[] positions, int done, Set<String> failed) {
        if (done == merged.size()) {
            return true;
        }
        String key = java.util.Arrays.toString(positions);
        if (failed.contains(key)) {
            return false;
        }
        String next = merged.get(done);
        for (int s = 0; s < sources.size(); s++) {
            List<String> source = sources.get(s);
            if (positions[s] < source.size() && source.get(positions[s]).equals(next)) {
                positions[s]++;
                boolean found = search(merged, sources, positions, done + 1, failed);
                positions[s]--;
                if (found) {
                    return true;
                }
            }
        }
        failed.add(key);
        return false;
    }
}
