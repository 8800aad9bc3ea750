package dev.lvb.quarkus.runtime;

import dev.lvb.client.cloud.LvbCloudCall;
import dev.lvb.client.cloud.LvbCloudCallListener;
import dev.lvb.client.cloud.internal.LvbCloudInvocations;
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
 * Surrounds every call of the injected {@code @RestClient LvbCloudApi}, blocking or {@code Uni}: its failure becomes
 * the typed exception ({@code LvbTransportException}, {@code LvbCloudException}, {@code LvbHttpException},
 * {@code LvbProtocolException}) and the application's {@link LvbCloudCallListener} beans (the Micrometer timers among
 * them) hear the call exactly once. Vert.x' and Netty's failure types are named here so that the client module need
 * not know them.
 */
@LvbCloudCall
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_AFTER)
public class LvbCloudClientInterceptor {

    private final LvbCloudInvocations invocations;

    /** @param listeners the application's call listeners, resolved once */
    @Inject
    public LvbCloudClientInterceptor(@Any Instance<LvbCloudCallListener> listeners) {
        this.invocations = new LvbCloudInvocations(listeners.stream().toList(),
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
        return invocations.invoke(context.getMethod(), context::proceed);
    }
}
