package dev.lvb.quarkus.runtime;

import java.time.Clock;

import dev.lvb.client.cloud.LvbCloudSettings;
import dev.lvb.core.cloud.LvbCloudCredentialsProvider;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Beans of the Cloud API 3.0 client: the credentials provider (configuration unless the application has its own)
 * and the settings injected into the signing filter bean (Quarkus' REST client takes a provider from CDI when its
 * class is a bean).
 */
@Singleton
public class LvbCloudProducers {

    @Produces
    @Singleton
    @DefaultBean
    LvbCloudCredentialsProvider cloudCredentials(LvbConfig config) {
        return new LvbCloudConfigCredentials(config);
    }

    @Produces
    @Singleton
    LvbCloudSettings cloudSettings(LvbConfig config, LvbCloudCredentialsProvider credentials) {
        return new LvbCloudSettings(credentials, config.cloud().region().orElse(null), Clock.systemUTC());
    }
}
