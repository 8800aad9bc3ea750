package dev.lvb.quarkus.runtime;

import java.lang.annotation.Annotation;
import java.util.Locale;
import java.util.Set;

import dev.lvb.quarkus.LvbAccount;
import jakarta.enterprise.inject.spi.EventMetadata;

/**
 * The names an account goes by: its properties, their environment variables, its REST client key and its callback
 * path. {@code null} names the default account. Public for the deployment module (the Dev Service).
 */
public final class LvbAccountNames {

    /** What names the metrics {@code account} tag and the Dev UI give the default account. */
    static final String DEFAULT = "default";

    /** Names taken by groups of {@code quarkus.lvb.*}, or by the default account: no account may use them. */
    static final Set<String> RESERVED = Set.of(DEFAULT, "wire", "callback", "urls", "cloud", "devservices", "health",
            "metrics");

    private LvbAccountNames() {
    }

    /**
     * @param account the account's name, {@code null} for the default account
     * @return {@code quarkus.lvb.} or {@code quarkus.lvb."shop".}
     */
    public static String prefix(String account) {
        return account == null ? "quarkus.lvb." : "quarkus.lvb.\"" + account + "\".";
    }

    /** @return the full property name, e.g. {@code quarkus.lvb."shop".api-key} */
    static String property(String account, String name) {
        return prefix(account) + name;
    }

    /**
     * SmallRye Config's environment variable of a property: every character other than a letter or digit becomes
     * {@code _}, the rest upper case ({@code quarkus.lvb."shop".api-key} -> {@code QUARKUS_LVB__SHOP__API_KEY}).
     */
    static String env(String property) {
        StringBuilder b = new StringBuilder(property.length());
        for (char c : property.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) ? c : '_');
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    /** @return {@code quarkus.lvb."shop".api-key (environment variable QUARKUS_LVB__SHOP__API_KEY)} */
    static String described(String account, String name) {
        String property = property(account, name);
        return property + " (environment variable " + env(property) + ")";
    }

    /**
     * @param account the account's name, {@code null} for the default account
     * @return the REST client configuration key: {@code lvb} or {@code lvb-shop}
     */
    public static String restClientKey(String account) {
        return account == null ? "lvb" : "lvb-" + account;
    }

    /**
     * @param account the named account's name
     * @return the default callback path of a named account: {@code /lvb/callback/shop}
     */
    public static String defaultCallbackPath(String account) {
        return "/lvb/callback/" + account;
    }

    /** @return the account an event was fired for: its {@code @LvbAccount} qualifier's name, {@code null} for the default */
    static String of(EventMetadata metadata) {
        if (metadata != null) {
            for (Annotation q : metadata.getQualifiers()) {
                if (q instanceof LvbAccount account) {
                    return account.value();
                }
            }
        }
        return null;
    }

    /** @return the tag value of an account in metrics: {@code default} or its name */
    static String tag(String account) {
        return account == null ? DEFAULT : account;
    }
}
