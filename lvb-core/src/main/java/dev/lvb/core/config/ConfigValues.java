package dev.lvb.core.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one set of LVB configuration converters (durations, sizes, integers, booleans), used by every path that reads
 * LVB settings: plain MicroProfile Config ({@code lvb.*}) through {@link #ConfigValues the property reader}, and the
 * Quarkus {@code @ConfigMapping} ({@code quarkus.lvb.*}) through {@code @WithConverter} adapters of the static
 * {@code parse*} methods, so a value means the same on both. The formats are Quarkus's: a duration is ISO-8601
 * ({@code PT1S}), plain seconds ({@code 30}) or a number with {@code ms}/{@code s}/{@code m}/{@code h}/{@code d};
 * a size is bytes with an optional {@code K}/{@code M}/{@code G} (binary) suffix; a boolean is MicroProfile's
 * {@code true/yes/y/on/1} or {@code false/no/n/off/0} — anything else is an error rather than a silent
 * {@code false}.
 * <p>
 * The reader collects one readable problem per invalid property instead of failing on the first. The values it
 * reads are not secrets, so problems quote them (clipped).
 */
public final class ConfigValues {

    private static final Pattern DURATION_WITH_UNIT = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)");

    /** What {@link #parseDuration} accepts, for messages. */
    public static final String DURATION_FORMAT = "a duration (ISO-8601 like PT30S, seconds like 30, or 500ms, 30s,"
            + " 10m, 1h, 1d)";
    /** What {@link #parseSize} accepts, for messages. */
    public static final String SIZE_FORMAT = "a size (bytes like 65536, or 64K, 1M, 1G)";
    /** What {@link #parseBoolean} accepts, for messages. */
    public static final String BOOLEAN_FORMAT = "true or false (also yes/no, y/n, on/off, 1/0)";

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

    /**
     * @param text a duration in one of the accepted formats
     * @return the duration (possibly negative or zero: callers check their bounds)
     * @throws IllegalArgumentException saying what is accepted
     */
    public static Duration parseDuration(String text) {
        Duration d = durationOrNull(text == null ? "" : text.trim());
        if (d == null) {
            throw new IllegalArgumentException("'" + clip(text) + "' is not " + DURATION_FORMAT);
        }
        return d;
    }

    private static Duration durationOrNull(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        if (!s.isEmpty() && s.length() <= 12 && s.chars().allMatch(Character::isDigit)) {
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
     * @param text a size in bytes with an optional binary suffix
     * @return the number of bytes
     * @throws IllegalArgumentException saying what is accepted
     */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            int shift = switch (m.group(2)) {
                case "k", "kb", "kib" -> 10;
                case "m", "mb", "mib" -> 20;
                case "g", "gb", "gib" -> 30;
                default -> 0;
            };
            if (n <= (Long.MAX_VALUE >> shift)) {
                return n << shift;
            }
        }
        throw new IllegalArgumentException("'" + clip(text) + "' is not " + SIZE_FORMAT);
    }

    /**
     * @param text a boolean
     * @return its value
     * @throws IllegalArgumentException on anything but the accepted spellings (no silent {@code false})
     */
    public static boolean parseBoolean(String text) {
        switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "on", "1":
                return true;
            case "false", "no", "n", "off", "0":
                return false;
            default:
                throw new IllegalArgumentException("'" + clip(text) + "' is not " + BOOLEAN_FORMAT);
        }
    }

    private static String clip(String value) {
        String v = String.valueOf(value);
        return v.length() > 40 ? v.substring(0, 40) + "..." : v;
    }

    private Optional<String> raw(String name) {
        Optional<String> v = lookup.apply(prefix + name);
        return v == null ? Optional.empty() : v.map(String::trim).filter(s -> !s.isEmpty());
    }

    private void problem(String name, String value, String expected) {
        problems.add(prefix + name + " is '" + clip(value) + "', expected " + expected);
    }

    /**
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
        Duration d = durationOrNull(raw.get());
        if (d == null || d.isNegative() || (positive && d.isZero())) {
            problem(name, raw.get(), (positive ? "a positive " : "a non-negative ") + DURATION_FORMAT.substring(2));
            return dflt;
        }
        return d;
    }

    /**
     * @param name the property name after the prefix
     * @param dflt the value when unset (or invalid: the problem is recorded)
     * @param min smallest allowed
     * @param max largest allowed
     * @return the size in bytes
     */
    public int size(String name, int dflt, int min, int max) {
        return bounded(name, dflt, min, max, ConfigValues::parseSize,
                "a size between " + min + " and " + max + " bytes (like 65536, 64K or 1M)");
    }

    /**
     * @param name the property name after the prefix
     * @param dflt the value when unset (or invalid: the problem is recorded)
     * @param min smallest allowed
     * @param max largest allowed
     * @return the integer
     */
    public int integer(String name, int dflt, int min, int max) {
        return bounded(name, dflt, min, max, Long::parseLong, "an integer between " + min + " and " + max);
    }

    private int bounded(String name, int dflt, int min, int max, java.util.function.ToLongFunction<String> parse,
            String expected) {
        Optional<String> raw = raw(name);
        if (raw.isEmpty()) {
            return dflt;
        }
        try {
            long n = parse.applyAsLong(raw.get());
            if (n >= min && n <= max) {
                return (int) n;
            }
        } catch (IllegalArgumentException e) {
            // reported below (NumberFormatException is one)
        }
        problem(name, raw.get(), expected);
        return dflt;
    }

    /**
     * @param name the property name after the prefix
     * @param dflt the value when unset (or invalid: the problem is recorded)
     * @return the boolean
     */
    public boolean bool(String name, boolean dflt) {
        Optional<String> raw = raw(name);
        if (raw.isEmpty()) {
            return dflt;
        }
        try {
            return parseBoolean(raw.get());
        } catch (IllegalArgumentException e) {
            problem(name, raw.get(), BOOLEAN_FORMAT);
            return dflt;
        }
    }

    /**
     * @param name the property name after the prefix
     * @return the trimmed value, empty when unset or blank
     */
    public Optional<String> string(String name) {
        return raw(name);
    }
}
