package dev.lvb.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reading an HTTP body with a bound, shared by the REST client and the callback endpoint. Public only so that
 * those modules can use it; not part of the API a user programs against.
 */
public final class LvbBodies {

    /** The largest array the JVM reliably allocates. */
    public static final int UNBOUNDED = Integer.MAX_VALUE - 8;
    private static final int CHUNK = 8192;
    /** An announced length sizes the first buffer up to this much; beyond it the buffer grows as bytes arrive. */
    private static final int TRUSTED_HINT = 1 << 20;

    private LvbBodies() {
    }

    /**
     * @param header the {@code Content-Length} header's value, or {@code null}
     * @return the announced length, {@code -1} when absent or not a non-negative decimal number; only a hint for
     *         sizing a buffer, never trusted for where a body ends
     */
    public static long contentLength(String header) {
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

    /**
     * Reads up to {@code max} bytes, stopping at the end of the stream; the stream is not closed.
     *
     * @param in the body, {@code null} for none
     * @param max the most bytes to read (ask for one more than allowed to detect an oversize body)
     * @param announced the {@code Content-Length}, negative when unknown
     * @return the bytes read, at most {@code max}
     * @throws IOException when the stream fails
     */
    public static byte[] readAtMost(InputStream in, int max, long announced) throws IOException {
        if (in == null || max <= 0) {
            return new byte[0];
        }
        int first = announced >= 0 && announced < max ? (int) Math.min(announced + 1, TRUSTED_HINT) : CHUNK;
        byte[] buf = new byte[Math.min(max, first)];
        int n = 0;
        while (n < max) {
            if (n == buf.length) {
                // to a chunk at least: a body far longer than announced must not grow it a few bytes at a time
                buf = Arrays.copyOf(buf, (int) Math.min(max, Math.max(CHUNK, 2L * buf.length)));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }
}
