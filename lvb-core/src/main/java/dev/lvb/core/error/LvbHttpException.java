package dev.lvb.core.error;

/**
 * LVB (or something in front of it) answered with an HTTP error status: 403 (anti-abuse check), 404 (missing
 * Host header or wrong path), 5xx.
 */
public class LvbHttpException extends LvbException {

    /** The HTTP status LVB answered. */
    private final int status;

    /**
     * @param interfaceName the LVB interface called
     * @param status the HTTP status
     * @param body the start of the response body, or {@code null}
     */
    public LvbHttpException(String interfaceName, int status, String body) {
        super(interfaceName, "HTTP " + status, body, explain(status), null);
        this.status = status;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    private static String explain(int status) {
        return switch (status) {
            case 403 -> "HTTP 403 Forbidden: LVB's anti-abuse check blocked the call (do not call from a browser)";
            case 404 -> "HTTP 404 Not Found: wrong URL or missing Host header";
            default -> status >= 500 ? "HTTP " + status + ": LVB server error" : "HTTP " + status + " from LVB";
        };
    }
}
