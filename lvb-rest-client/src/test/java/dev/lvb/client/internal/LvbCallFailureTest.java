package dev.lvb.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbTransportException;
import io.vertx.core.http.HttpClosedException;

class LvbCallFailureTest {

    @Test
    void aConnectionClosedMidReplyByVertxIsATransportFailure() {
        RuntimeException mapped = LvbCall.failure(LvbInterface.CHANNEL_GET_STATUS,
                new HttpClosedException("Connection was closed"));
        assertThat(mapped).isInstanceOfSatisfying(LvbTransportException.class, e -> {
            assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
            assertThat(e.isTimeout()).isFalse();
        });
        // the same, as the async path sees it
        assertThat(LvbCall.failure(LvbInterface.CHANNEL_GET_STATUS,
                new CompletionException(new HttpClosedException("Connection was closed"))))
                .isInstanceOf(LvbTransportException.class);
    }

    @Test
    void otherUncheckedExceptionsAreNotDisguisedAsTransportFailures() {
        RuntimeException bug = new IllegalArgumentException("a bug");
        assertThat(LvbCall.failure(LvbInterface.CHANNEL_GET_STATUS, bug)).isSameAs(bug);
    }
}
