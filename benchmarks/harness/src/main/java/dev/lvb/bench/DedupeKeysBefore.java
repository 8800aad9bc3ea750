package dev.lvb.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import dev.lvb.core.event.LvbEvents;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * {@code LvbDedupeKeys.of} as it was before issue #17 (commit 9b7ed90): many small digest updates, a byte array per
 * string. Kept here only to be measured beside the library's current code in the same JMH run (DedupeKeyBench).
 */
final class DedupeKeysBefore {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final String[] NO_KEYS = new String[0];
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    /** Per thread: a MessageDigest lookup goes through the provider list, on every notification otherwise. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    });
    /** Per thread: room for the decimal digits of a string's length (an int has at most 10). */
    private static final ThreadLocal<byte[]> DIGITS = ThreadLocal.withInitial(() -> new byte[10]);

    private DedupeKeysBefore() {
    }

    /**
     * @param notification a verified notification
     * @return 64 lowercase hex characters
     */
    static String of(JsonObject notification) {
        MessageDigest sha = SHA256.get();
        sha.reset(); // in case an earlier call on this thread failed half-way
        write(sha, notification, true);
        byte[] d = sha.digest();
        char[] out = new char[d.length * 2];
        for (int i = 0; i < d.length; i++) {
            out[2 * i] = HEX[(d[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[d[i] & 0xF];
        }
        return new String(out);
    }

    private static void write(MessageDigest sha, JsonValue v, boolean top) {
        switch (v.getValueType()) {
            case OBJECT -> {
                JsonObject o = (JsonObject) v;
                String[] keys = o.keySet().toArray(NO_KEYS);
                Arrays.sort(keys);
                sha.update((byte) '{');
                boolean first = true;
                for (String k : keys) {
                    if (top && (k.equals(LvbEvents.T) || k.equals(LvbEvents.SIGN))) {
                        continue;
                    }
                    if (!first) {
                        sha.update((byte) ',');
                    }
                    first = false;
                    string(sha, k);
                    sha.update((byte) ':');
                    write(sha, o.get(k), false);
                }
                sha.update((byte) '}');
            }
            case ARRAY -> {
                sha.update((byte) '[');
                boolean first = true;
                for (JsonValue item : (JsonArray) v) {
                    if (!first) {
                        sha.update((byte) ',');
                    }
                    first = false;
                    write(sha, item, false);
                }
                sha.update((byte) ']');
            }
            case STRING -> string(sha, ((JsonString) v).getString());
            case NUMBER -> sha.update(((JsonNumber) v).toString().getBytes(StandardCharsets.US_ASCII));
            case TRUE -> sha.update(TRUE);
            case FALSE -> sha.update(FALSE);
            default -> sha.update(NULL);
        }
    }

    // Length-prefixed (a quote, the UTF-8 byte count in ASCII digits, a colon, the bytes), so no choice of characters
    // inside a string can imitate structure. The digits are written without a String for them.
    private static void string(MessageDigest sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) '"');
        byte[] digits = DIGITS.get();
        int at = digits.length;
        int n = b.length;
        do {
            digits[--at] = (byte) ('0' + n % 10);
            n /= 10;
        } while (n > 0);
        sha.update(digits, at, digits.length - at);
        sha.update((byte) ':');
        sha.update(b);
    }
}
