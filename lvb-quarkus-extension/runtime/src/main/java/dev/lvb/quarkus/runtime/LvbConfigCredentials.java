package dev.lvb.quarkus.runtime;

import java.util.ArrayList;
import java.util.List;

import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbCredentialsProvider;

/**
 * Credentials from {@code quarkus.lvb.*}, the default {@link LvbCredentialsProvider}. Replace it with a bean of
 * your own (keys from a vault, rotation): the extension's producer is a {@code @DefaultBean}.
 */
public final class LvbConfigCredentials implements LvbCredentialsProvider {

    private final LvbConfig config;
    private volatile LvbCredentials credentials;

    LvbConfigCredentials(LvbConfig config) {
        this.config = config;
    }

    @Override
    public LvbCredentials credentials() {
        LvbCredentials c = credentials;
        if (c == null) {
            c = read(config);
            credentials = c;
        }
        return c;
    }

    /**
     * @return the credentials in the configuration
     * @throws IllegalStateException naming every missing or invalid property and its environment variable
     */
    static LvbCredentials read(LvbConfig config) {
        if (!config.active()) {
            throw new IllegalStateException("LVB is inactive (quarkus.lvb.active=false): no LVB call can be made");
        }
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(message(problems));
        }
        try {
            return LvbCredentials.of(config.appId().orElseThrow(), config.apiKey().orElseThrow())
                    .withCallbackKey(config.callbackKey().filter(k -> !k.isEmpty()).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid LVB configuration: " + e.getMessage(), e);
        }
    }

    /** @return what is missing, one line per property, empty when complete */
    static List<String> problems(LvbConfig config) {
        List<String> problems = new ArrayList<>();
        if (config.appId().isEmpty()) {
            problems.add("quarkus.lvb.app-id (environment variable QUARKUS_LVB_APP_ID): the LVB APPID");
        }
        if (config.apiKey().filter(k -> !k.isEmpty()).isEmpty()) {
            problems.add("quarkus.lvb.api-key (environment variable QUARKUS_LVB_API_KEY): the LVB API key");
        }
        return problems;
    }

    static String message(List<String> problems) {
        return "LVB is not configured. Set:\n  - " + String.join("\n  - ", problems)
                + "\nor set quarkus.lvb.active=false to start without LVB.";
    }

    @Override
    public String toString() {
        return "LvbConfigCredentials[quarkus.lvb.*]";
    }
}
