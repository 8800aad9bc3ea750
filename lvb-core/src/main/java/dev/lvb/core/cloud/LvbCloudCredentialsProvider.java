package dev.lvb.core.cloud;

import java.util.Objects;

/**
 * Supplies the {@link LvbCloudCredentials} for each Cloud API call, so temporary tokens and rotated keys take
 * effect without a restart. Called once per request: cache in the implementation.
 */
@FunctionalInterface
public interface LvbCloudCredentialsProvider {

    /** @return the credentials to sign the next call with, never {@code null} */
    LvbCloudCredentials credentials();

    /**
     * @param credentials fixed credentials
     * @return a provider that always returns them
     */
    static LvbCloudCredentialsProvider of(LvbCloudCredentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        return () -> credentials;
    }
}
