package dev.lvb.demo;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

import dev.lvb.core.LvbHost;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Where the demo's LVB is: the embedded simulator (dev and test mode, no LVB configured) or a configured LVB. */
@ApplicationScoped
public class DemoSettings {

    /** The spellings of the REST client's URL, as the Dev Service checks them. */
    static final List<String> URL_KEYS = List.of("quarkus.rest-client.lvb.url", "quarkus.rest-client.\"lvb\".url",
            "quarkus.rest-client.lvb.uri", "quarkus.rest-client.\"lvb\".uri", "lvb/mp-rest/url", "lvb/mp-rest/uri");

    /** Set by the LVB Dev Service when it started the simulator. */
    static final String SIMULATOR_URL_KEY = "quarkus.lvb.devservices.simulator-url";

    @Inject
    Config config;

    /**
     * @return the simulator the Dev Service started, when the client calls it; empty when the demo talks to a
     *         configured LVB (explicit configuration wins: a simulator that runs but is not the one called does not
     *         count, e.g. one left running by an earlier application in the same test JVM)
     */
    public Optional<URI> simulatorUrl() {
        Optional<URI> simulator = config.getOptionalValue(SIMULATOR_URL_KEY, String.class).filter(s -> !s.isBlank())
                .map(s -> URI.create(trimSlash(s)));
        if (simulator.isEmpty()) {
            return simulator;
        }
        Optional<String> lvb = configuredLvbUrl();
        return lvb.isEmpty() || trimSlash(lvb.get()).equals(simulator.get().toString()) ? simulator
                : Optional.empty();
    }

    /**
     * @return the LVB (fcgi host) URL the client really calls: the configured one, else LVB's own host (the REST
     *         client's default), so that no message says "not configured" while calls go to LVB
     */
    public String lvbUrl() {
        return configuredLvbUrl().orElse(LvbHost.FCGI.defaultBaseUri().toString());
    }

    /** @return whether {@link #lvbUrl()} is LVB's own host because no URL is configured */
    public boolean lvbUrlIsDefault() {
        return configuredLvbUrl().isEmpty();
    }

    /**
     * @return the configured LVB URL: of the spellings of the REST client's URL, the one from the configuration
     *         source with the highest ordinal
     */
    Optional<String> configuredLvbUrl() {
        return URL_KEYS.stream().map(config::getConfigValue)
                .filter(v -> v.getValue() != null && !v.getValue().isBlank())
                .max(Comparator.comparingInt(ConfigValue::getSourceOrdinal)).map(ConfigValue::getValue);
    }

    /** @return the APPID in use, if configured (never the key) */
    public Optional<String> appId() {
        return config.getOptionalValue("quarkus.lvb.app-id", String.class);
    }

    /** @return the path LVB must POST notifications to, below this application's base URL */
    public String callbackPath() {
        String rest = config.getOptionalValue("quarkus.rest.path", String.class).orElse("/");
        String callback = config.getOptionalValue("quarkus.lvb.callback.path", String.class).orElse("/lvb/callback");
        String root = config.getOptionalValue("quarkus.http.root-path", String.class).orElse("/");
        return join(join(root, rest), callback);
    }

    /** @return {@code simulator} or {@code lvb} */
    public String mode() {
        return simulatorUrl().isPresent() ? "simulator" : "lvb";
    }

    /** @return the launch mode's name ({@code dev}, {@code test}, {@code prod}) */
    public String launchMode() {
        return LaunchMode.current().getDefaultProfile();
    }

    private static String trimSlash(String s) {
        String t = s.trim();
        return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
    }

    static String join(String a, String b) {
        String left = a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
        String right = b.startsWith("/") ? b : "/" + b;
        String joined = left + right;
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
