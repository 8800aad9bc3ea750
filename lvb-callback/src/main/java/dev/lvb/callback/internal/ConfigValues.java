package dev.lvb.callback.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses configuration texts (durations, sizes, integers, booleans), collecting one readable problem per invalid
 * property instead of failing on the first. The values here are not secrets, so problems quote them (clipped).
 */
public final class ConfigValues {

    private static final Pattern DURATION_WITH_UNIT = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(|b|k|kb|kib|m|mb|mib)");

    private final Function<String, Optional<String>> lookup;
    private final String prefix;
    private final List<String> problems;

    /**
     * @param lookup reads one property
     * @param prefix prepended to every name
     * @param problems receives one message per invalid property
     */
    public ConfigValues(Function<String, Optional<String>> lookup, String prefix, List<String> problems) {
        this.lookup = lookup;
        this.prefix = prefix;
        this.problems = problems;
    }

    private Optional<String> raw(String name) {
        Optional<String> v = lookup.apply(prefix + name);
        return v == null ? Optional.empty() : v.map(String::trim).filter(s -> !s.isEmpty());
    }

    private void problem(String name, String value, String expected) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        problems.add(prefix + name + " is '" + shown + "', expected " + expected);
    }

    /**
     * A duration: ISO-8601, plain seconds, or a number with ms/s/m/h/d.
     *
     * @param name the property name after the prefix
     * @param dflt the value when unset (or invalid: the problem is recorded)
     * @param positive whether zero is refused too
     * @return the duration
     */
    public Duration duration(String name, Duration dflt, boolean positive) {
        Optional<String> raw = raw(name);
        if (raw.isEmpty()) {
            return dflt;
        }
        String expected = (positive ? "a positive" : "a non-negative")
                + " duration (ISO-8601 like PT30S, seconds like 30, or 500ms, 30s, 10m, 1h, 1d)";
        Duration d = parseDuration(raw.get());
        if (d == null || d.isNegative() || (positive && d.isZero())) {
            problem(name, raw.get(), expected);
            return dflt;
        }
        return d;
    }

    static Duration parseDuration(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        if (s.chars().allMatch(Character::isDigit) && s.length() <= 12) {
            return Duration.ofSeconds(Long.parseLong(s));
        }
        Matcher m = DURATION_WITH_UNIT.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * A byte size: digits with an optional K/KB/KiB/M/MB/MiB suffix (binary multiples).
     *
     * @param name the property name after the prefix
     * @param dflt the value when unset (or invalid: the problem is recorded)
     * @param min smallest allowed
     * @param max largest allowed
     * @return the size in bytes
     */
    public int size(String name, int dflt, int min, int max) {
        Optional<String> raw = raw(name);
        if (raw.isEmpty()) {
            return dflt;
        }
        String expected = "a size between " + min + " and " + max + " bytes (like 65536, 64K or 1M)";
        Matcher m = SIZE.matcher(raw.get().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            problem(name, raw.get(), expected);
            return dflt;
        }
        long n = Long.parseLong(m.group(1));
        long factor = switch (m.group(2)) {
            case "k", "kb", "kib" -> 1024L;
            case "m", "mb", "mib" -> 1024L * 1024L;
            default -> 1L;
        };
        if (n > max / factor + 1 || n * factor < min || n * factor > max) {
            problem(name, raw.get(), expected);
            return dflt;
        }
        return (int) (n * factor);
    }

    /**
     * An integer within bounds.
     *
     * @param name the property name after the prefix
     * @param dflt the value when unset (or invalid: the problem is recorded)
     * @param min smallest allowed
     * @param max largest allowed
     * @return the integer
     */
    public int integer(String name, int dflt, int min, int max) {
        Optional<String> raw = raw(name);
        if (raw.isEmpty()) {
            return dflt;
        }
        try {
            long n = Long.parseLong(raw.get());
            if (n >= min && n <= max) {
                return (int) n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(name, raw.get(), "an integer between " + min + " and " + max);
        return dflt;
    }

    /**
     * A boolean: true/false (also yes/no, y/n, on/off, 1/0, like MicroProfile Config).
     *
     * @param name the property name after the prefix
     * @param dflt the value when unset (or invalid: the problem is recorded)
     * @return the boolean
     */
    public boolean bool(String name, boolean dflt) {
        Optional<String> raw = raw(name);
        if (raw.isEmpty()) {
            return dflt;
        }
        switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "on", "1":
                return true;
            case "false", "no", "n", "off", "0":
                return false;
            default:
                problem(name, raw.get(), "true or false");
                return dflt;
        }
    }
}
