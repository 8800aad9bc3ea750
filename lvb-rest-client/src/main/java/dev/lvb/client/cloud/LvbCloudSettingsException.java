package dev.lvb.client.cloud;

/**
 * The Cloud API client has no usable settings or credentials (nothing configured, a credentials provider that
 * failed): a configuration problem, never sent as a request. The REST client runtime may deliver it wrapped;
 * {@link LvbCloudFailures#translate} unwraps it.
 */
public class LvbCloudSettingsException extends IllegalStateException {

    /**
     * @param message what is missing (never a secret)
     * @param cause the underlying failure, or {@code null}
     */
    public LvbCloudSettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
