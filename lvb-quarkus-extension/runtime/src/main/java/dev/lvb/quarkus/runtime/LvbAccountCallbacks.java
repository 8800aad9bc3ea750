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
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.json.LvbBinders;
import dev.lvb.quarkus.LvbAccount;
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
 * Serves each named account's callback endpoint at {@code quarkus.lvb."<name>".callback.path}: the same receiver as
 * the default account's (limits, verification, duplicate filter, reports), with that account's keys, a duplicate
 * filter of its own, and events fired with {@code @LvbAccount("<name>")}. An inactive account's path answers 503.
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
        for (String account : accounts.names()) {
            String path = paths.of(accounts.root(), account);
            String other = taken.putIfAbsent(path, account);
            if (other != null || path.equals(paths.defaultPath())) {
                throw new IllegalStateException("LVB accounts '" + (other == null ? LvbAccountNames.DEFAULT : other)
                        + "' and '" + account + "' have the same callback path " + path + ": set "
                        + LvbAccountNames.property(account, "callback.path"));
            }
            LvbCallbackReceiver endpoint = new LvbCallbackReceiver(settings, accounts.credentials(account),
                    new LvbAccountDedupeStore(dedupe, account),
                    new LvbEventDispatcher(events, beans, LvbAccount.Literal.of(account)),
                    binders.isResolvable() ? binders.get() : null);
            router.post(path).handler(context -> receive(context, account, endpoint));
            LOG.debugf("LVB account '%s' receives notifications at %s", account, path);
        }
    }

    private void receive(RoutingContext context, String account, LvbCallbackReceiver endpoint) {
        if (!accounts.config(account).active()) {
            answer(context, 503, "{\"code\":503,\"message\":\"LVB account " + account + " is inactive\"}");
            return;
        }
        HttpServerRequest request = context.request();
        String contentLength = request.getHeader("Content-Length");
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
                        () -> endpoint.receive(contentLength, new ByteArrayInputStream(body.getBytes()), false), false)
                .onComplete(done -> {
                    if (done.succeeded()) {
                        answer(context, done.result().status(), LvbCallbackHandler.answerJson(done.result()));
                    } else {
                        context.fail(done.cause());
                    }
                }));
        request.resume();
    }

    private static void answer(RoutingContext context, int status, String json) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(json);
    }
}
