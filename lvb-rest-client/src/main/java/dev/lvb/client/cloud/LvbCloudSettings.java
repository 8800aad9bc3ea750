package dev.lvb.client.cloud;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

import dev.lvb.core.cloud.LvbCloudCredentials;
import dev.lvb.core.cloud.LvbCloudCredentialsProvider;

/**
 * What {@link LvbCloudApi} signs with: the credentials (asked for on every call, so tokens and rotated keys take
 * effect at once), the optional {@code X-TC-Region} and the clock of {@code X-TC-Timestamp}. {@link #toString()}
 * shows no secret.
 *
 * @param credentials supplies SecretId, SecretKey and the optional token
 * @param region {@code X-TC-Region}, or {@code null} (LVB's actions need none)
 * @param clock the clock of the signatures (Tencent rejects timestamps more than 5 minutes off)
 */
public record LvbCloudSettings(LvbCloudCredentialsProvider credentials, String region, Clock clock) {

    /** Client property ({@code RestClientBuilder.property}) that carries the settings to the signing filter. */
    public static final String PROPERTY = "dev.lvb.cloud.settings";

    /** MicroProfile Config prefix of the settings outside Quarkus ({@code lvb.cloud.secret-id}...). */
    public static final String DEFAULT_PREFIX = "lvb.cloud.";

    /**
     * A blank region means none; a missing clock is the system UTC clock.
     *
     * @param credentials supplies SecretId, SecretKey and the optional token
     * @param region {@code X-TC-Region}, or {@code null} (LVB's actions need none)
     * @param clock the clock of the signatures (Tencent rejects timestamps more than 5 minutes off)
     */
    public LvbCloudSettings {
        Objects.requireNonNull(credentials, "credentials");
        region = region == null || region.isBlank() ? null : region.strip();
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /**
     * @param credentials fixed credentials
     * @return settings without region, on the system clock
     */
    public static LvbCloudSettings of(LvbCloudCredentials credentials) {
        return new LvbCloudSettings(LvbCloudCredentialsProvider.of(credentials), null, null);
    }

    /**
     * Reads {@code <prefix>secret-id}, {@code <prefix>secret-key}, {@code <prefix>token} (optional) and
     * {@code <prefix>region} (optional).
     *
     * @param config the configuration
     * @param prefix the property prefix, e.g. {@link #DEFAULT_PREFIX}
     * @return the settings, on the system clock
     * @throws IllegalStateException naming the missing properties (never a value)
     */
    public static LvbCloudSettings fromConfig(Config config, String prefix) {
        Optional<String> id = config.getOptionalValue(prefix + "secret-id", String.class);
        Optional<String> key = config.getOptionalValue(prefix + "secret-key", String.class);
        if (id.isEmpty() || key.isEmpty()) {
            throw new IllegalStateException((id.isEmpty() ? prefix + "secret-id " : "")
                    + (key.isEmpty() ? prefix + "secret-key " : "") + "not set");
        }
        LvbCloudCredentials credentials = new LvbCloudCredentials(id.get(), key.get(),
                config.getOptionalValue(prefix + "token", String.class).orElse(null));
        return new LvbCloudSettings(LvbCloudCredentialsProvider.of(credentials),
                config.getOptionalValue(prefix + "region", String.class).orElse(null), null);
    }

    @Override
    public String toString() {
        return "LvbCloudSettings[region=" + region + "]";
    }
}
