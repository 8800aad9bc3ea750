package dev.lvb.quarkus.deployment;

import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.metrics.MetricsCapabilityBuildItem;
import io.quarkus.runtime.metrics.MetricsFactory;
import io.quarkus.smallrye.health.deployment.spi.HealthBuildItem;

/**
 * Lights up LVB's integrations with what the application has:
 * <ul>
 * <li>with {@code quarkus-micrometer} (enabled: it declares Micrometer metrics support) and
 * {@code quarkus.lvb.metrics.enabled} (default {@code true}): the
 * {@code LvbMetrics} bean, which times every API call ({@code lvb.client.calls}) and counts notifications
 * ({@code lvb.callback.notifications});</li>
 * <li>with {@code quarkus-smallrye-health} and {@code quarkus.lvb.health.enabled} (default {@code false}): the
 * {@code LvbReadinessCheck} (it calls LVB on every check), and {@code LvbAccountsReadinessCheck} when named
 * accounts are declared.</li>
 * </ul>
 * Both integrations are optional dependencies of the runtime module: their classes are named, never loaded, here.
 */
class LvbObservabilityProcessor {

    /** The metrics bean, named so that Micrometer stays optional. */
    static final String METRICS_BEAN = "dev.lvb.quarkus.runtime.LvbMetrics";
    /** The Cloud API client's metrics bean. */
    static final String CLOUD_METRICS_BEAN = "dev.lvb.quarkus.runtime.LvbCloudMetrics";
    /** The readiness check, named so that SmallRye Health stays optional. */
    static final String READINESS_CHECK = "dev.lvb.quarkus.runtime.LvbReadinessCheck";
    /** The readiness check of the named accounts. */
    static final String ACCOUNTS_READINESS_CHECK = "dev.lvb.quarkus.runtime.LvbAccountsReadinessCheck";

    /**
     * Adds the metrics beans of both clients when Micrometer is present and metrics are enabled.
     *
     * @param capabilities the application's extensions
     * @param metrics the metrics support, when an extension provides it
     * @param config the build-time configuration
     * @param beans receives the metrics beans
     */
    @BuildStep
    void metrics(Capabilities capabilities, Optional<MetricsCapabilityBuildItem> metrics, LvbBuildTimeConfig config,
            BuildProducer<AdditionalBeanBuildItem> beans) {
        boolean micrometer = capabilities.isPresent(Capability.METRICS)
                && metrics.map(m -> m.metricsSupported(MetricsFactory.MICROMETER)).orElse(false);
        if (micrometer && config.metrics().enabled()) {
            // Unremovable: the clients find them by programmatic lookup.
            beans.produce(AdditionalBeanBuildItem.builder().addBeanClasses(METRICS_BEAN, CLOUD_METRICS_BEAN)
                    .setUnremovable().build());
        }
    }

    /**
     * Adds the readiness check when SmallRye Health is present (enabled by {@code quarkus.lvb.health.enabled}).
     *
     * @param capabilities the application's extensions
     * @param config the build-time configuration
     * @param health receives the check
     * @param index the application's index, for the named accounts in use
     */
    @BuildStep
    void health(Capabilities capabilities, LvbBuildTimeConfig config, CombinedIndexBuildItem index,
            BuildProducer<HealthBuildItem> health) {
        if (capabilities.isPresent(Capability.SMALLRYE_HEALTH)) {
            // The health extension registers the bean when enabled (and quarkus.smallrye-health.extensions.enabled).
            health.produce(new HealthBuildItem(READINESS_CHECK, config.health().enabled()));
            if (!LvbProcessor.accountNames(index.getIndex(), ConfigProvider.getConfig().getPropertyNames()).isEmpty()) {
                health.produce(new HealthBuildItem(ACCOUNTS_READINESS_CHECK, config.health().enabled()));
            }
        }
    }
}
