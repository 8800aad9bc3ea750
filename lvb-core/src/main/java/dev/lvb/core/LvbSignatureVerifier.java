package dev.lvb.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import dev.lvb.core.error.LvbSignatureException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;

/**
 * Verifies the {@code t} and {@code sign} that LVB puts into every event notification.
 * <p>
 * {@code t} is an expiry time (LVB sends "now + 10 minutes"). A notification is accepted when
 * {@code now - skew <= t <= now + maxLifetime + skew} and {@code sign} equals {@code md5(key + t)}, compared in
 * constant time. {@code t} may arrive as a JSON number or as a string of digits (LVB's documentation says
 * "string", its examples show numbers); the signature is computed over the digits exactly as received.
 * <p>
 * Order of the checks: {@code t} and {@code sign} present, {@code t} made of digits, then the signature, then the
 * time window. When both {@code sign} and {@code t} are wrong the answer names the signature (see
 * {@code docs/modules/ROOT/pages/wire.adoc}, "Order of the checks").
 * Thread-safe.
 */
public final class LvbSignatureVerifier {

    /** Default tolerance between LVB's clock and ours. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    /** LVB signs notifications to expire 10 minutes after sending. */
    public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofMinutes(10);

    private static final long MAX_T_VALUE = 999_999_999_999_999_999L;
    private static final BigDecimal MAX_T = new BigDecimal("999999999999999999");
    private static final int MAX_NUMBER_DIGITS = 40;

    private final Clock clock;
    private final long skewSeconds;
    private final long maxLifetimeSeconds;

    /**
     * @param clock the clock that tells "now"
     * @param allowedSkew how far LVB's clock may be from ours, not negative
     * @param maxLifetime how far in the future an expiry may lie, positive
     */
    public LvbSignatureVerifier(Clock clock, Duration allowedSkew, Duration maxLifetime) {
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(allowedSkew, "allowedSkew");
        Objects.requireNonNull(maxLifetime, "maxLifetime");
        if (allowedSkew.isNegative()) {
            throw new IllegalArgumentException("clock skew must not be negative, got " + allowedSkew);
        }
        if (maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("maximum lifetime must be positive, got " + maxLifetime);
        }
        this.skewSeconds = allowedSkew.getSeconds();
        this.maxLifetimeSeconds = maxLifetime.getSeconds();
    }

    /**
     * A verifier with the system clock, {@link #DEFAULT_CLOCK_SKEW} and {@link #DEFAULT_MAX_LIFETIME}.
     *
     * @return the verifier
     */
    public static LvbSignatureVerifier defaults() {
        return new LvbSignatureVerifier(Clock.systemUTC(), DEFAULT_CLOCK_SKEW, DEFAULT_MAX_LIFETIME);
    }

    /**
     * Checks a received {@code t} and {@code sign}.
     *
     * @param key the callback key (or API key) LVB signs with
     * @param t the received {@code t}: a {@link String}, a {@link Number}, a {@link JsonString} or a
     *        {@link JsonNumber}; anything else is malformed; {@code null} is missing
     * @param sign the received {@code sign}
     * @return the outcome, never {@code null}
     */
    public LvbVerification verify(String key, Object t, String sign) {
        Objects.requireNonNull(key, "key");
        // A JSON number that a long holds (every genuine t that arrives as a number) is signed over its plain
        // digits, which are those of the long: no text is needed for it. Anything else goes through its text.
        long number;
        String digits;
        if (t instanceof String s) { // a final class: one compare, where each interface check is a scan
            number = -1;
            digits = s.isEmpty() ? null : s;
        } else {
            number = integralNumber(t);
            digits = number >= 0 ? null : digitsOf(t);
        }
        if (number < 0 && digits == null) {
            return new LvbVerification.Rejected(LvbVerification.Reason.MISSING, "t is missing");
        }
        if (sign == null || sign.isEmpty()) {
            return new LvbVerification.Rejected(LvbVerification.Reason.MISSING, "sign is missing");
        }
        // Malformed before mismatched: a t that is no time is named as such, whatever the sign. Text is checked,
        // read and hashed in one pass.
        long expiry;
        if (digits != null) {
            expiry = LvbSignature.signedTime(sign, key, digits);
        } else {
            expiry = LvbSignature.isSignature(sign, key, number) ? number : LvbSignature.NOT_SIGNED;
        }
        if (expiry == LvbSignature.NOT_DIGITS) {
            return new LvbVerification.Rejected(LvbVerification.Reason.MALFORMED_T,
                    "t is not a UNIX time in decimal seconds");
        }
        // The signature before the time window: a sender without the key learns nothing but "not signed with the
        // key" (not the accepted window, not how far off its t is), and a misconfigured key is named as such even
        // when the clocks are off too. Only a genuinely signed t gets the window's verdict (a replay, a skewed clock).
        if (expiry == LvbSignature.NOT_SIGNED) {
            return new LvbVerification.Rejected(LvbVerification.Reason.MISMATCH, "sign does not match");
        }
        long now = nowSeconds();
        // Saturating: an absurdly large skew or lifetime must widen the window, not wrap it around.
        long earliest = saturatedAdd(now, -skewSeconds);
        long latest = saturatedAdd(saturatedAdd(now, maxLifetimeSeconds), skewSeconds);
        if (expiry < earliest) {
            return new LvbVerification.Rejected(LvbVerification.Reason.EXPIRED,
                    "t expired " + (now - expiry) + " s ago");
        }
        if (expiry > latest) {
            return new LvbVerification.Rejected(LvbVerification.Reason.TOO_FAR_IN_FUTURE,
                    "t lies " + (expiry - now) + " s ahead, more than the allowed " + (latest - now) + " s");
        }
        return new LvbVerification.Accepted(expiry);
    }

    /** The clock's UNIX second, read without an {@code Instant} where the clock allows (the system clock does). */
    private long nowSeconds() {
        try {
            return Math.floorDiv(clock.millis(), 1000);
        } catch (ArithmeticException beyondMillis) {
            // A clock set more than 292 million years away (tests) has no millis; its Instant has seconds.
            return clock.instant().getEpochSecond();
        }
    }

    /**
     * Like {@link #verify(String, Object, String)} but throws when the notification is rejected.
     *
     * @param key the callback key
     * @param t the notification's {@code t}, as received (a string or a number)
     * @param sign the notification's {@code sign}
     * @return the verified expiry {@code t}
     * @throws LvbSignatureException when rejected
     */
    public long verifyOrThrow(String key, Object t, String sign) {
        LvbVerification result = verify(key, t, sign);
        if (result instanceof LvbVerification.Rejected rejected) {
            throw new LvbSignatureException(rejected.reason(), rejected.detail());
        }
        return ((LvbVerification.Accepted) result).t();
    }

    /**
     * The value of a JSON number held as a long or an int (Parsson's form of every integer up to 18 digits) from 0 to
     * {@link #MAX_T}, else -1 (then its text decides). Other forms (a BigDecimal, possibly huge) are left to the
     * bounded BigDecimal path of {@link #digitsOf}: asking them for an exact long can cost time per digit.
     */
    private static long integralNumber(Object t) {
        if (t instanceof JsonNumber jn) {
            Number n = jn.numberValue();
            if (n instanceof Long || n instanceof Integer) {
                long v = n.longValue();
                return v <= MAX_T_VALUE ? v : -1;
            }
        }
        return -1;
    }

    /** Returns the decimal text of {@code t}, "" for unusable values, {@code null} when absent. */
    private static String digitsOf(Object t) {
        if (t == null) {
            return null;
        }
        if (t instanceof String s) { // first: a final class is one check, an interface a scan of the supertypes
            return s.isEmpty() ? null : s;
        }
        if (t instanceof JsonString js) {
            t = js.getString();
        } else if (t instanceof JsonNumber jn) {
            t = jn.bigDecimalValue();
        }
        if (t instanceof String s) {
            return s.isEmpty() ? null : s;
        }
        if (t instanceof Long || t instanceof Integer || t instanceof Short || t instanceof Byte
                || t instanceof BigInteger) {
            return t.toString();
        }
        if (t instanceof BigDecimal bd) {
            // Bound before converting: a hostile 1E+1000000 must not make us build a million-digit integer, and
            // a hostile 1E-1000000 must not make toBigIntegerExact() compute 10^1000000 to find the fraction.
            if (bd.signum() < 0 || bd.compareTo(MAX_T) > 0) {
                return "";
            }
            if (bd.signum() == 0) {
                return "0";
            }
            if (bd.scale() > 0) {
                // 0 < bd <= MAX_T here. Below 1 it is a fraction. An integral value spelled with far more digits
                // than any UNIX time needs (1471850187.000...) is refused rather than stripped, which costs time
                // per digit.
                if (bd.precision() <= bd.scale() || bd.precision() > MAX_NUMBER_DIGITS) {
                    return "";
                }
                bd = bd.stripTrailingZeros();
                if (bd.scale() > 0) {
                    return "";
                }
            }
            // Now scale <= 0 and 0 < bd <= MAX_T: an integer of at most 18 digits, which a long holds exactly (no
            // BigInteger needed for the digits; this is the path of every t that arrives as a JSON number).
            return Long.toString(bd.longValue());
        }
        return "";
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }
}
