package dev.lvb.quarkus.runtime;

import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where each account's notifications arrive: the default account at {@code quarkus.lvb.callback.path} (a build-time
 * property, below {@code quarkus.rest.path} as a Jakarta REST resource would be), a named account at
 * {@code quarkus.lvb."<name>".callback.path} (default {@code /lvb/callback/<name>}, relative to the HTTP root).
 */
public final class LvbCallbackPaths {

    private final String defaultPath;
    private final boolean enabled;

    /**
     * @param defaultPath the default account's path, normalised
     * @param enabled whether the callback endpoints are served ({@code quarkus.lvb.callback.enabled})
     */
    public LvbCallbackPaths(String defaultPath, boolean enabled) {
        this.defaultPath = defaultPath;
        this.enabled = enabled;
    }

    /** @return the default account's path (under {@code quarkus.rest.path}) */
    public String defaultPath() {
        return defaultPath;
    }

    /**
     * @return the default account's path relative to the HTTP root: {@code quarkus.rest.path} (read when called; a
     *         build-time property) followed by {@link #defaultPath()}
     */
    public String defaultRoute() {
        String rest = ConfigProvider.getConfig().getOptionalValue("quarkus.rest.path", String.class).orElse("/").trim();
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return (rest.isEmpty() || rest.startsWith("/") ? rest : "/" + rest) + defaultPath;
    }

    /** @return whether the callback endpoints are served */
    public boolean enabled() {
        return enabled;
    }

    /**
     * @param config the run-time configuration
     * @param account the account's name
     * @return a named account's path (relative to the HTTP root), normalised
     */
    public String of(LvbConfig config, String account) {
        Optional<String> path = config.accounts().get(account).callback().path();
        return normalize(path.orElse(LvbAccountNames.defaultCallbackPath(account)),
                LvbAccountNames.property(account, "callback.path"));
    }

    /**
     * @param path a configured path
     * @param property its property, for the message
     * @return the path with one leading and no trailing slash
     * @throws IllegalArgumentException when it names no path
     */
    public static String normalize(String path, String property) {
        String p = path.trim();
        if (p.isEmpty() || p.equals("/")) {
            throw new IllegalArgumentException(property + " must name a path, got '" + path + "'");
        }
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
