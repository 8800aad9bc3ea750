package dev.lvb.client.cloud.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Method;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import dev.lvb.client.LvbCallOutcome;
import dev.lvb.client.cloud.LvbCloudApi;
import dev.lvb.client.cloud.LvbCloudCallListener;
import dev.lvb.client.cloud.LvbCloudSettingsException;
import dev.lvb.core.cloud.LvbCloudAction;
import dev.lvb.core.cloud.model.DescribeLiveStreamStateRequest;
import dev.lvb.core.cloud.model.DescribeLiveStreamStateResponse;
import dev.lvb.core.cloud.model.DropLiveStreamRequest;
import dev.lvb.core.error.LvbCloudException;
import dev.lvb.core.error.LvbTransportException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.ProcessingException;

class LvbCloudInvocationsTest {

    /** Stands for a runtime's own network failure types (Vert.x, Netty), which the client module cannot name. */
    static final class RuntimeNetworkFailure extends RuntimeException {
        final boolean timeout;

        RuntimeNetworkFailure(boolean timeout) {
            super(timeout ? "timed out" : "reset");
            this.timeout = timeout;
        }
    }

    final List<String> heard = new CopyOnWriteArrayList<>();
    final LvbCloudCallListener listener = (action, duration, failure) -> heard
            .add(action.wireName() + ":" + LvbCallOutcome.of(failure).tag());
    final LvbCloudInvocations invocations = new LvbCloudInvocations(List.of(listener, (a, d, f) -> {
        throw new IllegalStateException("a broken listener changes nothing");
    }), e -> e instanceof RuntimeNetworkFailure, e -> e instanceof RuntimeNetworkFailure r && r.timeout);

    static Method method(String name, Class<?> parameter) throws NoSuchMethodException {
        return LvbCloudApi.class.getMethod(name, parameter);
    }

    @Test
    void theActionIsTheMethodsXTcActionHeader() throws Exception {
        assertThat(LvbCloudInvocations.action(method("describeLiveStreamState", DescribeLiveStreamStateRequest.class)))
                .isEqualTo(LvbCloudAction.DESCRIBE_LIVE_STREAM_STATE);
        assertThat(LvbCloudInvocations.action(method("dropLiveStreamAsync", DropLiveStreamRequest.class)))
                .isEqualTo(LvbCloudAction.DROP_LIVE_STREAM);
        assertThat(LvbCloudInvocations.action(Object.class.getMethod("toString"))).isNull();
    }

    @Test
    void blockingFailuresAreTypedAndHeardOnce() throws Exception {
        Method m = method("describeLiveStreamState", DescribeLiveStreamStateRequest.class);
        Throwable timeout = catchThrowable(() -> invocations.invoke(m, () -> {
            throw new ProcessingException(new SocketTimeoutException("read timed out"));
        }));
        assertThat(timeout).isInstanceOfSatisfying(LvbTransportException.class, e -> {
            assertThat(e.isTimeout()).isTrue();
            assertThat(e.interfaceName()).isEqualTo("DescribeLiveStreamState");
        });
        Throwable reset = catchThrowable(() -> invocations.invoke(m, () -> {
            throw new RuntimeNetworkFailure(false);
        }));
        assertThat(reset).isInstanceOfSatisfying(LvbTransportException.class, e -> assertThat(e.isTimeout()).isFalse());
        Throwable runtimeTimeout = catchThrowable(() -> invocations.invoke(m, () -> {
            throw new ProcessingException(new RuntimeNetworkFailure(true));
        }));
        assertThat(runtimeTimeout).isInstanceOfSatisfying(LvbTransportException.class,
                e -> assertThat(e.isTimeout()).isTrue());
        LvbCloudException cloud = new LvbCloudException("DescribeLiveStreamState", "RequestLimitExceeded", "slow down",
                "r-1");
        assertThat(catchThrowable(() -> invocations.invoke(m, () -> {
            throw new ProcessingException(cloud);
        }))).isSameAs(cloud);
        LvbCloudSettingsException settings = new LvbCloudSettingsException("no SecretId", null);
        assertThat(catchThrowable(() -> invocations.invoke(m, () -> {
            throw settings;
        }))).isSameAs(settings);
        assertThat(invocations.invoke(m, () -> "ok")).isEqualTo("ok");
        assertThat(heard).containsExactly("DescribeLiveStreamState:timeout", "DescribeLiveStreamState:transport_error",
                "DescribeLiveStreamState:timeout", "DescribeLiveStreamState:cloud_error",
                "DescribeLiveStreamState:configuration_error", "DescribeLiveStreamState:success");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUniIsMappedAndHeardPerSubscription() throws Exception {
        Method m = method("describeLiveStreamStateAsync", DescribeLiveStreamStateRequest.class);
        Uni<DescribeLiveStreamStateResponse> uni = (Uni<DescribeLiveStreamStateResponse>) invocations.invoke(m,
                () -> Uni.createFrom().failure(new RuntimeNetworkFailure(true)));
        assertThat(heard).as("nothing before a subscription").isEmpty();
        for (int i = 0; i < 2; i++) {
            assertThat(catchThrowable(() -> uni.await().atMost(Duration.ofSeconds(10))))
                    .isInstanceOfSatisfying(LvbTransportException.class, e -> assertThat(e.isTimeout()).isTrue());
        }
        Uni<String> ok = (Uni<String>) invocations.invoke(m, () -> Uni.createFrom().item("active"));
        assertThat(ok.await().atMost(Duration.ofSeconds(10))).isEqualTo("active");
        assertThat(heard).containsExactly("DescribeLiveStreamState:timeout", "DescribeLiveStreamState:timeout",
                "DescribeLiveStreamState:success");
    }

    @Test
    void aMethodWithoutActionPassesThrough() throws Exception {
        RuntimeException odd = new RuntimeException("odd");
        assertThat(catchThrowable(() -> invocations.invoke(Object.class.getMethod("toString"), () -> {
            throw odd;
        }))).isSameAs(odd);
        assertThat(heard).isEmpty();
    }
}
