package dev.lambdaharness.events.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The built-in ids nearest to a mistyped one, for "did you mean" hints. */
final class NearestIds {

    private NearestIds() {
    }

    /**
     * @return at most {@code limit} ids within a third of the typed id's length in edits (at
     *     least 2) or containing it, nearest first; a typed id without a service is also compared
     *     with the variants
     */
    static List<String> nearest(String typed, Collection<String> ids, int limit) {
        int allowed = Math.max(2, typed.length() / 3);
        return ids.stream()
                .map(id -> Map.entry(id, id.contains(typed) ? Math.min(allowed, distance(typed, id)) : distance(typed, id)))
                .filter(e -> e.getValue() <= allowed)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .limit(limit)
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }

    private static int distance(String typed, String id) {
        int full = levenshtein(typed, id);
        if (typed.contains("/")) {
            return full;
        }
        return Math.min(full, levenshtein(typed, id.substring(id.indexOf('/') + 1)));
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
