package dev.lvb.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.sun.net.httpserver.HttpServer;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.simulator.CallbackRetryPolicy;
import dev.lvb.simulator.LvbSimulatorConfig;

/** The given/when/then entry point against a receiver that acknowledges, then one that refuses. */
class LvbTestingTest {

    static final String KEY = "testing-callback-key";

    @RegisterExtension
    static final LvbSimulatorExtension LVB = new LvbSimulatorExtension(LvbSimulatorConfig.builder().callbackKey(KEY)
            .callbackRetry(CallbackRetryPolicy.noRetries()).build());

    HttpServer receiver;
    final List<String> bodies = new CopyOnWriteArrayList<>();
    volatile int status = 200;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/lvb/callback", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"code\":0}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    URI callback() {
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/lvb/callback");
    }

    @Test
    void aStreamThatStartsAndStopsNotifiesTheApplicationTwice() {
        List<LvbEvent> events = LvbTesting.given().simulator(LVB.simulator()).callbackUrl(callback())
                .when().streamStarts("anchor_1").streamStops("anchor_1")
                .then().delivered(2);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(StreamBeginEvent.class,
                e -> assertThat(e.streamId()).isEqualTo("anchor_1"));
        assertThat(events.get(1)).isInstanceOf(StreamEndEvent.class);
        assertThat(bodies).hasSize(2).allSatisfy(body -> assertThat(body).contains("\"sign\""));
    }

    @Test
    void thenCountsOnlyWhatFollowedWhen() {
        LVB.simulator().setCallbackUrl(callback());
        LVB.simulator().startPush("before");
        LVB.simulator().awaitCallbacks(1, LvbTesting.DEFAULT_TIMEOUT);

        List<LvbEvent> events = LvbTesting.given().simulator(LVB.simulator())
                .when().streamStarts("after")
                .then().delivered(1);

        assertThat(events).singleElement().extracting(LvbEvent::streamId).isEqualTo("after");
    }

    @Test
    void aRefusedNotificationFailsTheTest() {
        status = 500;
        LvbTesting.When when = LvbTesting.given().simulator(LVB.simulator()).callbackUrl(callback())
                .when().streamStarts("refused");

        assertThatThrownBy(() -> when.then().delivered(1)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("refused").hasMessageContaining("FAILED");
    }

    @Test
    void aStepTheSimulatorRefusesFailsTheTest() {
        assertThatThrownBy(() -> LvbTesting.given().simulator(LVB.simulator()).when().streamStops("never_live"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("never_live");
        assertThatThrownBy(() -> LvbTesting.given().when()).isInstanceOf(IllegalStateException.class);
    }
}
