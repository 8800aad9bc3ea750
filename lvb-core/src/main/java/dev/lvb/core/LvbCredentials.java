package dev.lvb.core;

import java.util.Objects;
import java.util.Optional;

/**
 * What identifies and authenticates an LVB account: the APPID (a number shown in the LVB console, sent as
 * {@code appid} or {@code cmd}), the API key (the "CGI call key" that signs API calls) and, optionally, a separate
 * key that signs event notifications (the 2019+ "callback key"; when absent LVB signs notifications with the API
 * key).
 * <p>
 * Immutable. {@link #toString()} never shows a key.
 */
public final class LvbCredentials {

    private final long appId;
    private final String apiKey;
    private final String callbackKey;

    // Callback-only credentials (see forCallbacksOnly): no APPID, no API key.
    private LvbCredentials(String callbackKey) {
        this.appId = 0;
        this.apiKey = null;
        this.callbackKey = requireKey("callback key", callbackKey);
    }

    private LvbCredentials(long appId, String apiKey, String callbackKey) {
        if (appId <= 0) {
            throw new IllegalArgumentException("LVB app id must be a positive number, got " + appId);
        }
        this.appId = appId;
        this.apiKey = requireKey("API key", apiKey);
        this.callbackKey = callbackKey == null ? null : requireKey("callback key", callbackKey);
    }

    /**
     * @param appId the LVB APPID
     * @param apiKey the API ("CGI call") key
     * @return credentials without a separate callback key
     */
    public static LvbCredentials of(long appId, String apiKey) {
        return new LvbCredentials(appId, apiKey, null);
    }

    /**
     * Reads credentials from configuration properties named {@code <prefix>app-id}, {@code <prefix>api-key} and
     * {@code <prefix>callback-key} (optional). The prefix is {@code lvb.} for plain MicroProfile Config and
     * {@code quarkus.lvb.} in Quarkus, so both name the same settings the same way.
     *
     * @param lookup reads one property, empty when unset
     * @param prefix the property prefix, e.g. {@code lvb.}
     * @return the credentials
     * @throws IllegalStateException naming every missing or invalid property (never its value)
     */
    public static LvbCredentials fromProperties(java.util.function.Function<String, Optional<String>> lookup,
            String prefix) {
        String appIdName = prefix + "app-id";
        String apiKeyName = prefix + "api-key";
        Optional<String> appId = lookup.apply(appIdName).map(String::trim).filter(s -> !s.isEmpty());
        Optional<String> apiKey = lookup.apply(apiKeyName).filter(s -> !s.isEmpty());
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (appId.isEmpty()) {
            problems.add(appIdName + " is not set");
        }
        if (apiKey.isEmpty()) {
            problems.add(apiKeyName + " is not set");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("LVB credentials are incomplete: " + String.join(", ", problems));
        }
        long id;
        try {
            id = Long.parseLong(appId.get());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(appIdName + " must be a number (the LVB APPID)");
        }
        try {
            return of(id, apiKey.get())
                    .withCallbackKey(lookup.apply(prefix + "callback-key").filter(s -> !s.isEmpty()).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("invalid LVB credentials: " + e.getMessage(), e);
        }
    }

    /**
     * Credentials of an application that receives notifications but calls no legacy API (it calls Tencent's Cloud
     * API 3.0, signed with a SecretId/SecretKey instead): only the callback key. {@link #appId()} and
     * {@link #apiKey()} then throw {@link IllegalStateException}.
     *
     * @param callbackKey the callback key of the LVB callback template
     * @return callback-only credentials
     */
    public static LvbCredentials forCallbacksOnly(String callbackKey) {
        return new LvbCredentials(callbackKey);
    }

    /**
     * @param callbackKey the key LVB signs notifications with, or {@code null} to use the API key
     * @return a copy with that callback key
     */
    public LvbCredentials withCallbackKey(String callbackKey) {
        return apiKey == null ? forCallbacksOnly(callbackKey) : new LvbCredentials(appId, apiKey, callbackKey);
    }

    /** @return whether these credentials only verify notifications (no APPID, no API key) */
    public boolean isCallbackOnly() {
        return apiKey == null;
    }

    /** @return the LVB APPID */
    public long appId() {
        requireLegacy();
        return appId;
    }

    /** @return the API key that signs API calls */
    public String apiKey() {
        requireLegacy();
        return apiKey;
    }

    private void requireLegacy() {
        if (apiKey == null) {
            throw new IllegalStateException("no LVB APPID and API key are configured (callback-only credentials):"
                    + " set them to call LVB's legacy API");
        }
    }

    /** @return the separate callback key, if one is configured */
    public Optional<String> callbackKey() {
        return Optional.ofNullable(callbackKey);
    }

    /** @return the key that signs notifications: the callback key, or else the API key */
    public String effectiveCallbackKey() {
        return callbackKey != null ? callbackKey : apiKey;
    }

    // Keys copied from the console often carry invisible line breaks; LVB then answers "appid is invalid" or
    // "sign invalid", which sends people looking in the wrong place. Say it here, without echoing the key.
    private static String requireKey(String what, String key) {
        Objects.requireNonNull(key, () -> "LVB " + what + " is missing");
        if (key.isBlank()) {
            throw new IllegalArgumentException("LVB " + what + " is empty");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException("LVB " + what + " contains whitespace or a control character at"
                        + " position " + i + " (copied with a line break?)");
            }
        }
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LvbCredentials other && appId == other.appId && Objects.equals(apiKey, other.apiKey)
                && Objects.equals(callbackKey, other.callbackKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(appId, apiKey, callbackKey);
    }

    @Override
    public String toString() {
        return "LvbCredentials[appId=" + (apiKey == null ? "<none>" : appId) + ", apiKey=" + (apiKey == null ? "<none>" : "***") + ", callbackKey=" + (callbackKey == null ? "<api key>" : "***")
                + "]";
    }
}
