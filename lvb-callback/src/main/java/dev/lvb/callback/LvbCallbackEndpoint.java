package dev.lvb.callback;

import java.io.InputStream;

import dev.lvb.callback.internal.LvbCallbackHandler;
import dev.lvb.callback.internal.LvbCallbackReceiver;
import dev.lvb.callback.internal.LvbEventDispatcher;
import dev.lvb.callback.internal.LvbReplayGate;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.core.json.LvbBinders;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Receives LVB's event notifications at {@value #DEFAULT_PATH} (relative to the Jakarta REST root; the Quarkus
 * extension does not deploy it, but serves the same receiver as a Vert.x route at {@code quarkus.lvb.callback.path}).
 * Verified events are fired as CDI events before LVB is answered; then every notification, accepted or not, is
 * fired as an {@link LvbNotificationReport} to its synchronous observers (metrics, the Dev UI), whose failures are
 * logged at DEBUG and change nothing. Answers, limits and settings: the "Receiving notifications" page of the
 * documentation.
 * <p>
 * A CDI bean: the application needs Jakarta REST and CDI; an application that lists its resource classes in
 * {@code Application.getClasses()} must list this one too.
 */
@Path(LvbCallbackEndpoint.DEFAULT_PATH)
@ApplicationScoped
public class LvbCallbackEndpoint {

    /** The endpoint's path outside the Quarkus extension. */
    public static final String DEFAULT_PATH = "/lvb/callback";

    private final LvbCallbackReceiver receiver;
    /** Quarkus dev mode only (the extension's replay service); unresolvable everywhere else: no replays. */
    @Inject
    Instance<LvbReplayGate> replayGates;

    /** For the container's proxy. */
    protected LvbCallbackEndpoint() {
        this.receiver = null;
    }

    /**
     * @param settings the receiver's settings
     * @param credentials supplies the callback key
     * @param dedupe remembers delivered events
     * @param dispatcher fires events and reports to the observers
     * @param binders the binders generated at build time (the Quarkus extension's); unresolvable elsewhere: JSON-B
     */
    @Inject
    LvbCallbackEndpoint(LvbCallbackSettings settings, LvbCredentialsProvider credentials, LvbDedupeStore dedupe,
            LvbEventDispatcher dispatcher, Instance<LvbBinders> binders) {
        this.receiver = new LvbCallbackReceiver(settings, credentials, dedupe, dispatcher,
                binders.isResolvable() ? binders.get() : null);
    }

    /** Without generated binders (JSON-B), for tests outside a container. */
    LvbCallbackEndpoint(LvbCallbackSettings settings, LvbCredentialsProvider credentials, LvbDedupeStore dedupe,
            LvbEventDispatcher dispatcher) {
        this.receiver = new LvbCallbackReceiver(settings, credentials, dedupe, dispatcher, null);
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
        LvbNotificationReport report = receiver.receive(contentLength, body,
                replayToken != null && admitsReplay(replayToken));
        return Response.status(report.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(LvbCallbackHandler.answerJson(report)).build();
    }

    /** @return whether a replay gate (dev mode) issued this token; anywhere else the header means nothing */
    private boolean admitsReplay(String token) {
        Instance<LvbReplayGate> gates = replayGates;
        return gates != null && gates.isResolvable() && gates.get().admit(token);
    }
}
