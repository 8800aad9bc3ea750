package dev.lvb.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbTransportException;
import jakarta.ws.rs.ProcessingException;

/** How a failure of the REST client becomes the typed exception. */
class LvbInvocationsTest {

    /** Stands for a runtime's own unchecked network failure (Vert.x' HttpClosedException on Quarkus). */
    static final class ConnectionClosed extends RuntimeException {
        ConnectionClosed() {
            super("Connection was closed");
        }
    }

    /** Stands for a runtime's own timeout type. */
    static final class StackTimeout extends RuntimeException {
    }

    final LvbInvocations plain = new LvbInvocations(LvbInvocations.NONE);
    final LvbInvocations quarkusLike = new LvbInvocations(LvbInvocations.NONE, ConnectionClosed.class::isInstance,
            StackTimeout.class::isInstance);

    @Test
    void aRuntimesOwnNetworkFailureIsATransportFailureWhenItsIntegrationNamesTheType() {
        RuntimeException mapped = quarkusLike.failure(LvbInterface.CHANNEL_GET_STATUS, new ConnectionClosed());
        assertThat(mapped).isInstanceOfSatisfying(LvbTransportException.class, e -> {
            assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
            assertThat(e.isTimeout()).isFalse();
        });
        // the same, as the asynchronous path sees it
        assertThat(quarkusLike.failure(LvbInterface.CHANNEL_GET_STATUS,
                new CompletionException(new ConnectionClosed()))).isInstanceOf(LvbTransportException.class);
        assertThat(quarkusLike.failure(LvbInterface.CHANNEL_GET_STATUS, new StackTimeout()))
                .isInstanceOfSatisfying(LvbTransportException.class, e -> assertThat(e.isTimeout()).isTrue());
        // without the integration's predicate it is not guessed from its name
        ConnectionClosed unknown = new ConnectionClosed();
        assertThat(plain.failure(LvbInterface.CHANNEL_GET_STATUS, unknown)).isSameAs(unknown);
    }

    @Test
    void otherUncheckedExceptionsAreNotDisguisedAsTransportFailures() {
        RuntimeException bug = new IllegalArgumentException("a bug");
        assertThat(plain.failure(LvbInterface.CHANNEL_GET_STATUS, bug)).isSameAs(bug);
    }

    @Test
    void timeoutIsRecognisedByType() {
        assertThat(plain.isTimeout(new SocketTimeoutException())).isTrue();
        assertThat(plain.isTimeout(new RuntimeException(new TimeoutException()))).isTrue();
        assertThat(plain.isTimeout(new ProcessingException(new HttpTimeoutException("x")))).isTrue();
        assertThat(plain.isTimeout(new IOException("Connection reset"))).isFalse();
        assertThat(plain.isTimeout(new StackTimeout())).isFalse();
        assertThat(plain.failure(LvbInterface.QUEUE_GET, new ProcessingException(new SocketTimeoutException())))
                .isInstanceOfSatisfying(LvbTransportException.class, e -> assertThat(e.isTimeout()).isTrue());
    }
}
