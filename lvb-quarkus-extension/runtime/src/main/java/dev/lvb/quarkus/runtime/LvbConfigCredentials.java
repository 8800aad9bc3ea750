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

    /** @return {@code quarkus.lvb.callback.previous-keys}: replaced callback keys still accepted (rotation) */
    @Override
    public java.util.List<String> previousCallbackKeys() {
        return config.callback().previousKeys().orElse(java.util.List.of());
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
            if (callbackOnly(config)) {
                return LvbCredentials.forCallbacksOnly(config.callbackKey().orElseThrow());
            }
            return LvbCredentials.of(config.appId().orElseThrow(), config.apiKey().orElseThrow())
                    .withCallbackKey(config.callbackKey().filter(k -> !k.isEmpty()).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid LVB configuration: " + e.getMessage(), e);
        }
    }

    /** @return what is missing, one line per property, empty when complete */
    /** No legacy APPID/API key, Cloud API 3.0 credentials instead: notifications are verified with the callback key. */
    static boolean callbackOnly(LvbConfig config) {
        return config.appId().isEmpty() && config.apiKey().filter(k -> !k.isEmpty()).isEmpty() && cloudConfigured(config);
    }

    static boolean cloudConfigured(LvbConfig config) {
        return config.cloud().secretId().filter(k -> !k.isEmpty()).isPresent()
                || config.cloud().secretKey().filter(k -> !k.isEmpty()).isPresent();
    }

    static List<String> problems(LvbConfig config) {
        List<String> problems = new ArrayList<>();
        if (cloudConfigured(config)) {
            if (config.cloud().secretId().filter(k -> !k.isEmpty()).isEmpty()) {
                problems.add("quarkus.lvb.cloud.secret-id (environment variable QUARKUS_LVB_CLOUD_SECRET_ID): the"
                        + " Tencent Cloud SecretId");
            }
            if (config.cloud().secretKey().filter(k -> !k.isEmpty()).isEmpty()) {
                problems.add("quarkus.lvb.cloud.secret-key (environment variable QUARKUS_LVB_CLOUD_SECRET_KEY): the"
                        + " Tencent Cloud SecretKey");
            }
        }
        if (callbackOnly(config)) {
            if (config.callbackKey().filter(k -> !k.isEmpty()).isEmpty()) {
                problems.add("quarkus.lvb.callback-key (environment variable QUARKUS_LVB_CALLBACK_KEY): the callback"
                        + " key of the LVB callback template (without a legacy API key it verifies notifications)");
            }
            return problems;
        }
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
                + "\n(an application that calls only the Cloud API 3.0 sets quarkus.lvb.cloud.secret-id, "
                + "quarkus.lvb.cloud.secret-key and quarkus.lvb.callback-key instead of quarkus.lvb.app-id and "
                + "quarkus.lvb.api-key)\nor set quarkus.lvb.active=false to start without LVB.";
    }

    @Override
    public String toString() {
        return "LvbConfigCredentials[quarkus.lvb.*]";
    }
}
