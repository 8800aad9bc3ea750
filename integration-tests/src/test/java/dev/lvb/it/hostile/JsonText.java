package dev.lvb.it.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Writes JSON the way other JSON writers do, which is not always the way the library's writer does: keys in any
 * order, white space between any tokens, and every character that may be escaped escaped ({@code \u00e9},
 * {@code \/}, even {@code \u0061}). The value is the same JSON either way, so a receiver must treat it the same
 * (signature, binding and "is this the same event" alike).
 */
final class JsonText {

    /** How to write. */
    enum Style {
        /** Keys shuffled, random white space between tokens (none after the last one). */
        SHUFFLED,
        /** Non-ASCII and some ASCII characters as {@code \\uXXXX}, {@code /} as {@code \/}. */
        ESCAPED
    }

    private static final String SPACE = " \t\n\r";

    private JsonText() {
    }

    static String write(JsonValue value, Style style, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(256);
        write(sb, value, style, r);
        return sb.toString();
    }

    private static void write(StringBuilder sb, JsonValue v, Style style, SplittableRandom r) {
        switch (v.getValueType()) {
            case OBJECT -> {
                List<Map.Entry<String, JsonValue>> entries = new ArrayList<>(((JsonObject) v).entrySet());
                if (style == Style.SHUFFLED) {
                    for (int i = entries.size() - 1; i > 0; i--) {
                        int j = r.nextInt(i + 1);
                        Map.Entry<String, JsonValue> e = entries.get(i);
                        entries.set(i, entries.get(j));
                        entries.set(j, e);
                    }
                }
                sb.append('{');
                for (int i = 0; i < entries.size(); i++) {
                    if (i > 0) {
                        space(sb, style, r);
                        sb.append(',');
                    }
                    space(sb, style, r);
                    string(sb, entries.get(i).getKey(), style, r);
                    space(sb, style, r);
                    sb.append(':');
                    space(sb, style, r);
                    write(sb, entries.get(i).getValue(), style, r);
                }
                space(sb, style, r);
                sb.append('}');
            }
            case ARRAY -> {
                JsonArray a = (JsonArray) v;
                sb.append('[');
                for (int i = 0; i < a.size(); i++) {
                    if (i > 0) {
                        space(sb, style, r);
                        sb.append(',');
                    }
                    space(sb, style, r);
                    write(sb, a.get(i), style, r);
                }
                space(sb, style, r);
                sb.append(']');
            }
            case STRING -> string(sb, ((JsonString) v).getString(), style, r);
            default -> sb.append(v.toString());
        }
    }

    private static void space(StringBuilder sb, Style style, SplittableRandom r) {
        if (style == Style.SHUFFLED) {
            for (int n = r.nextInt(3); n > 0; n--) {
                sb.append(SPACE.charAt(r.nextInt(SPACE.length())));
            }
        }
    }

    private static void string(StringBuilder sb, String s, Style style, SplittableRandom r) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                unicode(sb, c);
            } else if (style == Style.ESCAPED && (c > 0x7E || r.nextInt(8) == 0)) {
                if (c == '/' && r.nextBoolean()) {
                    sb.append("\\/");
                } else {
                    unicode(sb, c);
                }
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    private static void unicode(StringBuilder sb, char c) {
        sb.append(String.format("\\u%04x", (int) c));
    }
}
