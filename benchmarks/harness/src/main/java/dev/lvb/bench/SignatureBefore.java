package dev.lvb.bench;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code dev.lvb.core.LvbSignature} as it was before issue #17 item 3 (commit 5fe4c00). Kept here only to be measured
 * beside the library's current code in the same JMH run (SignBench: {@code lvbSignBefore}, and under
 * {@link VerifierBefore}).
 */
final class SignatureBefore {

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
            if (n <= input.length && ascii(key, input, 0) && ascii(tDigits, input, k)) {
                md5.update(input, 0, n);
            } else {
                md5.update(key.getBytes(StandardCharsets.UTF_8));
                md5.update(tDigits.getBytes(StandardCharsets.US_ASCII));
            }
            try {
                md5.digest(digest, 0, digest.length);
            } catch (DigestException e) {
                throw new IllegalStateException("MD5 digest does not fit in 16 bytes", e);
            }
            return digest;
        }

        /** @return md5(UTF-8 key + the decimal digits of t), t not negative, in {@link #digest} */
        byte[] md5Of(String key, long t) {
            int k = key.length();
            int digits = 1;
            for (long v = t; v >= 10; v /= 10) {
                digits++;
            }
            if (k + digits > input.length || !ascii(key, input, 0)) {
                return md5Of(key, Long.toString(t));
            }
            int at = k + digits;
            long v = t;
            do {
                input[--at] = (byte) ('0' + (int) (v % 10));
                v /= 10;
            } while (v > 0);
            md5.update(input, 0, k + digits);
            try {
                md5.digest(digest, 0, digest.length);
            } catch (DigestException e) {
                throw new IllegalStateException("MD5 digest does not fit in 16 bytes", e);
            }
            return digest;
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

    /** The value of each ASCII character as a hex digit, -1 where it is none. */
    private static final byte[] HEX_VALUES = new byte[128];

    static {
        java.util.Arrays.fill(HEX_VALUES, (byte) -1);
        for (int i = 0; i < 16; i++) {
            HEX_VALUES["0123456789abcdef".charAt(i)] = (byte) i;
            HEX_VALUES["0123456789ABCDEF".charAt(i)] = (byte) i;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private SignatureBefore() {
    }

    /**
     * Computes {@code md5(key + t)} as 32 lowercase hex characters.
     *
     * @param key the signing key, never {@code null}
     * @param t the expiry time in UNIX seconds (decimal on the wire)
     * @return the signature
     */
    public static String sign(String key, long t) {
        return sign(key, Long.toString(t));
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
     * {@code matches(sign(key, tDigits), received)} without building the expected String: the received hex is
     * decoded and the 16 bytes compared in constant time.
     */
    static boolean isSignature(String received, String key, String tDigits) {
        if (received == null || received.length() != 32) {
            return false;
        }
        return isHexOf(received, SCRATCH.get().md5Of(key, tDigits));
    }

    /** The same for {@code t} given as a number: signed over its plain decimal digits. */
    static boolean isSignature(String received, String key, long t) {
        if (received == null || received.length() != 32) {
            return false;
        }
        return isHexOf(received, SCRATCH.get().md5Of(key, t));
    }

    private static boolean isHexOf(String received, byte[] expected) {
        // Decoded and compared in one pass, without an array for the received bytes: every byte is looked at
        // (no early exit on the first difference), and a character that is not an ASCII hex digit turns "bad"
        // negative, as HexFormat.parseHex would have refused it.
        int diff = 0;
        int bad = 0;
        for (int i = 0; i < 16; i++) {
            int hi = hexValue(received.charAt(2 * i));
            int lo = hexValue(received.charAt(2 * i + 1));
            bad |= hi | lo;
            diff |= ((hi << 4) | lo) ^ (expected[i] & 0xFF);
        }
        return bad >= 0 && diff == 0;
    }

    /** An ASCII hex digit's value in either case, else -1 (Character.digit would take non-ASCII digits). */
    private static int hexValue(char c) {
        return c < HEX_VALUES.length ? HEX_VALUES[c] : -1;
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
