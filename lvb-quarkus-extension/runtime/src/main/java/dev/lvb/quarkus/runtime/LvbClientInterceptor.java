package dev.lvb.quarkus.runtime;

import dev.lvb.client.LvbCallListener;
import dev.lvb.client.LvbOperation;
import dev.lvb.client.internal.LvbInvocations;
import dev.lvb.core.LvbInterface;
import io.netty.channel.ChannelException;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.VertxException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Surrounds every call of the injected {@code @RestClient LvbApi} and {@code LvbReactiveApi}: the failure becomes the
 * typed exception naming the interface and the application's {@link LvbCallListener} beans (the Micrometer timers
 * among them) hear the call exactly once. Quarkus' REST client runs on Vert.x and Netty, whose failure types are
 * named here so that the client module need not know them.
 */
@LvbOperation(LvbInterface.CHANNEL_GET_STATUS) // the value is @Nonbinding: this binds every LVB operation
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_AFTER)
public class LvbClientInterceptor {

    private final LvbInvocations invocations;

    /** @param listeners the application's call listeners, resolved once */
    @Inject
    public LvbClientInterceptor(@Any Instance<LvbCallListener> listeners) {
        this.invocations = invocations(LvbInvocations.all(listeners.stream().toList()));
    }

    /** @return invocations that recognise Quarkus' network failures and timeouts (also for named accounts' clients) */
    static LvbInvocations invocations(LvbCallListener listener) {
        return new LvbInvocations(listener,
                e -> e instanceof VertxException || e instanceof ChannelException,
                e -> e instanceof ConnectTimeoutException || e instanceof io.netty.handler.timeout.TimeoutException);
    }

    /**
     * @param context the intercepted call
     * @return its result
     * @throws Exception its typed failure
     */
    @AroundInvoke
    public Object call(InvocationContext context) throws Exception {
        return invocations.invoke(context.getMethod(), context.getParameters(), context::proceed);
    }
}
