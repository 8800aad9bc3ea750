package dev.lvb.core.error;

/**
 * Root of everything that can go wrong talking to LVB or receiving its notifications. Each exception names the
 * LVB interface involved (when there is one), a code and LVB's own message, and never contains a key or a
 * signature.
 */
public abstract class LvbException extends RuntimeException {

    /** The LVB {@code interface} value, or {@code null} when no call is involved. */
    private final String interfaceName;
    /** The short code: {@code ret}, mixing {@code code}, HTTP status or a text. */
    private final String code;
    /** What LVB said (clipped and redacted), or {@code null}. */
    private final String lvbMessage;

    /**
     * @param interfaceName the LVB {@code interface} value, or {@code null} when no call is involved
     * @param code a short code: {@code ret}, mixing {@code code}, HTTP status, or a text such as
     *        {@code sign invalid}
     * @param lvbMessage what LVB said, or {@code null}
     * @param explanation our explanation
     * @param cause the underlying cause, or {@code null}
     */
    protected LvbException(String interfaceName, String code, String lvbMessage, String explanation, Throwable cause) {
        super(format(interfaceName, code, lvbMessage, explanation), cause);
        this.interfaceName = interfaceName;
        this.code = code;
        // Kept redacted too: the accessor is as public as the message ("never contains a key or a signature").
        this.lvbMessage = Redaction.clip(lvbMessage);
    }

    /** @return the LVB {@code interface} value of the failed call, or {@code null} */
    public String interfaceName() {
        return interfaceName;
    }

    /** @return the error code as text (see subclasses for typed accessors) */
    public String code() {
        return code;
    }

    /**
     * @return LVB's own message, or {@code null} when it said nothing; like the exception message it is clipped to
     *         a few hundred characters and {@code sign=<hex>} values are masked (see {@link Redaction})
     */
    public String lvbMessage() {
        return lvbMessage;
    }

    private static String format(String interfaceName, String code, String lvbMessage, String explanation) {
        StringBuilder sb = new StringBuilder();
        if (interfaceName != null) {
            sb.append('[').append(interfaceName).append("] ");
        }
        sb.append(explanation);
        if (code != null) {
            sb.append(" (code ").append(code).append(')');
        }
        if (lvbMessage != null && !lvbMessage.isEmpty()) {
            sb.append(": LVB says '").append(Redaction.clip(lvbMessage)).append('\'');
        }
        return sb.toString();
    }
}
