package dev.lvb.core.error;

/** The call did not complete: connection refused or reset, empty or truncated reply, timeout. */
public class LvbTransportException extends LvbException {

    /** Whether the call timed out. */
    private final boolean timeout;

    /**
     * @param interfaceName the LVB interface called
     * @param timeout whether the call timed out (it may then have been executed by LVB)
     * @param cause the I/O failure
     */
    public LvbTransportException(String interfaceName, boolean timeout, Throwable cause) {
        super(interfaceName, timeout ? "timeout" : "io",
                null, (timeout ? "timed out calling LVB" : "could not complete the call to LVB") + ": "
                        + Redaction.clip(String.valueOf(cause)),
                cause);
        this.timeout = timeout;
    }

    /** @return whether the call timed out; a non-idempotent call may then have taken effect */
    public boolean isTimeout() {
        return timeout;
    }
}
