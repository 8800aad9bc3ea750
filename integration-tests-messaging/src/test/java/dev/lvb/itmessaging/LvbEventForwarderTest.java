package dev.lvb.itmessaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;

/** The forwarder returns only on the channel's acknowledgement; a refusal or silence fails it (LVB gets 500). */
class LvbEventForwarderTest {

    /** A channel whose answer to every message the test decides. */
    static final class ScriptedEmitter implements Emitter<String> {
        final List<String> sent = new ArrayList<>();
        final CompletableFuture<Void> answer = new CompletableFuture<>();

        @Override
        public CompletionStage<Void> send(String payload) {
            sent.add(payload);
            return answer;
        }

        @Override
        public <M extends Message<? extends String>> void send(M msg) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void complete() {
        }

        @Override
        public void error(Exception e) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean hasRequests() {
            return true;
        }
    }

    static final LvbEvent EVENT = LvbEvents.fromJson(ForwardToChannelTest.begin("unit-1"));

    @Test
    void returnsOnceAcknowledged() throws Exception {
        ScriptedEmitter channel = new ScriptedEmitter();
        channel.answer.complete(null);
        new LvbEventForwarder(channel, Duration.ofSeconds(5)).forward(EVENT);
        assertThat(channel.sent).hasSize(1);
        assertThat(channel.sent.get(0)).contains("\"stream_id\":\"unit-1\"");
    }

    @Test
    void aRefusalFailsTheObserver() {
        ScriptedEmitter channel = new ScriptedEmitter();
        channel.answer.completeExceptionally(new IllegalStateException("broker refused"));
        assertThatThrownBy(() -> new LvbEventForwarder(channel, Duration.ofSeconds(5)).forward(EVENT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("refused")
                .hasRootCauseMessage("broker refused");
    }

    @Test
    void noAcknowledgementInTimeFailsTheObserver() {
        ScriptedEmitter channel = new ScriptedEmitter(); // never answers
        assertThatThrownBy(() -> new LvbEventForwarder(channel, Duration.ofMillis(50)).forward(EVENT))
                .isInstanceOf(TimeoutException.class);
    }
}
