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
    static LvbCredentialsProvider of(LvbCredentials credentials) {
        java.util.Objects.requireNonNull(credentials, "credentials");
        return () -> credentials;
    }
}
