package dev.lvb.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * LVB's signature {@code lowercase_hex(md5(key + t))}, computed here independently of lvb-core, so that a bug in
 * the library's signing cannot make the stubs and the library agree with each other.
 */
public final class Md5 {

    private Md5() {
    }

    /**
     * @param key the API or callback key
     * @param t the expiry as sent (decimal UNIX seconds)
     * @return the signature
     */
    public static String sign(String key, String t) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest((key + t).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(32);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @see #sign(String, String) */
    public static String sign(String key, long t) {
        return sign(key, Long.toString(t));
    }
}
