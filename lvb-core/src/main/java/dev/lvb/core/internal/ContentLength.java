package dev.lvb.core.internal;

/**
 * The {@code Content-Length} header as both ends of the wire read it (the client's JSON reader, the callback
 * endpoint): only a hint for sizing the first buffer, never trusted for where a body ends.
 */
public final class ContentLength {

    private ContentLength() {
    }

    /**
     * @param header the header's value, or {@code null}
     * @return the announced length, {@code -1} when absent or not a non-negative decimal number
     */
    public static long parse(String header) {
        if (header == null) {
            return -1;
        }
        try {
            long n = Long.parseLong(header.trim());
            return n < 0 ? -1 : n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
