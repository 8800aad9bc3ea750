package dev.lvb.core.error;

import java.util.regex.Pattern;

/** Keeps what LVB or a proxy echoed back short and free of signatures before it goes into a message or a log. */
public final class Redaction {

    private static final int MAX = 300;
    private static final Pattern SIGN = Pattern.compile("(?i)(sign[\"']?\\s*[=:]\\s*[\"']?)[0-9a-f]{8,}");

    private Redaction() {
    }

    /**
     * @param text any text from the wire, may be {@code null}
     * @return the text with {@code sign=<hex>} values masked, cut to a few hundred characters, control characters
     *         replaced
     */
    public static String clip(String text) {
        if (text == null) {
            return null;
        }
        String s = text.length() > MAX * 4 ? text.substring(0, MAX * 4) : text;
        s = SIGN.matcher(s).replaceAll("$1***");
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX + 3));
        for (int i = 0; i < s.length() && out.length() < MAX; i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (s.length() > MAX) {
            out.append("...");
        }
        return out.toString();
    }
}
