package dev.lvb.callback.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.lvb.core.event.LvbEvents;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The one place that decides when two notifications are "the same event": their JSON without {@code t} and
 * {@code sign} (which LVB renews on every retry), with object keys sorted recursively, hashed with SHA-256.
 * <p>
 * The keys outlive the process (an {@link dev.lvb.callback.LvbDedupeStore} may be shared by instances of several
 * versions), so the bytes hashed must never change; the tests pin a few keys.
 */
public final class LvbDedupeKeys {

    private static final HexFormat HEX = HexFormat.of();
    /** A per-thread buffer grown past this (a huge notification) is not kept for the next one. */
    private static final int KEPT_BYTES = 16 * 1024;
    /** Objects with up to this many members are sorted by insertion (quadratic, so not beyond). */
    private static final int INSERTION_SORT_MAX = 48;

    /**
     * Per thread: the SHA-256 instance (a lookup goes through the provider list) and a buffer the canonical text is
     * written into, then hashed with one update: feeding the digest piece by piece (a call per brace, comma and
     * string, an array per string) cost more than the hash itself.
     */
    private static final class Canonical {
        final MessageDigest sha;
        byte[] buf = new byte[1024];
        int n;

        Canonical() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by every Java platform", e);
            }
        }

        void ensure(int more) {
            if (n + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
            }
        }

        void put(char c) {
            ensure(1);
            buf[n++] = (byte) c;
        }

        /** A number's or a literal's text, in US-ASCII as before (numbers are ASCII; anything else as the JDK does). */
        void ascii(String s) {
            int start = n;
            int len = s.length();
            ensure(len);
            for (int i = 0; i < len; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    n = start;
                    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
                    ensure(b.length);
                    System.arraycopy(b, 0, buf, n, b.length);
                    n += b.length;
                    return;
                }
                buf[n++] = (byte) c;
            }
        }

        // Length-prefixed (a quote, the UTF-8 byte count in ASCII digits, a colon, the bytes), so no choice of
        // characters inside a string can imitate structure.
        void string(String s) {
            int start = n;
            int len = s.length();
            prefix(len);
            ensure(len);
            for (int i = 0; i < len; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    // Not ASCII: the JDK's own UTF-8 encoding (and its '?' for a lone surrogate), as always.
                    n = start;
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    prefix(b.length);
                    ensure(b.length);
                    System.arraycopy(b, 0, buf, n, b.length);
                    n += b.length;
                    return;
                }
                buf[n++] = (byte) c;
            }
        }

        private void prefix(int length) {
            ensure(12);
            buf[n++] = '"';
            if (length < 10) {
                buf[n++] = (byte) ('0' + length);
            } else {
                int digits = 2;
                for (int v = length; v >= 100; v /= 10) {
                    digits++;
                }
                int at = n + digits;
                for (int v = length; at > n; v /= 10) {
                    buf[--at] = (byte) ('0' + v % 10);
                }
                n += digits;
            }
            buf[n++] = ':';
        }

        /**
         * The members in key order. One pass over the entries (a JSON-P object's key set and {@code get} each go
         * through wrappers of its entry set), then an insertion sort of the few members a notification has; a large
         * object (only hostile bodies have one) is sorted in O(n log n) as before.
         */
        private void object(JsonObject o, boolean top) {
            int size = o.size();
            String[] keys = new String[size];
            JsonValue[] values = new JsonValue[size];
            int m = 0;
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                String k = e.getKey();
                if (top && (k.equals(LvbEvents.T) || k.equals(LvbEvents.SIGN))) {
                    continue;
                }
                keys[m] = k;
                values[m++] = e.getValue();
            }
            if (m <= INSERTION_SORT_MAX) {
                for (int i = 1; i < m; i++) {
                    String k = keys[i];
                    JsonValue value = values[i];
                    int at = i;
                    while (at > 0 && keys[at - 1].compareTo(k) > 0) {
                        keys[at] = keys[at - 1];
                        values[at] = values[at - 1];
                        at--;
                    }
                    keys[at] = k;
                    values[at] = value;
                }
            } else {
                Arrays.sort(keys, 0, m);
                for (int i = 0; i < m; i++) {
                    values[i] = o.get(keys[i]);
                }
            }
            put('{');
            for (int i = 0; i < m; i++) {
                if (i > 0) {
                    put(',');
                }
                string(keys[i]);
                put(':');
                value(values[i], false);
            }
            put('}');
        }

        void value(JsonValue v, boolean top) {
            switch (v.getValueType()) {
                case OBJECT -> object((JsonObject) v, top);
                case ARRAY -> {
                    put('[');
                    List<JsonValue> items = v.asJsonArray();
                    for (int i = 0, size = items.size(); i < size; i++) {
                        if (i > 0) {
                            put(',');
                        }
                        value(items.get(i), false);
                    }
                    put(']');
                }
                case STRING -> string(((JsonString) v).getString());
                case NUMBER -> ascii(((JsonNumber) v).toString());
                case TRUE -> ascii("true");
                case FALSE -> ascii("false");
                default -> ascii("null");
            }
        }
    }

    private static final ThreadLocal<Canonical> CANONICAL = ThreadLocal.withInitial(Canonical::new);

    private LvbDedupeKeys() {
    }

    /**
     * @param notification a verified notification
     * @return 64 lowercase hex characters
     */
    public static String of(JsonObject notification) {
        Canonical c = CANONICAL.get();
        c.n = 0; // in case an earlier call on this thread failed half-way
        try {
            c.value(notification, true);
            c.sha.reset();
            c.sha.update(c.buf, 0, c.n);
            return HEX.formatHex(c.sha.digest());
        } finally {
            if (c.buf.length > KEPT_BYTES) {
                c.buf = new byte[1024];
            }
        }
    }
}
