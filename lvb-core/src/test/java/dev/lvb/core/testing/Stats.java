package dev.lvb.core.testing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts what a {@link Property}'s samples turned out to be, for coverage assertions ("at least 10 % were
 * accepted") and a printed distribution. Not thread-safe.
 */
public final class Stats {

    private final String label;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int total;

    /** @param label what is counted, for the printout */
    public Stats(String label) {
        this.label = label;
    }

    /** Counts one sample under the key made of {@code values} (joined with spaces). */
    public void collect(Object... values) {
        counts.merge(key(values), 1, Integer::sum);
        total++;
    }

    /** @return how many samples were counted under {@code values} */
    public int count(Object... values) {
        return counts.getOrDefault(key(values), 0);
    }

    /** @return the percentage of samples counted under {@code values} */
    public double percent(Object... values) {
        return total == 0 ? 0 : 100.0 * count(values) / total;
    }

    /** @return how many samples were counted in all */
    public int total() {
        return total;
    }

    private static String key(Object... values) {
        return Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(" "));
    }

    /** @return the distribution, most frequent first, one key per line */
    @Override
    public String toString() {
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder sb = new StringBuilder("[stats] ").append(label).append(" (").append(total).append(")");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sb.append(String.format("%n    %-" + Math.max(width, 1) + "s %6d  %5.1f %%",
                        e.getKey(), e.getValue(), 100.0 * e.getValue() / total)));
        return sb.toString();
    }
}
