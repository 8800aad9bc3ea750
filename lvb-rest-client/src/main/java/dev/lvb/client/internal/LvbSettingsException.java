package dev.lvb.client.internal;

/**
 * The client has no usable settings (no credentials configured, wrong type of client property). A configuration
 * error, not an LVB failure: it is thrown as it is, never as a transport failure. Its message names properties, never
 * a key.
 */
public final class LvbSettingsException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    LvbSettingsException(String message) {
        super(message);
    }

    LvbSettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
