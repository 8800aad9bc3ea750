package dev.lvb.core;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * LVB's "t + sign" signature: {@code sign = lowercase_hex(md5(key + t))}, where {@code t} is a UNIX time in
 * seconds written in decimal and {@code key} is the LVB API ("CGI call") key or the callback key.
 * <p>
 * The same scheme protects outgoing API calls (see {@link LvbSigner}) and incoming event notifications (see
 * {@link LvbSignatureVerifier}). Thread-safe and allocation-light: it is on the hot path of every call.
 */
public final class LvbSignature {

    private static final HexFormat HEX = HexFormat.of();
    /** Key + digits up to this many bytes go to MD5 through the per-thread buffer; longer ones the plain way. */
    private static final int BUFFER_BYTES = 256;

    /**
     * Per-thread scratch space: a MessageDigest lookup goes through the provider list, and the arrays spare an
     * allocation per call for the key's bytes, the digits' bytes and the digest (this runs on every call and every
     * notification).
     */
    private static final class Scratch {
        final MessageDigest md5;
        final byte[] input = new byte[BUFFER_BYTES];
        final byte[] digest = new byte[16];
        /** The key whose ASCII bytes {@link #input} starts with, or {@code null}. */
        private String staged;

        Scratch() {
            try {
                md5 = MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("MD5 is required by every Java platform", e);
            }
        }

        /** @return md5(UTF-8 key + US-ASCII digits), in {@link #digest} */
        byte[] md5Of(String key, String tDigits) {
            int k = key.length();
            int n = k + tDigits.length();
            // ASCII (always the case for t, and for LVB's hex keys) is copied as is, so that MD5 gets a single
            // update; anything else is encoded as before, with the same bytes as the result.
            if (n <= input.length && stage(key) && ascii(tDigits, input, k)) {
                md5.update(input, 0, n);
            } else {
                md5.update(key.getBytes(StandardCharsets.UTF_8));
                md5.update(tDigits.getBytes(StandardCharsets.US_ASCII));
            }
            return finish();
        }

        /** @return md5(UTF-8 key + the decimal digits of t), t not negative, in {@link #digest} */
        byte[] md5Of(String key, long t) {
            int k = key.length();
            int n = k + digitCount(t);
            if (n > input.length || !stage(key)) {
                return md5Of(key, Long.toString(t));
            }
            writeDigits(t, input, n);
            md5.update(input, 0, n);
            return finish();
        }

        /**
         * The value of {@code tDigits}, 1 to {@value LvbSignature#MAX_T_DIGITS} ASCII digits, with md5(UTF-8 key +
         * digits) in {@link #digest}; -1 (and no digest) when they are anything else. Checked, read and copied after
         * the key in one pass.
         */
        long md5OfDigits(String key, String tDigits) {
            int k = key.length();
            int len = tDigits.length();
            if (len == 0 || len > MAX_T_DIGITS) {
                return -1;
            }
            if (k + len > input.length || !stage(key)) {
                long value = digitsValue(tDigits);
                if (value >= 0) {
                    md5Of(key, tDigits);
                }
                return value;
            }
            long value = 0;
            for (int i = 0; i < len; i++) {
                char c = tDigits.charAt(i);
                int d = c - '0';
                if (d < 0 || d > 9) {
                    return -1;
                }
                input[k + i] = (byte) c;
                value = value * 10 + d;
            }
            md5.update(input, 0, k + len);
            finish();
            return value;
        }

        private byte[] finish() {
            try {
                md5.digest(digest, 0, digest.length);
            } catch (DigestException e) {
                throw new IllegalStateException("MD5 digest does not fit in 16 bytes", e);
            }
            return digest;
        }

        /**
         * Puts the key's bytes at the start of {@link #input} unless they are there already: a thread signs with
         * the same key String over and over, and a String never changes, so identity tells (the bytes stay in the
         * buffer between calls anyway). The caller has checked that the key fits.
         *
         * @return false when the key is not ASCII (then it goes the plain way)
         */
        private boolean stage(String key) {
            if (key == staged) {
                return true;
            }
            staged = null;
            if (!ascii(key, input, 0)) {
                return false;
            }
            staged = key;
            return true;
        }

        private static boolean ascii(String s, byte[] into, int at) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    return false;
                }
                into[at + i] = (byte) c;
            }
            return true;
        }
    }

    /** The most digits of {@code t} read: a long holds them all. */
    static final int MAX_T_DIGITS = 18;
    /** {@link #signedTime}: {@code t} is not 1 to {@value #MAX_T_DIGITS} ASCII digits. */
    static final long NOT_DIGITS = -1;
    /** {@link #signedTime}: {@code t} is digits, but not signed with the key. */
    static final long NOT_SIGNED = -2;

    /** Powers of ten that a long holds: {@code POW10[i] = 10^i}. */
    private static final long[] POW10 = new long[19];
    /** The tens and ones digit of 0 to 99, for writing two digits per division. */
    private static final byte[] TENS = new byte[100];
    private static final byte[] ONES = new byte[100];
    /** Each byte's two lowercase hex digits in one int: the high nibble's char above, the low one's below. */
    private static final int[] HEX_PAIRS = new int[256];

    static {
        long p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
        for (int i = 0; i < 100; i++) {
            TENS[i] = (byte) ('0' + i / 10);
            ONES[i] = (byte) ('0' + i % 10);
        }
        String digits = "0123456789abcdef";
        for (int b = 0; b < 256; b++) {
            HEX_PAIRS[b] = digits.charAt(b >>> 4) << 16 | digits.charAt(b & 0xF);
        }
    }

    /** The number of decimal digits of {@code t}, not negative (the bit length tells it to within one). */
    private static int digitCount(long t) {
        int guess = ((64 - Long.numberOfLeadingZeros(t)) * 1233) >>> 12; // 1233 / 4096 ~ log10(2); at most 18
        return t >= POW10[guess] ? guess + 1 : Math.max(guess, 1);
    }

    /** Writes the decimal digits of {@code t}, not negative, to end just before {@code end}, by pairs. */
    private static void writeDigits(long t, byte[] into, int end) {
        int at = end;
        long v = t;
        while (v > Integer.MAX_VALUE) {
            long q = v / 100;
            int r = (int) (v - q * 100);
            v = q;
            into[--at] = ONES[r];
            into[--at] = TENS[r];
        }
        int i = (int) v; // int division from here: a UNIX time in seconds fits until 2038
        while (i >= 10_000) {
            // Four digits per step: only the division by 10^4 waits for the step before, the split of the four
            // digits into two pairs runs beside the next one (a ten-digit t is two such steps and one pair).
            int q = i / 10_000;
            int r = i - q * 10_000;
            int high = r / 100;
            int low = r - high * 100;
            i = q;
            into[--at] = ONES[low];
            into[--at] = TENS[low];
            into[--at] = ONES[high];
            into[--at] = TENS[high];
        }
        while (i >= 100) {
            int q = i / 100;
            int r = i - q * 100;
            i = q;
            into[--at] = ONES[r];
            into[--at] = TENS[r];
        }
        if (i >= 10) {
            into[--at] = ONES[i];
            into[--at] = TENS[i];
        } else {
            into[--at] = (byte) ('0' + i);
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private LvbSignature() {
    }

    /**
     * Computes {@code md5(key + t)} as 32 lowercase hex characters.
     *
     * @param key the signing key, never {@code null}
     * @param t the expiry time in UNIX seconds (decimal on the wire)
     * @return the signature
     */
    public static String sign(String key, long t) {
        if (t < 0) {
            return sign(key, Long.toString(t));
        }
        Objects.requireNonNull(key, "key");
        return HEX.formatHex(SCRATCH.get().md5Of(key, t));
    }

    /**
     * Computes {@code md5(key + t)} over the exact decimal text of {@code t} as it travels on the wire.
     *
     * @param key the signing key
     * @param tDigits the decimal digits of {@code t}
     * @return the signature, 32 lowercase hex characters
     */
    public static String sign(String key, String tDigits) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(tDigits, "t");
        return HEX.formatHex(SCRATCH.get().md5Of(key, tDigits));
    }

    /**
     * Whether {@code received} is {@code sign(key, tDigits)}, its hex digits in any case: the same answer as
     * {@code matches(sign(key, tDigits), received)} without building the expected String: the received chars are
     * compared with the digest's hex digits in constant time.
     */
    static boolean isSignature(String received, String key, String tDigits) {
        if (received == null || received.length() != 32) {
            return false;
        }
        return isHexOf(received, SCRATCH.get().md5Of(key, tDigits));
    }

    /**
     * What a verifier needs of a {@code t} received as text: its value when it is 1 to {@value #MAX_T_DIGITS} ASCII
     * digits and {@code received} is {@code sign(key, tDigits)} (as {@link #isSignature(String, String, String)}
     * tells), else {@link #NOT_DIGITS} when it is not such digits (no MD5 then), else {@link #NOT_SIGNED}. The
     * digits are checked, read and hashed in one pass.
     */
    static long signedTime(String received, String key, String tDigits) {
        if (received == null || received.length() != 32) {
            return digitsValue(tDigits) < 0 ? NOT_DIGITS : NOT_SIGNED;
        }
        Scratch scratch = SCRATCH.get();
        long value = scratch.md5OfDigits(key, tDigits);
        if (value < 0) {
            return NOT_DIGITS;
        }
        return isHexOf(received, scratch.digest) ? value : NOT_SIGNED;
    }

    /** The value of 1 to {@value #MAX_T_DIGITS} ASCII digits, -1 for anything else: checked and read in one pass. */
    static long digitsValue(String s) {
        int len = s.length();
        if (len == 0 || len > MAX_T_DIGITS) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < len; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** The same for {@code t} given as a number: signed over its plain decimal digits. */
    static boolean isSignature(String received, String key, long t) {
        if (received == null || received.length() != 32) {
            return false;
        }
        return isHexOf(received, SCRATCH.get().md5Of(key, t));
    }

    private static boolean isHexOf(String received, byte[] expected) {
        // Every received char is compared with the expected lowercase hex digit, four chars per long, without an
        // early exit (constant time). Folding sets bit 0x20 of a char that has bit 0x40: 'A'-'F' become 'a'-'f',
        // digits stay. A folded char equals the expected digit exactly when the char is that digit in either case
        // (a control char, a non-ASCII char or another letter never folds onto a hex digit): the answer of
        // decoding the hex in either case and comparing bytes, without the table lookups and the validity mask.
        long diff = 0;
        for (int i = 0; i < 8; i++) {
            int at = 4 * i;
            long chars = (long) received.charAt(at) << 48 | (long) received.charAt(at + 1) << 32
                    | (long) received.charAt(at + 2) << 16 | received.charAt(at + 3);
            long folded = chars | ((chars & 0x0040_0040_0040_0040L) >>> 1);
            long hex = (long) HEX_PAIRS[expected[2 * i] & 0xFF] << 32 | HEX_PAIRS[expected[2 * i + 1] & 0xFF];
            diff |= folded ^ hex;
        }
        return diff == 0;
    }

    /**
     * Compares a received signature with the expected one in constant time (for equal lengths) and ignoring the
     * case of the hex digits.
     *
     * @param expected the signature computed locally
     * @param received the signature that arrived, may be {@code null}
     * @return whether they are the same
     */
    public static boolean matches(String expected, String received) {
        if (expected == null || received == null || expected.length() != received.length()) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                received.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }
}
