package dev.lvb.quarkus.deployment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import dev.lvb.core.LvbCredentials;
import dev.lvb.quarkus.runtime.LvbAccountNames;
import dev.lvb.quarkus.runtime.LvbCallbackPaths;
import dev.lvb.quarkus.runtime.LvbDevServiceAnnouncer;
import dev.lvb.simulator.LvbSimulatorCloud;
import dev.lvb.simulator.LvbSimulatorConfig;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.IsNormal;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.CuratedApplicationShutdownBuildItem;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.deployment.dev.devservices.DevServicesConfig;

/**
 * Dev and test mode: when {@code quarkus.rest-client."lvb".url} is not set, starts the LVB simulator and points the
 * REST client (both hosts) at it, and so for every named account whose {@code quarkus.rest-client."lvb-<name>".url}
 * is not set (the simulator serves each account's APPID and sends its notifications to the account's callback
 * path); the application then announces its callback URL to the simulator ({@link LvbDevServiceAnnouncer}). {@code quarkus.lvb.devservices.enabled=false} turns it off.
 * <p>
 * The simulator is an in-process server, so it is started here and kept across restarts (live reload, test
 * applications) while its configuration stays the same; it is stopped as soon as an application does not want it and
 * when Quarkus shuts down. No container runtime is involved.
 */
class LvbDevServicesProcessor {

    private static final Logger LOG = Logger.getLogger(LvbDevServicesProcessor.class);

    /** Every spelling of the client URL a user may have set. */
    static final List<String> URL_KEYS = urlKeys("lvb");

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
     * @param index the application's index, for the named accounts in use
     */
    @BuildStep(onlyIfNot = IsNormal.class, onlyIf = DevServicesConfig.Enabled.class)
    void startSimulator(LvbBuildTimeConfig config, CombinedIndexBuildItem index,
            CuratedApplicationShutdownBuildItem shutdown, BuildProducer<DevServicesResultBuildItem> devServices,
            BuildProducer<AdditionalBeanBuildItem> beans) {
        Config appConfig = ConfigProvider.getConfig();
        Optional<String> url = configuredUrl(appConfig, "lvb");
        if (!config.devservices().enabled() || url.isPresent()) {
            url.ifPresent(u -> LOG.debugf("LVB Dev Service not started: the REST client URL is configured (%s)", u));
            stop();
            return;
        }

        // The default account (null) and every named account whose client has no URL of its own.
        List<String> accounts = new ArrayList<>();
        accounts.add(null);
        for (String name : LvbProcessor.accountNames(index.getIndex(), appConfig.getPropertyNames())) {
            if (configuredUrl(appConfig, LvbAccountNames.restClientKey(name)).isEmpty()) {
                accounts.add(name);
            }
        }
        LvbSimulatorConfig.Builder builder = LvbSimulatorConfig.builder();
        Map<String, String> injected = new HashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            String name = accounts.get(i);
            Optional<String> appId = value(appConfig, name, "app-id");
            Optional<String> apiKey = value(appConfig, name, "api-key");
            LvbCredentials credentials;
            if (appId.isPresent() && apiKey.isPresent()) {
                // The application's own credentials: the simulator verifies what the application signs.
                credentials = LvbCredentials.of(Long.parseLong(appId.get().trim()), apiKey.get())
                        .withCallbackKey(value(appConfig, name, "callback-key").orElse(null));
            } else {
                credentials = simulated(name, i);
                injected.put(LvbAccountNames.prefix(name) + "app-id", Long.toString(credentials.appId()));
                injected.put(LvbAccountNames.prefix(name) + "api-key", credentials.apiKey());
                credentials.callbackKey()
                        .ifPresent(k -> injected.put(LvbAccountNames.prefix(name) + "callback-key", k));
            }
            if (name == null) {
                builder.credentials(credentials);
            } else {
                builder.account(credentials).callbackPath(credentials.appId(), callbackPath(appConfig, name));
            }
        }
        config.devservices().port().ifPresent(builder::port);
        LvbSimulatorConfig wanted = builder.build();

        LvbSimulatorService simulator = running;
        if (simulator == null || !simulator.config().equals(wanted)) {
            stop();
            simulator = new LvbSimulatorService(wanted);
            running = simulator;
            LOG.infof("LVB Dev Service: simulator started at %s (app id %d, %d named account(s))",
                    simulator.baseUri(), wanted.appId(), accounts.size() - 1);
            shutdown.addCloseTask(LvbDevServicesProcessor::stop, false);
        }
        String base = simulator.baseUri();
        for (String name : accounts) {
            injected.put(name == null ? "quarkus.rest-client.lvb.url"
                    : "quarkus.rest-client.\"" + LvbAccountNames.restClientKey(name) + "\".url", base);
            injected.put(LvbAccountNames.prefix(name) + "statcgi-url", base);
        }
        cloud(appConfig, base, injected);
        injected.put("quarkus.lvb.devservices.simulator-url", base);

        devServices.produce(DevServicesResultBuildItem.discovered().feature(LvbProcessor.FEATURE)
                .description("LVB simulator (in-process fake Tencent Cloud LVB) at " + base).config(injected).build());
        beans.produce(AdditionalBeanBuildItem.unremovableOf(LvbDevServiceAnnouncer.class));
    }

    /**
     * The simulator's own credentials for an account the application left without: the simulator's defaults for the
     * default account (notifications signed with the API key, as before named accounts), a distinct APPID and keys
     * for each named account.
     *
     * @param account the account's name, {@code null} for the default account
     * @param index the account's position among the named accounts
     * @return the credentials
     */
    static LvbCredentials simulated(String account, int index) {
        LvbSimulatorConfig defaults = LvbSimulatorConfig.defaults();
        if (account == null) {
            return LvbCredentials.of(defaults.appId(), defaults.apiKey());
        }
        String suffix = "-" + account.replaceAll("[^A-Za-z0-9]", "_");
        return LvbCredentials.of(defaults.appId() + index, defaults.apiKey() + suffix)
                .withCallbackKey("lvb-simulator-callback-key" + suffix);
    }

    /**
     * @param appConfig the application's configuration
     * @param account the account's name, {@code null} for the default account
     * @param property the property after the account's prefix
     * @return an account's property in either spelling ({@code quarkus.lvb."shop".x} or {@code quarkus.lvb.shop.x})
     */
    static Optional<String> value(Config appConfig, String account, String property) {
        Optional<String> quoted = appConfig.getOptionalValue(LvbAccountNames.prefix(account) + property,
                String.class);
        return quoted.isPresent() || account == null || account.contains(".") ? quoted
                : appConfig.getOptionalValue("quarkus.lvb." + account + "." + property, String.class);
    }

    /**
     * Where a named account's notifications arrive, as a path from the server root: its callback path (default
     * {@code /lvb/callback/<name>}) under {@code quarkus.http.root-path}.
     *
     * @param appConfig the application's configuration
     * @param account the account's name
     * @return the path
     */
    static String callbackPath(Config appConfig, String account) {
        String path = LvbCallbackPaths.normalize(value(appConfig, account, "callback.path")
                .orElse(LvbAccountNames.defaultCallbackPath(account)),
                LvbAccountNames.prefix(account) + "callback.path");
        String root = appConfig.getOptionalValue("quarkus.http.root-path", String.class).orElse("/").trim();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }

    /**
     * @param appConfig the application's configuration
     * @param client the REST client key
     * @return the client's URL when the user set one, in any spelling
     */
    static Optional<String> configuredUrl(Config appConfig, String client) {
        return urlKeys(client).stream().flatMap(k -> appConfig.getOptionalValue(k, String.class).stream())
                .findFirst();
    }

    /**
     * Every spelling of a REST client's URL property.
     *
     * @param client the REST client key
     * @return the property names
     */
    static List<String> urlKeys(String client) {
        return List.of("quarkus.rest-client." + client + ".url", "quarkus.rest-client.\"" + client + "\".url",
                "quarkus.rest-client." + client + ".uri", "quarkus.rest-client.\"" + client + "\".uri",
                client + "/mp-rest/url", client + "/mp-rest/uri");
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
