package dev.lvb.quarkus.deployment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import dev.lvb.core.LvbCredentials;
import dev.lvb.quarkus.runtime.LvbDevServiceAnnouncer;
import dev.lvb.simulator.LvbSimulatorCloud;
import dev.lvb.simulator.LvbSimulatorConfig;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.IsNormal;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CuratedApplicationShutdownBuildItem;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.deployment.dev.devservices.DevServicesConfig;

/**
 * Dev and test mode: when {@code quarkus.rest-client."lvb".url} is not set, starts the LVB simulator and points the
 * REST client (both hosts) at it; the application then announces its callback URL to the simulator
 * ({@link LvbDevServiceAnnouncer}). {@code quarkus.lvb.devservices.enabled=false} turns it off.
 * <p>
 * The simulator is an in-process server, so it is started here and kept across restarts (live reload, test
 * applications) while its configuration stays the same; it is stopped as soon as an application does not want it and
 * when Quarkus shuts down. No container runtime is involved.
 */
class LvbDevServicesProcessor {

    private static final Logger LOG = Logger.getLogger(LvbDevServicesProcessor.class);

    /** Every spelling of the client URL a user may have set. */
    static final List<String> URL_KEYS = List.of("quarkus.rest-client.lvb.url", "quarkus.rest-client.\"lvb\".url",
            "quarkus.rest-client.lvb.uri", "quarkus.rest-client.\"lvb\".uri", "lvb/mp-rest/url", "lvb/mp-rest/uri");

    // One simulator per Quarkus process; build steps of successive applications see it.
    private static volatile LvbSimulatorService running;

    /**
     * Starts the simulator (or keeps the running one when its configuration is unchanged) and points the application at
     * it, unless the Dev Service is disabled or the client URL is set.
     *
     * @param config the build-time configuration
     * @param shutdown stops the simulator when Quarkus shuts down
     * @param devServices receives the configuration given to the application
     * @param beans receives the bean that announces the callback URL to the simulator
     */
    @BuildStep(onlyIfNot = IsNormal.class, onlyIf = DevServicesConfig.Enabled.class)
    void startSimulator(LvbBuildTimeConfig config, CuratedApplicationShutdownBuildItem shutdown,
            BuildProducer<DevServicesResultBuildItem> devServices, BuildProducer<AdditionalBeanBuildItem> beans) {
        Config appConfig = ConfigProvider.getConfig();
        Optional<String> url = URL_KEYS.stream().flatMap(k -> appConfig.getOptionalValue(k, String.class).stream())
                .findFirst();
        if (!config.devservices().enabled() || url.isPresent()) {
            url.ifPresent(u -> LOG.debugf("LVB Dev Service not started: the REST client URL is configured (%s)", u));
            stop();
            return;
        }

        Optional<String> appId = appConfig.getOptionalValue("quarkus.lvb.app-id", String.class);
        Optional<String> apiKey = appConfig.getOptionalValue("quarkus.lvb.api-key", String.class);
        Optional<String> callbackKey = appConfig.getOptionalValue("quarkus.lvb.callback-key", String.class);
        LvbSimulatorConfig.Builder builder = LvbSimulatorConfig.builder();
        Map<String, String> injected = new HashMap<>();
        if (appId.isPresent() && apiKey.isPresent()) {
            // The application's own credentials: the simulator verifies what the application signs.
            builder.credentials(LvbCredentials.of(Long.parseLong(appId.get().trim()), apiKey.get())
                    .withCallbackKey(callbackKey.orElse(null)));
        } else {
            LvbSimulatorConfig defaults = LvbSimulatorConfig.defaults();
            injected.put("quarkus.lvb.app-id", Long.toString(defaults.appId()));
            injected.put("quarkus.lvb.api-key", defaults.apiKey());
        }
        config.devservices().port().ifPresent(builder::port);
        LvbSimulatorConfig wanted = builder.build();

        LvbSimulatorService simulator = running;
        if (simulator == null || !simulator.config().equals(wanted)) {
            stop();
            simulator = new LvbSimulatorService(wanted);
            running = simulator;
            LOG.infof("LVB Dev Service: simulator started at %s (app id %d)", simulator.baseUri(), wanted.appId());
            shutdown.addCloseTask(LvbDevServicesProcessor::stop, false);
        }
        String base = simulator.baseUri();
        injected.put("quarkus.rest-client.lvb.url", base);
        cloud(appConfig, base, injected);
        injected.put("quarkus.lvb.statcgi-url", base);
        injected.put("quarkus.lvb.devservices.simulator-url", base);

        devServices.produce(DevServicesResultBuildItem.discovered().feature(LvbProcessor.FEATURE)
                .description("LVB simulator (in-process fake Tencent Cloud LVB) at " + base).config(injected).build());
        beans.produce(AdditionalBeanBuildItem.unremovableOf(LvbDevServiceAnnouncer.class));
    }

    /**
     * Points the Cloud API 3.0 client ({@code lvb-cloud}) at the simulator too, with the simulator's SecretId/SecretKey
     * unless the application set its own client URL (then it talks to that, with its own credentials).
     *
     * @param appConfig the application's configuration
     * @param base the simulator's base URL
     * @param injected receives the properties to set
     */
    static void cloud(Config appConfig, String base, Map<String, String> injected) {
        boolean ownUrl = CLOUD_URL_KEYS.stream().anyMatch(k -> appConfig.getOptionalValue(k, String.class).isPresent());
        if (ownUrl) {
            return;
        }
        injected.put("quarkus.rest-client.lvb-cloud.url", base);
        injected.put("quarkus.lvb.cloud.secret-id", LvbSimulatorCloud.SECRET_ID);
        injected.put("quarkus.lvb.cloud.secret-key", LvbSimulatorCloud.SECRET_KEY);
    }

    /** Every spelling of the Cloud API client URL a user may have set. */
    static final List<String> CLOUD_URL_KEYS = List.of("quarkus.rest-client.lvb-cloud.url",
            "quarkus.rest-client.\"lvb-cloud\".url", "quarkus.rest-client.lvb-cloud.uri",
            "quarkus.rest-client.\"lvb-cloud\".uri");

    private static synchronized void stop() {
        LvbSimulatorService s = running;
        running = null;
        if (s != null) {
            s.close();
        }
    }
}
