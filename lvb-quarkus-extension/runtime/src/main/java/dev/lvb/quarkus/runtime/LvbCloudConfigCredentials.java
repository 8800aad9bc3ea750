package dev.lvb.quarkus.runtime;

import dev.lvb.core.cloud.LvbCloudCredentials;
import dev.lvb.core.cloud.LvbCloudCredentialsProvider;

/**
 * The default {@link LvbCloudCredentialsProvider}: {@code quarkus.lvb.cloud.secret-id} and {@code secret-key}, read
 * once. Replace it with a bean of your own for temporary tokens or key rotation.
 */
public final class LvbCloudConfigCredentials implements LvbCloudCredentialsProvider {

    private final LvbConfig config;
    private volatile LvbCloudCredentials credentials;

    LvbCloudConfigCredentials(LvbConfig config) {
        this.config = config;
    }

    @Override
    public LvbCloudCredentials credentials() {
        LvbCloudCredentials c = credentials;
        if (c == null) {
            if (!config.active()) {
                throw new IllegalStateException("LVB is inactive (quarkus.lvb.active=false): no Cloud API call can be"
                        + " made");
            }
            String id = config.cloud().secretId().filter(s -> !s.isEmpty()).orElse(null);
            String key = config.cloud().secretKey().filter(s -> !s.isEmpty()).orElse(null);
            if (id == null || key == null) {
                throw new IllegalStateException("Tencent Cloud API credentials are not configured: set "
                        + (id == null ? "quarkus.lvb.cloud.secret-id " : "")
                        + (key == null ? "quarkus.lvb.cloud.secret-key " : "")
                        + "or provide an LvbCloudCredentialsProvider bean");
            }
            try {
                c = LvbCloudCredentials.of(id, key);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Invalid Tencent Cloud API credentials: " + e.getMessage(), e);
            }
            credentials = c;
        }
        return c;
    }

    @Override
    public String toString() {
        return "LvbCloudConfigCredentials[quarkus.lvb.cloud.*]";
    }
}
