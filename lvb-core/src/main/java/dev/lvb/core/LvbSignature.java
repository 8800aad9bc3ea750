package dev.lvb.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * LVB's "t + sign" signature: {@code sign = lowercase_hex(md5(key + t))}, where {@code t} is a UNIX time in
 * seconds written in decimal and {@code key} is the LVB API ("CGI call") key or the callback key.
 * <p>
 * The same scheme protects outgoing API calls (see {@link LvbSigner}) and incoming event notifications (see
 * {@link LvbSignatureVerifier}). Thread-safe and allocation-light: it is on the hot path of every call.
 */
public final class LvbSignature {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    // MessageDigest lookups go through the provider list; a per-thread instance avoids that on every call.
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java platform", e);
        }
    });

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
        MessageDigest md5 = MD5.get();
        md5.update(key.getBytes(StandardCharsets.UTF_8));
        md5.update(tDigits.getBytes(StandardCharsets.US_ASCII));
        return hex(md5.digest());
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
        int diff = 0;
        for (int i = 0; i < expected.length(); i++) {
            diff |= expected.charAt(i) ^ Character.toLowerCase(received.charAt(i));
        }
        return diff == 0;
    }

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }
}
