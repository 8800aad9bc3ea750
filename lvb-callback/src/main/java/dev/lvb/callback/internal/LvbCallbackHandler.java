package dev.lvb.callback.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.callback.LvbDedupeStore;
import dev.lvb.callback.LvbNotificationOutcome;
import dev.lvb.callback.LvbNotificationReport;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.core.LvbSignatureVerifier;
import dev.lvb.core.LvbVerification;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.error.Redaction;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.json.LvbBinders;
import dev.lvb.core.json.LvbJson;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The heart of the receiver, free of HTTP and CDI: turns one raw notification body into an
 * {@link LvbNotificationReport}, delivering the event on the way when it is authentic, well-formed and new.
 * <p>
 * Order: size -> nesting depth -> JSON object -> {@code t}/{@code sign} (unless verification is off) ->
 * {@code event_type} -> typed binding -> dedupe claim -> delivery -> complete (or release on failure). Nothing is
 * bound to a type before the signature is verified. Bad input always ends in a 4xx, never a 500: only a failing
 * observer (500) or an unusable receiver (no credentials or dedupe store down: 503) produce a 5xx, both of which
 * make LVB retry. Thread-safe.
 */
public final class LvbCallbackHandler {

    /** Deepest JSON nesting accepted; LVB's notifications have 2 or 3 levels. */
    public static final int MAX_DEPTH = 32;

    private static final Logger LOG = Logger.getLogger(LvbCallbackHandler.class);
    private static final int MAX_T_NUMBER_DIGITS = 40;
    /** Marker from {@code verify}: the signature matched a previous callback key (compared by identity). */
    private static final LvbNotificationReport PREVIOUS_KEY = new LvbNotificationReport(null,
            LvbNotificationOutcome.ACCEPTED, 200, null, null, true);
    private static final String ACKNOWLEDGED = "{\"code\":0}";
    private static final String NOT_A_TIME = "not-a-time";
    /** Owner tokens: unique per process (random) and per delivery attempt (counter); not secret. */
    private static final String OWNER_PREFIX = UUID.randomUUID() + ":";
    private static final AtomicLong ATTEMPTS = new AtomicLong();

    private final LvbCallbackSettings settings;
    /** A third of the lease, computed once: {@code Duration.dividedBy} goes through BigDecimal. */
    private final Duration renewalPeriod;
    private final LvbCredentialsProvider credentials;
    private final LvbSignatureVerifier verifier;
    private final LvbDedupeStore dedupe;
    private final Consumer<? super LvbEvent> dispatcher;
    private final LvbLeaseTimer leaseTimer;
    private final AtomicBoolean credentialsProblemLogged = new AtomicBoolean();
    /** {@code null}: JSON-B. */
    private final LvbBinders binders;

    /**
     * @param settings limits, windows, clock, verification switch
     * @param credentials supplies the callback key (asked on every notification, so rotation works); not called
     *        when verification is off
     * @param dedupe remembers delivered events
     * @param dispatcher delivers an event to the application; an exception means "not processed"
     */
    public LvbCallbackHandler(LvbCallbackSettings settings, LvbCredentialsProvider credentials, LvbDedupeStore dedupe,
            Consumer<? super LvbEvent> dispatcher) {
        this(settings, credentials, dedupe, dispatcher, LvbLeaseTimer.shared());
    }

    /**
     * @param settings limits, windows, clock, verification switch
     * @param credentials supplies the callback key
     * @param dedupe remembers delivered events
     * @param dispatcher delivers an event to the application; an exception means "not processed"
     * @param leaseTimer renews the claim on an event while the dispatcher runs
     */
    public LvbCallbackHandler(LvbCallbackSettings settings, LvbCredentialsProvider credentials, LvbDedupeStore dedupe,
            Consumer<? super LvbEvent> dispatcher, LvbLeaseTimer leaseTimer) {
        this(settings, credentials, dedupe, dispatcher, leaseTimer, null);
    }

    /**
     * @param settings limits, windows, clock, verification switch
     * @param credentials supplies the callback key
     * @param dedupe remembers delivered events
     * @param dispatcher delivers an event to the application; an exception means "not processed"
     * @param leaseTimer renews the claim on an event while the dispatcher runs
     * @param binders binds events without JSON-B (the Quarkus extension's, generated at build time), or
     *        {@code null} for JSON-B
     */
    public LvbCallbackHandler(LvbCallbackSettings settings, LvbCredentialsProvider credentials, LvbDedupeStore dedupe,
            Consumer<? super LvbEvent> dispatcher, LvbLeaseTimer leaseTimer, LvbBinders binders) {
        this.binders = binders;
        this.leaseTimer = Objects.requireNonNull(leaseTimer, "leaseTimer");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.renewalPeriod = settings.dedupeLease().dividedBy(3);
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.dedupe = Objects.requireNonNull(dedupe, "dedupe");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.verifier = new LvbSignatureVerifier(settings.clock(), settings.clockSkew(), settings.maxLifetime());
    }

    /** @return the settings in force */
    public LvbCallbackSettings settings() {
        return settings;
    }

    /** @return the answer to a body larger than the limit (also used when Content-Length announces one) */
    public LvbNotificationReport tooLarge() {
        return report(413, LvbNotificationOutcome.REJECTED_TOO_LARGE,
                "body exceeds " + settings.maxBodyBytes() + " bytes");
    }

    /**
     * Handles one notification.
     *
     * @param body the raw request body (at most {@code maxBodyBytes + 1} bytes need to be read)
     * @return what to answer; never {@code null}, never throws for any input
     */
    public LvbNotificationReport handle(byte[] body) {
        return handle(body, null);
    }

    /**
     * Handles one notification that a developer replayed: checked like any other, never filtered as a duplicate,
     * and delivered to {@code replayTo} instead of the dispatcher.
     *
     * @param body the raw request body
     * @param replayTo delivers the replayed event, or {@code null} for an ordinary notification
     * @return what to answer; never {@code null}, never throws for any input
     */
    public LvbNotificationReport handle(byte[] body, Consumer<? super LvbEvent> replayTo) {
        try {
            return process(body, replayTo);
        } catch (RuntimeException | StackOverflowError e) {
            // Whatever a parser or binder throws on hostile input is still the sender's fault, never a 500.
            LOG.debugf("LVB notification rejected: unexpected %s while reading it", e.getClass().getName());
            return malformed("malformed notification");
        }
    }

    private LvbNotificationReport process(byte[] body, Consumer<? super LvbEvent> replayTo) {
        if (body == null || body.length == 0) {
            return malformed("empty body");
        }
        if (body.length > settings.maxBodyBytes()) {
            return tooLarge();
        }
        if (nestedDeeperThan(body, MAX_DEPTH)) {
            return malformed("JSON nested too deeply");
        }
        // Decoded once: parsed to an object for the checks and the duplicate key, and bound to the event from text.
        String text = new String(body, StandardCharsets.UTF_8);
        JsonObject json;
        try {
            json = LvbJson.parseObject(text);
        } catch (LvbProtocolException e) {
            return malformed(String.valueOf(e.getMessage()).startsWith("expected a JSON object")
                    ? "body is not a JSON object"
                    : "body is not valid JSON");
        } catch (RuntimeException e) {
            // e.g. a JSON-P implementation's own limits (number length, nesting) reported with other exceptions
            return malformed("body is not valid JSON");
        }

        boolean previousKey = false;
        if (settings.verifySignature()) {
            LvbNotificationReport rejected = verify(json);
            if (rejected == PREVIOUS_KEY) {
                previousKey = true;
            } else if (rejected != null) {
                return rejected;
            }
        }

        OptionalInt eventType;
        try {
            eventType = LvbEvents.eventTypeOf(json);
        } catch (LvbProtocolException e) {
            return malformed("event_type is not an integer");
        }
        if (eventType.isEmpty()) {
            return malformed("event_type is missing");
        }
        LvbEvent event;
        try {
            event = LvbEvents.fromJson(json, text, binders);
        } catch (LvbProtocolException e) {
            LOG.debugf("LVB notification (event_type %d) rejected: %s", eventType.getAsInt(),
                    Redaction.clip(e.getMessage()));
            return malformed("fields of event_type " + eventType.getAsInt() + " have unexpected types");
        }
        LvbNotificationReport outcome = deliver(json, event, replayTo);
        return previousKey ? new LvbNotificationReport(outcome.eventType(), outcome.outcome(), outcome.status(),
                outcome.reason(), outcome.event(), true) : outcome;
    }

    /**
     * @return a rejection, {@code null} when {@code t} and {@code sign} match the current key, or
     *         {@link #PREVIOUS_KEY} when they match a previous one
     */
    private LvbNotificationReport verify(JsonObject json) {
        String key;
        String problem = null;
        try {
            LvbCredentials c = credentials.credentials();
            key = c == null ? null : c.effectiveCallbackKey();
            if (key == null) {
                problem = "the LvbCredentialsProvider returned no credentials";
            }
        } catch (RuntimeException e) {
            key = null;
            problem = Redaction.clip(e.getMessage());
        }
        if (key == null) {
            // ERROR once, then DEBUG until the key is back: forged traffic must not flood the log.
            Logger.Level level = credentialsProblemLogged.compareAndSet(false, true) ? Logger.Level.ERROR
                    : Logger.Level.DEBUG;
            LOG.logf(level, "LVB notifications are refused with HTTP 503: the callback key is not available (%s);"
                    + " configure lvb.api-key (and lvb.callback-key) or provide an LvbCredentialsProvider bean",
                    problem);
            return report(503, LvbNotificationOutcome.UNAVAILABLE, "callback receiver is not configured");
        }
        if (credentialsProblemLogged.get()) {
            credentialsProblemLogged.set(false);
        }
        JsonValue t = json.get(LvbEvents.T);
        JsonValue sign = json.get(LvbEvents.SIGN);
        String signText = sign == null || sign == JsonValue.NULL ? null
                : sign instanceof JsonString s ? s.getString() : sign.toString();
        LvbVerification v = verifier.verify(key, tOf(t), signText);
        if (v instanceof LvbVerification.Rejected r && r.reason() == LvbVerification.Reason.MISMATCH
                && matchesPreviousKey(t, signText)) {
            return PREVIOUS_KEY;
        }
        if (v instanceof LvbVerification.Rejected r) {
            LOG.debugf("LVB notification rejected: %s (%s)", r.reason(), r.detail());
            return switch (r.reason()) {
                case EXPIRED, TOO_FAR_IN_FUTURE -> report(403, LvbNotificationOutcome.REJECTED_EXPIRED, r.detail());
                case MISSING, MALFORMED_T, MISMATCH -> report(401, LvbNotificationOutcome.REJECTED_SIGNATURE, r.detail());
            };
        }
        return null;
    }

    private boolean matchesPreviousKey(JsonValue t, String sign) {
        List<String> previous;
        try {
            previous = credentials.previousCallbackKeys();
        } catch (RuntimeException e) {
            LOG.debugf("LVB previous callback keys unavailable: %s", e.getClass().getName());
            return false;
        }
        if (previous == null) {
            return false;
        }
        for (String k : previous) {
            if (k != null && !k.isBlank() && verifier.verify(k, tOf(t), sign) instanceof LvbVerification.Accepted) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code t} for the verifier. Defence in depth: a JSON number whose scale or length no UNIX time in seconds can
     * have (like {@code 1E-999999999}) is handed over as malformed text, so that no {@code BigDecimal} arithmetic on
     * it (which can take time exponential in the exponent's digits) happens anywhere.
     */
    static Object tOf(JsonValue t) {
        if (t == null || t == JsonValue.NULL) {
            return null;
        }
        if (t instanceof JsonNumber n) {
            Number held = n.numberValue();
            if (held instanceof Long || held instanceof Integer) {
                return t; // the parser's integral form (every genuine t): no BigDecimal per notification
            }
            BigDecimal bd = n.bigDecimalValue();
            if (bd.precision() > MAX_T_NUMBER_DIGITS || bd.scale() > MAX_T_NUMBER_DIGITS
                    || bd.scale() < -MAX_T_NUMBER_DIGITS) {
                return NOT_A_TIME;
            }
        }
        return t;
    }

    private LvbNotificationReport deliver(JsonObject json, LvbEvent event, Consumer<? super LvbEvent> replayTo) {
        String key = null;
        String owner = null;
        if (settings.dedupeEnabled() && replayTo == null) {
            key = LvbDedupeKeys.of(json);
            owner = OWNER_PREFIX + ATTEMPTS.incrementAndGet();
            LvbDedupeStore.Claim claim;
            try {
                claim = dedupe.tryClaim(key, owner, settings.dedupeLease());
            } catch (RuntimeException e) {
                LOG.warnf(e, "LVB event_type %d (stream %s) not processed: the dedupe store failed; answered 503 so"
                        + " that LVB retries", event.eventType(), streamOf(event));
                return report(503, LvbNotificationOutcome.UNAVAILABLE, "event store unavailable", event);
            }
            if (claim == LvbDedupeStore.Claim.DUPLICATE) {
                if (LOG.isDebugEnabled()) { // streamOf is not free; this runs for every notification
                    LOG.debugf("LVB event_type %d (stream %s) is a duplicate, acknowledged without delivery",
                            event.eventType(), streamOf(event));
                }
                return report(200, LvbNotificationOutcome.DUPLICATE, null, event);
            }
            if (claim != LvbDedupeStore.Claim.NEW) {
                return report(409, LvbNotificationOutcome.IN_PROGRESS,
                        "the same event is being processed, retry later", event);
            }
        }
        boolean delivered = false;
        try (LvbLeaseTimer.Cancel renewal = key == null ? null : keepClaim(key, owner, event)) {
            if (replayTo == null) {
                dispatcher.accept(event);
            } else {
                replayTo.accept(event);
            }
            delivered = true;
        } catch (Exception | StackOverflowError | AssertionError | LinkageError e) {
            LOG.warnf(e, "LVB event_type %d (stream %s) was not processed: an observer threw %s; answered 500 so"
                    + " that LVB retries", event.eventType(), streamOf(event), e.getClass().getName());
            return report(500, LvbNotificationOutcome.FAILED, "event processing failed", event);
        } finally {
            if (!delivered && key != null) {
                release(key, owner);
            }
        }
        if (key != null) {
            try {
                dedupe.complete(key, owner, settings.dedupeWindow());
            } catch (RuntimeException e) {
                LOG.warnf(e, "LVB event_type %d (stream %s) was delivered but the dedupe store could not record it;"
                        + " a re-send may be delivered again", event.eventType(), streamOf(event));
            }
        }
        if (LOG.isDebugEnabled()) {
            LOG.debugf("LVB event_type %d (stream %s) delivered", event.eventType(), streamOf(event));
        }
        return report(200, LvbNotificationOutcome.ACCEPTED, null, event);
    }

    /**
     * Renews the claim every third of the lease while the observers run, so that a slow observer keeps it; if the
     * claim is lost meanwhile (the store was unreachable for a whole lease), says so once: a retry may then be
     * delivered concurrently.
     */
    private LvbLeaseTimer.Cancel keepClaim(String key, String owner, LvbEvent event) {
        Duration lease = settings.dedupeLease();
        AtomicBoolean stopped = new AtomicBoolean(); // delivery over, or claim lost
        LvbLeaseTimer.Cancel timer = leaseTimer.every(renewalPeriod, () -> {
            if (stopped.get()) {
                return;
            }
            boolean held;
            RuntimeException failure = null;
            try {
                held = dedupe.renew(key, owner, lease);
            } catch (RuntimeException e) {
                held = true; // not known to be lost: try again at the next period
                failure = e;
            }
            if (failure != null) {
                LOG.warnf("could not renew the claim on LVB event_type %d (stream %s), still being delivered: %s",
                        event.eventType(), streamOf(event), Redaction.clip(failure.toString()));
            } else if (!held && stopped.compareAndSet(false, true)) {
                LOG.warnf("the claim on LVB event_type %d (stream %s) expired while its observers were still running"
                        + " (longer than the dedupe lease %s without renewal); a retry may be delivered concurrently",
                        event.eventType(), streamOf(event), lease);
            }
        });
        return () -> {
            stopped.set(true);
            timer.close();
        };
    }

    private void release(String key, String owner) {
        try {
            dedupe.release(key, owner);
        } catch (RuntimeException e) {
            LOG.warnf(e, "the dedupe store could not release a failed LVB event; LVB's retries may be answered 409"
                    + " until the dedupe lease ends");
        }
    }

    private static String streamOf(LvbEvent event) {
        String s = event.streamId();
        return s == null ? "-" : Redaction.clip(s.length() > 80 ? s.substring(0, 80) : s);
    }

    /**
     * @param report what the receiver did
     * @return the JSON answer for LVB: {@code {"code":0}} or {@code {"code":<status>,"message":"<reason>"}}
     */
    public static String answerJson(LvbNotificationReport report) {
        // The acknowledgement is the answer to nearly every notification: no JSON object to build and print.
        if (report.status() == 200) {
            return ACKNOWLEDGED;
        }
        JsonObjectBuilder b = LvbJson.provider().createObjectBuilder().add("code", report.status());
        if (report.reason() != null) {
            b.add("message", report.reason());
        }
        return b.build().toString();
    }

    /** @return a report; the event type only of a verified event, the reason only of a non-200 answer */
    public static LvbNotificationReport report(int status, LvbNotificationOutcome kind, String message, LvbEvent event) {
        return new LvbNotificationReport(event == null ? null : event.eventType(), kind, status,
                status == 200 ? null : message, event);
    }

    private static LvbNotificationReport report(int status, LvbNotificationOutcome kind, String message) {
        return report(status, kind, message, null);
    }

    private static LvbNotificationReport malformed(String message) {
        return report(400, LvbNotificationOutcome.REJECTED_MALFORMED, message);
    }

    /**
     * Scans the raw bytes for the nesting depth of arrays and objects outside strings, before any parser sees them,
     * so that no JSON implementation's recursion (or missing depth limit) is exposed to hostile input.
     */
    static boolean nestedDeeperThan(byte[] body, int max) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : body) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (++depth > max) {
                    return true;
                }
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return false;
    }
}
