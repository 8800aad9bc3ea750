package dev.lvb.simulator.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import dev.lvb.core.LvbSignature;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.json.LvbJson;
import dev.lvb.simulator.CallbackAttempt;
import dev.lvb.simulator.CallbackRecord;
import dev.lvb.simulator.CallbackRetryPolicy;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Sends event notifications as LVB does: a signed JSON POST per event, acknowledged by HTTP 200 with
 * {@code {"code":0}}, otherwise retried per {@link CallbackRetryPolicy}. Notifications of one stream are delivered
 * one after the other, in the order the events happened (a retrying notification holds back the later ones of its
 * stream); different streams proceed in parallel. Everything happens on the dispatcher's own threads. Every
 * notification and attempt is kept in a log.
 */
public final class CallbackDispatcher implements AutoCloseable {

    /** LVB signs notifications to expire 10 minutes after sending. */
    static final long T_VALIDITY_SECONDS = 600;
    private static final int MAX_LOG = 10_000;
    private static final int MAX_RESPONSE_CHARS = 500;
    private static final System.Logger LOG = System.getLogger(CallbackDispatcher.class.getName());

    private final Clock clock;
    private final LongFunction<String> keyOf;
    private final CallbackRetryPolicy policy;
    private final LongFunction<URI> callbackUrlOf;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService httpExecutor;
    private final HttpClient client;

    private final Object lock = new Object();
    private final List<Entry> log = new ArrayList<>();
    private final Map<String, ArrayDeque<Entry>> lanes = new HashMap<>();
    private long nextId = 1;
    private boolean closed;

    /**
     * @param clock the simulator's clock (for {@code t} and the log)
     * @param key the callback key
     * @param policy the retry policy
     * @param callbackUrl the current callback URL, {@code null} when none
     */
    public CallbackDispatcher(Clock clock, String key, CallbackRetryPolicy policy, Supplier<URI> callbackUrl) {
        this(clock, appId -> key, policy, appId -> callbackUrl.get());
    }

    /**
     * A dispatcher for several APPIDs: each notification is signed and sent for its event's APPID.
     *
     * @param clock the simulator's clock (for {@code t} and the log)
     * @param keyOf the callback key of an APPID
     * @param policy the retry policy
     * @param callbackUrlOf the current callback URL of an APPID, {@code null} when none
     */
    public CallbackDispatcher(Clock clock, LongFunction<String> keyOf, CallbackRetryPolicy policy,
            LongFunction<URI> callbackUrlOf) {
        this.clock = clock;
        this.keyOf = keyOf;
        this.policy = policy;
        this.callbackUrlOf = callbackUrlOf;
        ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(4, new DaemonThreads("lvb-sim-callback"));
        s.setRemoveOnCancelPolicy(true);
        this.scheduler = s;
        this.httpExecutor = Executors.newCachedThreadPool(new DaemonThreads("lvb-sim-http-client"));
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(policy.timeout()).executor(httpExecutor)
                .build();
    }

    /** Queues notifications of events that happened in this order. */
    public void submit(List<LvbEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            for (LvbEvent event : events) {
                long appId = event.appId() == null ? 0 : event.appId();
                URI url = callbackUrlOf.apply(appId);
                Instant now = clock.instant();
                Entry e = new Entry(nextId++, event, url, body(event, keyOf.apply(appId), now), now);
                log.add(e);
                if (url == null) {
                    e.state = CallbackRecord.State.SKIPPED;
                    continue;
                }
                String laneKey = event.streamId() == null ? "" : event.streamId();
                ArrayDeque<Entry> lane = lanes.get(laneKey);
                if (lane == null) {
                    lane = new ArrayDeque<>();
                    lanes.put(laneKey, lane);
                    lane.add(e);
                    schedule(lane, e, 0);
                } else {
                    lane.add(e);
                }
            }
            trimLog();
            lock.notifyAll();
        }
    }

    /** @return snapshots of every notification, oldest first */
    public List<CallbackRecord> log() {
        synchronized (lock) {
            return log.stream().map(Entry::snapshot).toList();
        }
    }

    /**
     * Waits until at least {@code count} finished notifications match.
     *
     * @return every finished notification that matches, oldest first
     * @throws AssertionError when they do not arrive in time (with the log in the message)
     */
    public List<CallbackRecord> await(Predicate<CallbackRecord> filter, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                List<CallbackRecord> done = log.stream().map(Entry::snapshot)
                        .filter(r -> r.isFinished() && filter.test(r)).toList();
                if (done.size() >= count) {
                    return done;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " finished matching notification(s) within "
                            + timeout + ", got " + done.size() + "; log: " + summary());
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for notifications", ie);
                }
            }
        }
    }

    /** @return whether every notification was finished within the timeout */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (log.stream().anyMatch(e -> e.state == CallbackRecord.State.PENDING)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /** Cancels every pending delivery and forgets the log. */
    public void reset() {
        synchronized (lock) {
            cancelPending();
            log.clear();
            lock.notifyAll();
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            cancelPending();
            lock.notifyAll();
        }
        scheduler.shutdownNow();
        httpExecutor.shutdownNow();
    }

    private void cancelPending() {
        for (Entry e : log) {
            if (e.state == CallbackRecord.State.PENDING) {
                e.state = CallbackRecord.State.CANCELLED;
            }
        }
        lanes.clear();
    }

    private void schedule(ArrayDeque<Entry> lane, Entry e, long delayMillis) {
        try {
            scheduler.schedule(() -> attempt(lane, e), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            e.state = CallbackRecord.State.CANCELLED;
        }
    }

    private void attempt(ArrayDeque<Entry> lane, Entry e) {
        synchronized (lock) {
            if (e.state != CallbackRecord.State.PENDING) {
                return;
            }
        }
        int status = 0;
        String responseBody = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(e.url).timeout(policy.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(e.body.toString(), StandardCharsets.UTF_8)).build();
            HttpResponse<String> response = client.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            status = response.statusCode();
            responseBody = clip(response.body());
            error = acknowledgement(status, response.body());
        } catch (HttpTimeoutException timeout) {
            error = "no answer within " + policy.timeout();
        } catch (IOException io) {
            error = "could not deliver: " + io;
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (RuntimeException unexpected) {
            error = "could not deliver: " + unexpected;
        }
        synchronized (lock) {
            if (e.state != CallbackRecord.State.PENDING) {
                return; // reset or closed meanwhile
            }
            e.attempts.add(new CallbackAttempt(e.attempts.size() + 1, clock.instant(), status, responseBody, error,
                    error == null));
            if (error == null) {
                e.state = CallbackRecord.State.DELIVERED;
            } else if (e.attempts.size() < policy.maxAttempts()) {
                LOG.log(System.Logger.Level.DEBUG, "notification {0} to {1} failed ({2}), retrying", e.id, e.url,
                        error);
                schedule(lane, e, policy.interval().toMillis());
                lock.notifyAll();
                return;
            } else {
                e.state = CallbackRecord.State.FAILED;
                LOG.log(System.Logger.Level.INFO, "notification {0} (event_type {1}) to {2} given up after {3}"
                        + " attempt(s): {4}", e.id, e.event.eventType(), e.url, e.attempts.size(), error);
            }
            // Next notification of the same stream.
            lane.poll();
            Entry next = lane.peek();
            if (next == null) {
                lanes.values().remove(lane);
            } else {
                schedule(lane, next, 0);
            }
            lock.notifyAll();
        }
    }

    /** @return {@code null} when LVB would count the answer as an acknowledgement, else why not */
    static String acknowledgement(int status, String body) {
        if (status != 200) {
            return "HTTP " + status + " instead of 200";
        }
        JsonObject reply;
        try {
            reply = LvbJson.parseObject(body == null ? "" : body);
        } catch (RuntimeException notJson) {
            return "body is not a JSON object with \"code\":0";
        }
        JsonValue code = reply.get("code");
        boolean zero = (code instanceof JsonNumber n && n.isIntegral() && n.longValue() == 0)
                || (code instanceof JsonString s && s.getString().trim().equals("0"));
        return zero ? null : "body's code is " + code + ", not 0";
    }

    private JsonObject body(LvbEvent event, String key, Instant now) {
        long t = now.getEpochSecond() + T_VALIDITY_SECONDS;
        if (!event.raw().isEmpty()) {
            // An event read from a sample in Tencent's shape is sent exactly so, only freshly signed.
            return LvbJson.provider().createObjectBuilder(event.raw()).add(LvbEvents.EVENT_TYPE, event.eventType())
                    .add(LvbEvents.T, t).add(LvbEvents.SIGN, LvbSignature.sign(key, t)).build();
        }
        JsonObject signed = LvbEvents.toSignedJson(event, key, t);
        // LVB documents push_duration as a string of milliseconds; the event record holds a number.
        JsonValue duration = signed.get("push_duration");
        if (duration instanceof JsonNumber n) {
            return LvbJson.provider().createObjectBuilder(signed).add("push_duration", n.toString()).build();
        }
        // The recording task id is an unsigned 64-bit number: sent as a JSON number like Live_Tape_Start's.
        JsonValue taskId = signed.get("task_id");
        if (taskId instanceof JsonString s && !s.getString().isEmpty()
                && s.getString().chars().allMatch(c -> c >= '0' && c <= '9')) {
            return LvbJson.provider().createObjectBuilder(signed)
                    .add("task_id", new java.math.BigInteger(s.getString())).build();
        }
        return signed;
    }

    private void trimLog() {
        while (log.size() > MAX_LOG && log.get(0).state != CallbackRecord.State.PENDING) {
            log.remove(0);
        }
    }

    private String summary() {
        StringBuilder sb = new StringBuilder("[");
        for (Entry e : log) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append('#').append(e.id).append(" event_type ").append(e.event.eventType()).append(' ')
                    .append(e.event.streamId()).append(' ').append(e.state).append(" (").append(e.attempts.size())
                    .append(" attempt(s)");
            if (!e.attempts.isEmpty() && e.attempts.get(e.attempts.size() - 1).error() != null) {
                sb.append(": ").append(e.attempts.get(e.attempts.size() - 1).error());
            }
            sb.append(')');
        }
        return sb.append(']').toString();
    }

    private static String clip(String s) {
        if (s == null) {
            return null;
        }
        return s.length() > MAX_RESPONSE_CHARS ? s.substring(0, MAX_RESPONSE_CHARS) + "..." : s;
    }

    /** One notification; mutable state guarded by the dispatcher's lock. */
    private static final class Entry {
        final long id;
        final LvbEvent event;
        final URI url;
        final JsonObject body;
        final Instant createdAt;
        final List<CallbackAttempt> attempts = new ArrayList<>();
        CallbackRecord.State state = CallbackRecord.State.PENDING;

        Entry(long id, LvbEvent event, URI url, JsonObject body, Instant createdAt) {
            this.id = id;
            this.event = event;
            this.url = url;
            this.body = body;
            this.createdAt = createdAt;
        }

        CallbackRecord snapshot() {
            return new CallbackRecord(id, event.eventType(), event.streamId(), url, body, state, attempts,
                    createdAt);
        }
    }
}
