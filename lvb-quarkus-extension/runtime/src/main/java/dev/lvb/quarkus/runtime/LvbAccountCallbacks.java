package dev.lvb.quarkus.runtime;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import org.jboss.logging.Logger;

import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.callback.LvbDedupeStore;
import dev.lvb.callback.LvbNotificationReport;
import dev.lvb.callback.internal.LvbCallbackHandler;
import dev.lvb.callback.internal.LvbCallbackReceiver;
import dev.lvb.callback.internal.LvbEventDispatcher;
import dev.lvb.callback.internal.LvbReplayGate;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.json.LvbBinders;
import dev.lvb.quarkus.LvbAccount;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Serves every account's callback endpoint as a Vert.x route: the default account's at {@code quarkus.lvb.callback.path}
 * (below {@code quarkus.rest.path}, where a Jakarta REST resource would be), each named account's at
 * {@code quarkus.lvb."<name>".callback.path}, with that account's keys, a duplicate filter of its own, and events fired
 * with {@code @LvbAccount("<name>")}. An inactive named account's path answers 503.
 * <p>
 * A route rather than the Jakarta REST resource {@code LvbCallbackEndpoint} (which other servers deploy): the body is
 * read on the event loop, capped at the limit, and only then handed to a worker, instead of a worker blocking on an
 * {@code InputStream} fed chunk by chunk from the event loop. Measured: 1.16-1.23x the throughput of a bare Jakarta
 * REST endpoint, against 0.71-0.78x through the resource (benchmarks/PROFILE.md).
 */
@Singleton
public class LvbAccountCallbacks {

    private static final Logger LOG = Logger.getLogger("dev.lvb.quarkus");

    @Inject
    LvbAccounts accounts;
    @Inject
    LvbCallbackPaths paths;
    @Inject
    LvbCallbackSettings settings;
    @Inject
    LvbDedupeStore dedupe;
    /** The default account's keys and events (unqualified), as the resource had them. */
    @Inject
    LvbCredentialsProvider defaultCredentials;
    @Inject
    LvbEventDispatcher defaultDispatcher;
    /** Quarkus dev mode only (the Dev UI's replays of the default account); unresolvable elsewhere. */
    @Inject
    Instance<LvbReplayGate> replayGates;
    /** {@code @Any}: a named account's events carry its qualifier, not {@code @Default}. */
    @Inject
    @Any
    Event<LvbEvent> events;
    @Inject
    BeanManager beans;
    /** The binders generated at build time; absent only where the extension did not generate them. */
    @Inject
    Instance<LvbBinders> binders;

    void routes(@Observes Router router) {
        if (!paths.enabled()) {
            return;
        }
        Map<String, String> taken = new HashMap<>();
        LvbBinders generated = binders.isResolvable() ? binders.get() : null;
        String defaultRoute = paths.defaultRoute();
        LvbCallbackReceiver defaultEndpoint = new LvbCallbackReceiver(settings, defaultCredentials, dedupe,
                defaultDispatcher, generated);
        serve(router, defaultRoute, context -> receive(context, null, defaultEndpoint));
        taken.put(defaultRoute, LvbAccountNames.DEFAULT);
        LOG.debugf("LVB's default account receives notifications at %s", defaultRoute);
        for (String account : accounts.names()) {
            String path = paths.of(accounts.root(), account);
            String other = taken.putIfAbsent(path, account);
            if (other != null) {
                throw new IllegalStateException("LVB accounts '" + other
                        + "' and '" + account + "' have the same callback path " + path + ": set "
                        + LvbAccountNames.property(account, "callback.path"));
            }
            LvbCallbackReceiver endpoint = new LvbCallbackReceiver(settings, accounts.credentials(account),
                    new LvbAccountDedupeStore(dedupe, account),
                    new LvbEventDispatcher(events, beans, LvbAccount.Literal.of(account)), generated);
            serve(router, path, context -> receive(context, account, endpoint));
            LOG.debugf("LVB account '%s' receives notifications at %s", account, path);
        }
    }

    /** POST is served; any other method gets 405 with {@code Allow: POST}, as from a Jakarta REST resource. */
    private static void serve(Router router, String path, Handler<RoutingContext> post) {
        router.post(path).handler(post);
        router.route(path).handler(context -> context.response().setStatusCode(405).putHeader("Allow", "POST").end());
    }

    /**
     * @param account a named account, {@code null} for the default one (whose inactivity the receiver reports, as
     *        the resource did, and which alone takes the Dev UI's replays)
     */
    private void receive(RoutingContext context, String account, LvbCallbackReceiver endpoint) {
        if (account != null && !accounts.config(account).active()) {
            answer(context, 503, "{\"code\":503,\"message\":\"LVB account " + account + " is inactive\"}");
            return;
        }
        HttpServerRequest request = context.request();
        String contentLength = request.getHeader("Content-Length");
        String replayToken = account == null ? request.getHeader(LvbReplayGate.HEADER) : null;
        int limit = settings.maxBodyBytes();
        // At most limit + 1 bytes kept: the receiver answers 413 to a longer body without more being buffered.
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (body.length() <= limit) {
                body.appendBuffer(chunk.length() > limit + 1 - body.length()
                        ? chunk.getBuffer(0, limit + 1 - body.length())
                        : chunk);
            }
        });
        request.exceptionHandler(context::fail);
        request.endHandler(end -> context.vertx()
                .<LvbNotificationReport>executeBlocking(
                        () -> endpoint.receive(contentLength, new ByteArrayInputStream(body.getBytes()),
                                replayToken != null && admitsReplay(replayToken)),
                        false)
                .onComplete(done -> {
                    if (done.succeeded()) {
                        answer(context, done.result().status(), LvbCallbackHandler.answerJson(done.result()));
                    } else {
                        context.fail(done.cause());
                    }
                }));
        request.resume();
    }

    private boolean admitsReplay(String token) {
        return replayGates.isResolvable() && replayGates.get().admit(token);
    }

    private static void answer(RoutingContext context, int status, String json) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(json);
    }
}
