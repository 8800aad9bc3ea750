package dev.lvb.callback;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.jboss.logging.Logger;

import dev.lvb.callback.internal.LvbCallbackHandler;
import dev.lvb.callback.internal.LvbCallbackOutcome;
import dev.lvb.callback.internal.LvbEventDispatcher;
import dev.lvb.callback.internal.LvbReplayGate;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.core.io.LvbBodies;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Receives LVB's event notifications. This class carries the behaviour but no {@code @Path}: deploy
 * {@link LvbCallbackResource} (at {@value LvbCallbackResource#DEFAULT_PATH}) in a Jakarta REST application, or let the
 * Quarkus extension register this class at {@code quarkus.lvb.callback.path}.
 * <p>
 * Reads the body once, at most {@code lvb.callback.max-body-size} bytes (a larger body or {@code Content-Length}
 * gets 413), verifies {@code t} and {@code sign}, binds the event to its type, drops duplicates and fires the event
 * as a CDI event before answering. Answers {@code {"code":0}} with HTTP 200 when the event was delivered (or had
 * been already); otherwise a 4xx for bad notifications (never delivered) or a 5xx when processing failed (LVB
 * retries), each with {@code {"code":<status>,"message":"<short reason>"}}.
 * <p>
 * After each notification, every {@link LvbCallbackListener} bean hears what happened to it (metrics, the Quarkus Dev
 * UI); a listener's failure is logged at DEBUG and changes nothing.
 * <p>
 * A CDI bean: the application needs Jakarta REST and CDI (Quarkus REST, or any Jakarta EE / MicroProfile server);
 * an application that lists its resource classes in {@code Application.getClasses()} must list this one too.
 */
public class LvbCallbackEndpoint {

    private static final Logger LOG = Logger.getLogger(LvbCallbackEndpoint.class);

    private final LvbCallbackHandler handler;
    private final LvbEventDispatcher dispatcher;
    private final Iterable<LvbCallbackListener> listenerBeans;
    /** Quarkus dev mode only (the extension's replay service); unresolvable everywhere else: no replays. */
    @Inject
    Instance<LvbReplayGate> replayGates;
    /** The listener beans, looked up at the first notification. */
    private volatile List<LvbCallbackListener> listeners;

    /** For the container's proxy. */
    protected LvbCallbackEndpoint() {
        this.handler = null;
        this.dispatcher = null;
        this.listenerBeans = null;
    }

    /**
     * Without listeners.
     *
     * @param settings the receiver's settings
     * @param credentials supplies the callback key
     * @param dedupe remembers delivered events
     * @param dispatcher fires events to the observers
     */
    public LvbCallbackEndpoint(LvbCallbackSettings settings, LvbCredentialsProvider credentials, LvbDedupeStore dedupe,
            LvbEventDispatcher dispatcher) {
        this(settings, credentials, dedupe, dispatcher, null);
    }

    /**
     * @param settings the receiver's settings
     * @param credentials supplies the callback key
     * @param dedupe remembers delivered events
     * @param dispatcher fires events to the observers
     * @param listeners the {@link LvbCallbackListener} beans (zero or more), told about every notification
     */
    @Inject
    public LvbCallbackEndpoint(LvbCallbackSettings settings, LvbCredentialsProvider credentials, LvbDedupeStore dedupe,
            LvbEventDispatcher dispatcher, Instance<LvbCallbackListener> listeners) {
        this.handler = new LvbCallbackHandler(settings, credentials, dedupe, dispatcher);
        this.dispatcher = dispatcher;
        this.listenerBeans = listeners;
    }

    /**
     * Receives one notification (not a replay).
     *
     * @param contentLength the announced body length, if any
     * @param body the raw body
     * @return the answer for LVB
     */
    public Response receive(String contentLength, InputStream body) {
        return receive(contentLength, null, body);
    }

    /**
     * Receives one notification.
     *
     * @param contentLength the announced body length, if any
     * @param replayToken in Quarkus dev mode, the one-time token of a replay from the Dev UI; ignored elsewhere
     * @param body the raw body
     * @return the answer for LVB
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    // No @Produces: the answer is JSON text with its type set on the Response, so no JSON provider is needed (and
    // Quarkus does not warn that the application lacks one).
    public Response receive(@HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
            @HeaderParam(LvbReplayGate.HEADER) String replayToken, InputStream body) {
        int limit = handler.settings().maxBodyBytes();
        long announced = LvbBodies.contentLength(contentLength);
        LvbCallbackOutcome outcome;
        if (announced > limit) {
            outcome = handler.tooLarge();
        } else {
            byte[] bytes;
            try {
                bytes = LvbBodies.readAtMost(body, limit + 1, announced);
            } catch (IOException e) {
                LOG.debugf("LVB notification could not be read: %s", e.getClass().getName());
                outcome = new LvbCallbackOutcome(400, LvbNotificationOutcome.REJECTED_MALFORMED,
                        "body could not be read", null);
                notifyListeners(outcome);
                return answer(outcome.status(), outcome.answerJson());
            }
            outcome = replayToken != null && admitsReplay(replayToken) ? handler.handle(bytes, dispatcher::replay)
                    : handler.handle(bytes);
        }
        notifyListeners(outcome);
        return answer(outcome.status(), outcome.answerJson());
    }

    /** @return whether a replay gate (dev mode) issued this token; anywhere else the header means nothing */
    private boolean admitsReplay(String token) {
        Instance<LvbReplayGate> gates = replayGates;
        return gates != null && gates.isResolvable() && gates.get().admit(token);
    }

    private void notifyListeners(LvbCallbackOutcome outcome) {
        List<LvbCallbackListener> all = listeners();
        if (all.isEmpty()) {
            return;
        }
        LvbNotificationReport report = outcome.report();
        for (LvbCallbackListener listener : all) {
            try {
                listener.onNotification(report);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable e) {
                LOG.debugf(e, "an LvbCallbackListener (%s) failed; the answer to LVB is unchanged",
                        listener.getClass().getName());
            }
        }
    }

    /** Resolved once: an {@code Instance} iterated per request would create a new {@code @Dependent} bean each time. */
    private List<LvbCallbackListener> listeners() {
        List<LvbCallbackListener> known = listeners;
        if (known == null) {
            if (listenerBeans == null) {
                known = List.of();
            } else {
                try {
                    List<LvbCallbackListener> found = new java.util.ArrayList<>();
                    listenerBeans.forEach(found::add);
                    known = List.copyOf(found);
                } catch (RuntimeException e) {
                    LOG.debugf(e, "LvbCallbackListener beans could not be resolved; none will be called");
                    known = List.of();
                }
            }
            listeners = known;
        }
        return known;
    }

    private static Response answer(int status, String json) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
    }
}
