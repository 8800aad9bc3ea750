package dev.lvb.core;

/**
 * Supplies the current {@link LvbCredentials}. Called for every signed request and every verified notification,
 * so an implementation that reads a vault or rotates keys takes effect without a restart; it should cache.
 */
@FunctionalInterface
public interface LvbCredentialsProvider {

    /** @return the credentials to use now, never {@code null} */
    LvbCredentials credentials();

    /**
     * @param credentials fixed credentials
     * @return a provider that always returns them
     */
    /**
     * Callback keys that were replaced but are still accepted on notifications, so that rotating the key in LVB's
     * console and in the application need not happen at the same instant. Remove a key to stop accepting it.
     *
     * @return previous callback keys, asked on every notification whose signature the current key does not match;
     *         empty by default
     */
    default java.util.List<String> previousCallbackKeys() {
        return java.util.List.of();
    }

    /**
     * A provider that always answers the same credentials.
     *
     * @param credentials the credentials to answer
     * @return the provider
     */
    static LvbCredentialsProvider of(LvbCredentials credentials) {
        java.util.Objects.requireNonNull(credentials, "credentials");
        return () -> credentials;
    }
}
