package dev.lvb.callback.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import dev.lvb.core.event.LvbEvents;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The one place that decides when two notifications are "the same event": their JSON without {@code t} and
 * {@code sign} (which LVB renews on every retry), with object keys sorted recursively, hashed with SHA-256. The
 * canonical text is fed straight into the digest; nothing is built in memory.
 */
public final class LvbDedupeKeys {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private LvbDedupeKeys() {
    }

    /**
     * @param notification a verified notification
     * @return 64 lowercase hex characters
     */
    public static String of(JsonObject notification) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
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
                List<String> keys = new ArrayList<>(o.keySet());
                keys.sort(null);
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
            case TRUE -> sha.update("true".getBytes(StandardCharsets.US_ASCII));
            case FALSE -> sha.update("false".getBytes(StandardCharsets.US_ASCII));
            default -> sha.update("null".getBytes(StandardCharsets.US_ASCII));
        }
    }

    // Length-prefixed, so no choice of characters inside a string can imitate structure.
    private static void string(MessageDigest sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) '"');
        sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(b);
    }
}
