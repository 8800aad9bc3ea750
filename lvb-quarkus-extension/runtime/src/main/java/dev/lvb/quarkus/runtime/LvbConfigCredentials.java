package dev.lvb.quarkus.runtime;

import java.util.ArrayList;
import java.util.List;

import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbCredentialsProvider;

/**
 * Credentials from {@code quarkus.lvb.*} (or {@code quarkus.lvb."<name>".*} for a named account), the default
 * {@link LvbCredentialsProvider}. Replace it with a bean of your own (keys from a vault, rotation): the extension's
 * producer is a {@code @DefaultBean}; for a named account declare the bean with {@code @LvbAccount("<name>")}.
 */
public final class LvbConfigCredentials implements LvbCredentialsProvider {

    private final LvbConfig root;
    /** {@code null}: the default account. */
    private final String account;
    private volatile LvbCredentials credentials;

    LvbConfigCredentials(LvbConfig config) {
        this(config, null);
    }

    LvbConfigCredentials(LvbConfig root, String account) {
        this.root = root;
        this.account = account;
    }

    @Override
    public LvbCredentials credentials() {
        LvbCredentials c = credentials;
        if (c == null) {
            c = read(root, account);
            credentials = c;
        }
        return c;
    }

    /** @return {@code callback.previous-keys} of the account: replaced callback keys still accepted (rotation) */
    @Override
    public List<String> previousCallbackKeys() {
        return (account == null ? root.callback().previousKeys() : named(root, account).callback().previousKeys())
                .orElse(List.of());
    }

    /** @return the account's configuration; a named account nobody configured has the defaults */
    static LvbAccountConfig account(LvbConfig root, String account) {
        return account == null ? root : named(root, account);
    }

    static LvbConfig.NamedAccount named(LvbConfig root, String account) {
        return root.accounts().get(account);
    }

    /**
     * @return the credentials in the configuration
     * @throws IllegalStateException naming every missing or invalid property and its environment variable
     */
    static LvbCredentials read(LvbConfig root, String account) {
        LvbAccountConfig config = account(root, account);
        if (!config.active()) {
            throw new IllegalStateException(account == null
                    ? "LVB is inactive (quarkus.lvb.active=false): no LVB call can be made"
                    : "LVB account '" + account + "' is inactive (" + LvbAccountNames.property(account, "active")
                            + "=false): no call of this account can be made");
        }
        List<String> problems = problems(root, account);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(message(problems));
        }
        try {
            if (account == null && callbackOnly(root)) {
                return LvbCredentials.forCallbacksOnly(config.callbackKey().orElseThrow());
            }
            return LvbCredentials.of(config.appId().orElseThrow(), config.apiKey().orElseThrow())
                    .withCallbackKey(config.callbackKey().filter(k -> !k.isEmpty()).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid LVB configuration of " + LvbAccountNames.prefix(account) + "*: "
                    + e.getMessage(), e);
        }
    }

    /** No legacy APPID/API key, Cloud API 3.0 credentials instead: notifications are verified with the callback key. */
    static boolean callbackOnly(LvbConfig config) {
        return config.appId().isEmpty() && config.apiKey().filter(k -> !k.isEmpty()).isEmpty() && cloudConfigured(config);
    }

    static boolean cloudConfigured(LvbConfig config) {
        return config.cloud().secretId().filter(k -> !k.isEmpty()).isPresent()
                || config.cloud().secretKey().filter(k -> !k.isEmpty()).isPresent();
    }

    /** @return what is missing in the default account, one line per property, empty when complete */
    static List<String> problems(LvbConfig config) {
        return problems(config, null);
    }

    /** @return what is missing in one account, one line per property, empty when complete */
    static List<String> problems(LvbConfig root, String account) {
        List<String> problems = new ArrayList<>();
        LvbAccountConfig config = account(root, account);
        if (account == null && cloudConfigured(root)) {
            if (root.cloud().secretId().filter(k -> !k.isEmpty()).isEmpty()) {
                problems.add("quarkus.lvb.cloud.secret-id (environment variable QUARKUS_LVB_CLOUD_SECRET_ID): the"
                        + " Tencent Cloud SecretId");
            }
            if (root.cloud().secretKey().filter(k -> !k.isEmpty()).isEmpty()) {
                problems.add("quarkus.lvb.cloud.secret-key (environment variable QUARKUS_LVB_CLOUD_SECRET_KEY): the"
                        + " Tencent Cloud SecretKey");
            }
        }
        if (account == null && callbackOnly(root)) {
            if (config.callbackKey().filter(k -> !k.isEmpty()).isEmpty()) {
                problems.add("quarkus.lvb.callback-key (environment variable QUARKUS_LVB_CALLBACK_KEY): the callback"
                        + " key of the LVB callback template (without a legacy API key it verifies notifications)");
            }
            return problems;
        }
        String whose = account == null ? ": the LVB " : ": the LVB account '" + account + "' ";
        if (config.appId().isEmpty()) {
            problems.add(LvbAccountNames.described(account, "app-id") + whose + "APPID");
        }
        if (config.apiKey().filter(k -> !k.isEmpty()).isEmpty()) {
            problems.add(LvbAccountNames.described(account, "api-key") + whose + "API key");
        }
        return problems;
    }

    static String message(List<String> problems) {
        return "LVB is not configured. Set:\n  - " + String.join("\n  - ", problems)
                + "\n(an application that calls only the Cloud API 3.0 sets quarkus.lvb.cloud.secret-id, "
                + "quarkus.lvb.cloud.secret-key and quarkus.lvb.callback-key instead of quarkus.lvb.app-id and "
                + "quarkus.lvb.api-key)\nor set quarkus.lvb.active=false (quarkus.lvb.\"<name>\".active=false for a"
                + " named account) to start without it.";
    }

    @Override
    public String toString() {
        return "LvbConfigCredentials[" + LvbAccountNames.prefix(account) + "*]";
    }
}
