package dev.lvb.core.model;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import dev.lvb.core.error.LvbValidationException;

/** Client-side validation shared by the request models; every failure names the wire parameter. */
final class Checks {

    /** The documented maximum length of mixing ids. */
    public static final int MAX_ID_BYTES = 80;

    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_]+");

    private Checks() {
    }

    /** A required id: present, not blank, no control characters or whitespace. */
    public static String id(String param, String value) {
        if (value == null || value.isEmpty()) {
            throw new LvbValidationException(param, "is required");
        }
        return optionalId(param, value);
    }

    /** An optional id: when present, not blank, no control characters or whitespace. */
    public static String optionalId(String param, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new LvbValidationException(param, "must not be blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                throw new LvbValidationException(param, "must not contain whitespace or control characters");
            }
            // An unpaired surrogate cannot be UTF-8 encoded: it would travel as '?' and name another stream.
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new LvbValidationException(param, "is not well-formed text (unpaired surrogate)");
            }
        }
        return value;
    }

    /** A required mixing id of at most {@value #MAX_ID_BYTES} UTF-8 bytes. */
    public static String mixId(String param, String value) {
        id(param, value);
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_ID_BYTES) {
            throw new LvbValidationException(param, "must be at most " + MAX_ID_BYTES + " bytes, got " + bytes);
        }
        return value;
    }

    /** A mixing session id: at most 80 bytes of {@code [A-Za-z0-9_]}. */
    public static String sessionId(String param, String value) {
        mixId(param, value);
        if (!SESSION_ID.matcher(value).matches()) {
            throw new LvbValidationException(param, "may only contain letters, digits and '_'");
        }
        return value;
    }

    /** An optional integer within {@code [min, max]}. */
    public static Integer range(String param, Integer value, long min, long max) {
        if (value != null && (value < min || value > max)) {
            throw new LvbValidationException(param, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** An optional decimal within {@code [min, max]}. */
    public static Double range(String param, Double value, double min, double max) {
        if (value != null && (value.isNaN() || value < min || value > max)) {
            throw new LvbValidationException(param, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /**
     * LVB's times are whole seconds on the wire (UNIX seconds or CST text); requests keep exactly what they send, so
     * that validation sees the values LVB will see and {@code fromParams(toParams(r))} equals {@code r}.
     *
     * @return the instant truncated to whole seconds, {@code null} for {@code null}
     */
    public static java.time.Instant wholeSeconds(java.time.Instant instant) {
        return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** A required value. */
    public static <T> T required(String param, T value) {
        if (value == null) {
            throw new LvbValidationException(param, "is required");
        }
        return value;
    }

    /** A condition that must hold. */
    public static void check(boolean condition, String param, String explanation) {
        if (!condition) {
            throw new LvbValidationException(param, explanation);
        }
    }
}
