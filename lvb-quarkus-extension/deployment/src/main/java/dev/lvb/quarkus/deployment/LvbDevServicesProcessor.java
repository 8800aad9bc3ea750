package dev.lvb.quarkus.deployment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import dev.lvb.core.LvbCredentials;
import dev.lvb.quarkus.runtime.LvbBuildTimeConfig;
import dev.lvb.quarkus.runtime.LvbDevServiceAnnouncer;
import dev.lvb.simulator.LvbSimulatorConfig;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.IsNormal;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.deployment.dev.devservices.DevServicesConfig;

/**
 * Dev and test mode: when {@code quarkus.rest-client."lvb".url} is not set, starts the LVB simulator and points the
 * REST client (both hosts) at it; the application then announces its callback URL to the simulator
 * ({@link LvbDevServiceAnnouncer}). {@code quarkus.lvb.devservices.enabled=false} turns it off.
 */
class LvbDevServicesProcessor {

    private static final Logger LOG = Logger.getLogger(LvbDevServicesProcessor.class);

    /** Every spelling of the client URL a user may have set. */
    static final List<String> URL_KEYS = List.of("quarkus.rest-client.lvb.url", "quarkus.rest-client.\"lvb\".url",
            "quarkus.rest-client.lvb.uri", "quarkus.rest-client.\"lvb\".uri", "lvb/mp-rest/url", "lvb/mp-rest/uri");

    @BuildStep(onlyIfNot = IsNormal.class, onlyIf = DevServicesConfig.Enabled.class)
    void startSimulator(LvbBuildTimeConfig config, BuildProducer<DevServicesResultBuildItem> devServices,
            BuildProducer<AdditionalBeanBuildItem> beans) {
        if (!config.devservices().enabled()) {
            return;
        }
        Config appConfig = ConfigProvider.getConfig();
        Optional<String> url = URL_KEYS.stream().flatMap(k -> appConfig.getOptionalValue(k, String.class).stream())
                .findFirst();
        if (url.isPresent()) {
            LOG.debugf("LVB Dev Service not started: the REST client URL is configured (%s)", url.get());
            return;
        }

        Optional<String> appId = appConfig.getOptionalValue("quarkus.lvb.app-id", String.class);
        Optional<String> apiKey = appConfig.getOptionalValue("quarkus.lvb.api-key", String.class);
        Optional<String> callbackKey = appConfig.getOptionalValue("quarkus.lvb.callback-key", String.class);
        LvbSimulatorConfig.Builder simulator = LvbSimulatorConfig.builder();
        Map<String, String> staticConfig = new HashMap<>();
        if (appId.isPresent() && apiKey.isPresent()) {
            // The application's own credentials: the simulator verifies what the application signs.
            LvbCredentials credentials = LvbCredentials.of(Long.parseLong(appId.get().trim()), apiKey.get())
                    .withCallbackKey(callbackKey.orElse(null));
            simulator.credentials(credentials);
        } else {
            LvbSimulatorConfig defaults = LvbSimulatorConfig.defaults();
            staticConfig.put("quarkus.lvb.app-id", Long.toString(defaults.appId()));
            staticConfig.put("quarkus.lvb.api-key", defaults.apiKey());
        }
        config.devservices().port().ifPresent(simulator::port);
        LvbSimulatorConfig simulatorConfig = simulator.build();

        Map<String, Function<LvbSimulatorService, String>> dynamic = new HashMap<>();
        dynamic.put("quarkus.rest-client.lvb.url", LvbSimulatorService::baseUri);
        dynamic.put("quarkus.lvb.statcgi-url", LvbSimulatorService::baseUri);
        dynamic.put("quarkus.lvb.devservices.simulator-url", LvbSimulatorService::baseUri);

        devServices.produce(DevServicesResultBuildItem.<LvbSimulatorService> owned()
                .feature(LvbProcessor.FEATURE)
                .description("LVB simulator (fake Tencent Cloud LVB with signed notifications)")
                .serviceConfig(simulatorConfig)
                .startable(() -> new LvbSimulatorService(simulatorConfig))
                .config(staticConfig)
                .configProvider(dynamic)
                .build());
        beans.produce(AdditionalBeanBuildItem.unremovableOf(LvbDevServiceAnnouncer.class));
    }
}
