package dev.lvb.callback;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import dev.lvb.core.LvbSignatureVerifier;
import dev.lvb.core.config.ConfigValues;

/**
 * How the LVB callback receiver checks, bounds and de-duplicates notifications.
 * Read from configuration ({@code lvb.callback.*}) with {@link #fromProperties(Function, String)}; the properties,
 * defaults and value formats: the "Configuration" section of the notifications page of the documentation.
 *
 * @param clockSkew tolerated difference between LVB's clock and ours, not negative
 * @param maxLifetime how far ahead an expiry {@code t} may lie (plus the skew), positive
 * @param maxBodyBytes the largest accepted body in bytes, at least {@value #MIN_BODY_BYTES} and at most
 *        {@value #MAX_BODY_BYTES}
 * @param dedupeWindow how long a delivered event is remembered; zero disables de-duplication
 * @param dedupeLease how long a claim lives without renewal, positive (see {@link LvbDedupeStore})
 * @param dedupeMaxEntries how many events the in-memory store remembers at most, positive
 * @param verifySignature whether {@code t} and {@code sign} are checked (never turn off in production)
 * @param clock the clock for expiry checks and de-duplication
 */
public record LvbCallbackSettings(Duration clockSkew, Duration maxLifetime, int maxBodyBytes, Duration dedupeWindow,
        Duration dedupeLease, int dedupeMaxEntries, boolean verifySignature, Clock clock) {

    /** Default largest body: LVB's notifications are well below 4 KiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    /** Smallest configurable body limit. */
    public static final int MIN_BODY_BYTES = 256;
    /** Largest configurable body limit. */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    /** Default de-duplication window: LVB retries for up to about 12 minutes, re-sends may come later. */
    public static final Duration DEFAULT_DEDUPE_WINDOW = Duration.ofMinutes(30);
    /**
     * Default claim lease: shorter than LVB's retry interval (a minute), so the retry after a crash is delivered;
     * long enough that one renewal every third of it is cheap.
     */
    public static final Duration DEFAULT_DEDUPE_LEASE = Duration.ofSeconds(30);
    /** Default bound of the in-memory de-duplication store. */
    public static final int DEFAULT_DEDUPE_MAX_ENTRIES = 100_000;

    /** Property name (after the prefix) of {@link #clockSkew()}. */
    public static final String CLOCK_SKEW = "callback.clock-skew";
    /** Property name (after the prefix) of {@link #maxLifetime()}. */
    public static final String MAX_LIFETIME = "callback.max-lifetime";
    /** Property name (after the prefix) of {@link #maxBodyBytes()}. */
    public static final String MAX_BODY_SIZE = "callback.max-body-size";
    /** Property name (after the prefix) of {@link #dedupeWindow()}. */
    public static final String DEDUPE_WINDOW = "callback.dedupe-window";
    /** Property name (after the prefix) of {@link #dedupeLease()}. */
    public static final String DEDUPE_LEASE = "callback.dedupe-lease";
    /** Property name (after the prefix) of {@link #dedupeMaxEntries()}. */
    public static final String DEDUPE_MAX_ENTRIES = "callback.dedupe-max-entries";
    /** Property name (after the prefix) of {@link #verifySignature()}. */
    public static final String VERIFY_SIGNATURE = "callback.verify-signature";

    /** The prefix of the properties in plain MicroProfile Config. */
    public static final String DEFAULT_PREFIX = "lvb.";

    /**
     * Validates every value; see the record components.
     *
     * @param clockSkew tolerated difference between LVB's clock and ours, not negative
     * @param maxLifetime how far ahead an expiry {@code t} may lie (plus the skew), positive
     * @param maxBodyBytes the largest accepted body in bytes, at least {@value #MIN_BODY_BYTES} and at most
     *         {@value #MAX_BODY_BYTES}
     * @param dedupeWindow how long a delivered event is remembered; zero disables de-duplication
     * @param dedupeLease how long a claim lives without renewal, positive (see {@link LvbDedupeStore})
     * @param dedupeMaxEntries how many events the in-memory store remembers at most, positive
     * @param verifySignature whether {@code t} and {@code sign} are checked (never turn off in production)
     * @param clock the clock for expiry checks and de-duplication
     */
    public LvbCallbackSettings {
        Objects.requireNonNull(clockSkew, "clockSkew");
        Objects.requireNonNull(maxLifetime, "maxLifetime");
        Objects.requireNonNull(dedupeWindow, "dedupeWindow");
        Objects.requireNonNull(dedupeLease, "dedupeLease");
        Objects.requireNonNull(clock, "clock");
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("clock skew must not be negative, got " + clockSkew);
        }
        if (maxLifetime.getSeconds() < 1) {
            throw new IllegalArgumentException("maximum lifetime must be at least 1 second, got " + maxLifetime);
        }
        if (maxBodyBytes < MIN_BODY_BYTES || maxBodyBytes > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("maximum body size must be between " + MIN_BODY_BYTES + " and "
                    + MAX_BODY_BYTES + " bytes, got " + maxBodyBytes);
        }
        if (dedupeWindow.isNegative()) {
            throw new IllegalArgumentException("dedupe window must not be negative, got " + dedupeWindow);
        }
        if (dedupeLease.isNegative() || dedupeLease.isZero()) {
            throw new IllegalArgumentException("dedupe lease must be positive, got " + dedupeLease);
        }
        if (dedupeMaxEntries < 1) {
            throw new IllegalArgumentException("dedupe max entries must be positive, got " + dedupeMaxEntries);
        }
    }

    /**
     * @return the defaults: 60 s skew, 10 min lifetime, 64 KiB, 30 min window, 30 s lease, 100000 entries, verified,
     *         UTC
     */
    public static LvbCallbackSettings defaults() {
        return new LvbCallbackSettings(LvbSignatureVerifier.DEFAULT_CLOCK_SKEW,
                LvbSignatureVerifier.DEFAULT_MAX_LIFETIME, DEFAULT_MAX_BODY_BYTES, DEFAULT_DEDUPE_WINDOW,
                DEFAULT_DEDUPE_LEASE, DEFAULT_DEDUPE_MAX_ENTRIES, true, Clock.systemUTC());
    }

    /**
     * Reads the settings from configuration properties named {@code <prefix>callback.*} (see the class
     * description); unset properties keep their defaults.
     *
     * @param lookup reads one property, empty when unset
     * @param prefix the property prefix: {@code lvb.} for MicroProfile Config, {@code quarkus.lvb.} in Quarkus
     * @return the settings, with the system UTC clock
     * @throws IllegalStateException naming every invalid property and what is expected
     */
    public static LvbCallbackSettings fromProperties(Function<String, Optional<String>> lookup, String prefix) {
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(prefix, "prefix");
        LvbCallbackSettings d = defaults();
        List<String> problems = new ArrayList<>();
        ConfigValues values = new ConfigValues(lookup, prefix, problems);
        Duration skew = values.duration(CLOCK_SKEW, d.clockSkew(), false);
        Duration lifetime = values.duration(MAX_LIFETIME, d.maxLifetime(), true);
        int body = values.size(MAX_BODY_SIZE, d.maxBodyBytes(), MIN_BODY_BYTES, MAX_BODY_BYTES);
        Duration window = values.duration(DEDUPE_WINDOW, d.dedupeWindow(), false);
        Duration lease = values.duration(DEDUPE_LEASE, d.dedupeLease(), true);
        int entries = values.integer(DEDUPE_MAX_ENTRIES, d.dedupeMaxEntries(), 1, Integer.MAX_VALUE);
        boolean verify = values.bool(VERIFY_SIGNATURE, d.verifySignature());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid LVB callback configuration: " + String.join("; ", problems));
        }
        return new LvbCallbackSettings(skew, lifetime, body, window, lease, entries, verify, d.clock());
    }

    /**
     * @param clock the clock for expiry checks and de-duplication
     * @return a copy with another clock (tests)
     */
    public LvbCallbackSettings withClock(Clock clock) {
        return new LvbCallbackSettings(clockSkew, maxLifetime, maxBodyBytes, dedupeWindow, dedupeLease,
                dedupeMaxEntries, verifySignature, clock);
    }

    /**
     * @param verifySignature whether {@code t} and {@code sign} are checked
     * @return a copy with signature verification switched on or off
     */
    public LvbCallbackSettings withVerifySignature(boolean verifySignature) {
        return new LvbCallbackSettings(clockSkew, maxLifetime, maxBodyBytes, dedupeWindow, dedupeLease,
                dedupeMaxEntries, verifySignature, clock);
    }

    /**
     * @param maxBodyBytes the largest accepted body in bytes
     * @return a copy with another body limit
     */
    public LvbCallbackSettings withMaxBodyBytes(int maxBodyBytes) {
        return new LvbCallbackSettings(clockSkew, maxLifetime, maxBodyBytes, dedupeWindow, dedupeLease,
                dedupeMaxEntries, verifySignature, clock);
    }

    /**
     * @param dedupeWindow how long a delivered event is remembered; zero disables de-duplication
     * @return a copy with another de-duplication window
     */
    public LvbCallbackSettings withDedupeWindow(Duration dedupeWindow) {
        return new LvbCallbackSettings(clockSkew, maxLifetime, maxBodyBytes, dedupeWindow, dedupeLease,
                dedupeMaxEntries, verifySignature, clock);
    }

    /**
     * @param dedupeLease how long a claim lives without renewal
     * @return a copy with another claim lease
     */
    public LvbCallbackSettings withDedupeLease(Duration dedupeLease) {
        return new LvbCallbackSettings(clockSkew, maxLifetime, maxBodyBytes, dedupeWindow, dedupeLease,
                dedupeMaxEntries, verifySignature, clock);
    }

    /** @return whether events are de-duplicated (the window is not zero) */
    public boolean dedupeEnabled() {
        return !dedupeWindow.isZero();
    }
}
