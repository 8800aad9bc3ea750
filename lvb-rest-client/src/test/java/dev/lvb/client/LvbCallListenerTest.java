package dev.lvb.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbFrontEndException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbMixException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.core.error.LvbValidationException;
import dev.lvb.core.model.StreamStatusRequest;
import io.smallrye.mutiny.Uni;

/**
 * {@link LvbCallListener} beans of the running CDI container hear about every call exactly once, with its interface,
 * duration and outcome, and can never change a call's result. Runs on RESTEasy with a stand-in CDI container.
 */
class LvbCallListenerTest extends LvbWireMockSupport {

    static final Duration WAIT = Duration.ofSeconds(10);

    record Heard(LvbInterface api, Duration duration, Throwable failure, String thread) {
        LvbCallOutcome outcome() {
            return LvbCallOutcome.of(failure);
        }
    }

    static final class Recording implements LvbCallListener {
        final List<Heard> heard = new CopyOnWriteArrayList<>();

        @Override
        public void onCall(LvbInterface api, Duration duration, Throwable failure) {
            heard.add(new Heard(api, duration, failure, Thread.currentThread().getName()));
        }
    }

    final Recording recording = new Recording();

    @BeforeEach
    void listen() {
        LISTENING.add(recording);
    }

    @AfterEach
    void stopListening() {
        LISTENING.clear();
    }

    /** Runs the call, expects the failure type, and returns the one notification it caused. */
    Heard failedOnce(Runnable call, Class<? extends Throwable> type, LvbCallOutcome outcome) {
        recording.heard.clear();
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(type);
        assertThat(recording.heard).as("notifications of one call").hasSize(1);
        Heard heard = recording.heard.get(0);
        assertThat(heard.failure()).as("the listener sees what the caller gets").isSameAs(thrown);
        assertThat(heard.outcome()).isEqualTo(outcome);
        return heard;
    }

    // ---- success, blocking and reactive --------------------------------------------------------------------

    @Test
    void aSuccessfulCallIsHeardOnceWithItsInterfaceAndDuration() {
        stubFcgi(json(LvbApiWireTest.STATUS).withFixedDelay(50));
        assertThat(lvb.getStatus("8888_live1").isLive()).isTrue();
        assertThat(recording.heard).singleElement().satisfies(h -> {
            assertThat(h.api()).isEqualTo(LvbInterface.CHANNEL_GET_STATUS);
            assertThat(h.failure()).isNull();
            assertThat(h.outcome()).isEqualTo(LvbCallOutcome.SUCCESS);
            assertThat(h.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(50)).isLessThan(WAIT);
        });
        lvb.ban("8888_live1"); // a call without output, through a convenience method
        assertThat(recording.heard).extracting(Heard::api).containsExactly(LvbInterface.CHANNEL_GET_STATUS,
                LvbInterface.CHANNEL_SET_STATUS);
    }

    @Test
    void aReactiveCallIsHeardOncePerSubscriptionBeforeTheSubscriberGetsTheItem() {
        stubFcgi(json(LvbApiWireTest.STATUS));
        Uni<dev.lvb.core.model.StreamStatus> uni = reactive(lvb).getStatus("8888_live1");
        assertThat(recording.heard).as("nothing before subscription").isEmpty();
        List<Integer> heardWhenItemArrived = new CopyOnWriteArrayList<>();
        uni.invoke(item -> heardWhenItemArrived.add(recording.heard.size())).await().atMost(WAIT);
        uni.await().atMost(WAIT);
        assertThat(heardWhenItemArrived).containsExactly(1);
        assertThat(recording.heard).hasSize(2).allSatisfy(h -> {
            assertThat(h.api()).isEqualTo(LvbInterface.CHANNEL_GET_STATUS);
            assertThat(h.outcome()).isEqualTo(LvbCallOutcome.SUCCESS);
        });
    }

    @Test
    void reactiveFailuresAreHeardOnceAsWhatTheSubscriberGets() {
        stubFcgi(json("{\"ret\":20601,\"message\":\"stream never pushed\"}"));
        failedOnce(() -> reactive(lvb).getStatus("8888_live1").await().atMost(WAIT), LvbApiException.class,
                LvbCallOutcome.LVB_ERROR);
        wireMock.resetAll();
        stubFcgi(json("{\"code\":-505,\"message\":\"input stream not exist\"}"));
        failedOnce(() -> reactive(lvb).startMix(LvbMixingTest.specExample()).await().atMost(WAIT),
                LvbMixException.class, LvbCallOutcome.MIX_ERROR);
        // refused while building the call: reported with its interface, nothing sent
        wireMock.resetRequests();
        Heard invalid = failedOnce(() -> reactive(lvb).ban("bad id").await().atMost(WAIT),
                LvbValidationException.class, LvbCallOutcome.VALIDATION_ERROR);
        assertThat(invalid.api()).isEqualTo(LvbInterface.CHANNEL_SET_STATUS);
        assertThat(invalid.duration()).isEqualTo(Duration.ZERO);
        Heard missing = failedOnce(() -> reactive(lvb).getStatus((StreamStatusRequest) null).await().atMost(WAIT),
                NullPointerException.class, LvbCallOutcome.OTHER);
        assertThat(missing.api()).isEqualTo(LvbInterface.CHANNEL_GET_STATUS);
        assertThat(requests()).isEmpty();
    }

    // ---- every failure family --------------------------------------------------------------------------------

    @Test
    void lvbErrors() {
        stubFcgi(json("{\"ret\":20601,\"message\":\"stream never pushed\"}"));
        Heard h = failedOnce(() -> lvb.getStatus("8888_live1"), LvbApiException.class, LvbCallOutcome.LVB_ERROR);
        assertThat(h.api()).isEqualTo(LvbInterface.CHANNEL_GET_STATUS);
    }

    @Test
    void frontEndRefusals() {
        stubStatcgi(json("{\"ret\":-1,\"errmsg\":\"sign invalid\"}"));
        Heard h = failedOnce(() -> lvb.getLivePlayStat(), LvbFrontEndException.class,
                LvbCallOutcome.FRONT_END_ERROR);
        assertThat(h.api()).isEqualTo(LvbInterface.GET_LIVE_PLAY_STAT);
    }

    @Test
    void mixingErrors() {
        stubFcgi(json("{\"code\":-505,\"message\":\"input stream not exist\",\"timestamp\":1490079362}"));
        Heard h = failedOnce(() -> lvb.startMix(LvbMixingTest.specExample()), LvbMixException.class,
                LvbCallOutcome.MIX_ERROR);
        assertThat(h.api()).isEqualTo(LvbInterface.MIX_START);
    }

    @Test
    void httpErrors() {
        stubFcgi(aResponse().withStatus(502).withBody("bad gateway"));
        failedOnce(() -> lvb.getLiveChannelList(), LvbHttpException.class, LvbCallOutcome.HTTP_ERROR);
    }

    @Test
    void protocolErrors() {
        stubFcgi(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html></html>"));
        failedOnce(() -> lvb.getStatus("8888_live1"), LvbProtocolException.class, LvbCallOutcome.PROTOCOL_ERROR);
    }

    @Test
    void transportErrors() throws IOException {
        stubFcgi(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        failedOnce(() -> lvb.getStatus("8888_live1"), LvbTransportException.class, LvbCallOutcome.TRANSPORT_ERROR);
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        LvbApi nowhere = client(URI.create("http://127.0.0.1:" + port), settings().withStatcgiUrl(null));
        try {
            failedOnce(() -> nowhere.getStatus("8888_live1"), LvbTransportException.class,
                    LvbCallOutcome.TRANSPORT_ERROR);
            failedOnce(() -> reactive(nowhere).getStatus("8888_live1").await().atMost(WAIT),
                    LvbTransportException.class, LvbCallOutcome.TRANSPORT_ERROR);
        } finally {
            LvbClients.close(nowhere);
        }
    }

    @Test
    void timeouts() {
        stubFcgi(json(LvbApiWireTest.STATUS).withFixedDelay(2000));
        LvbApi impatient = LvbClients.build(RestClientBuilder.newBuilder().baseUri(fcgiUrl())
                .readTimeout(200, TimeUnit.MILLISECONDS), settings(), LISTENERS);
        try {
            Heard h = failedOnce(() -> impatient.getStatus("8888_live1"), LvbTransportException.class,
                    LvbCallOutcome.TIMEOUT);
            assertThat(h.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        } finally {
            LvbClients.close(impatient);
        }
    }

    @Test
    void validationFailuresCountAsCallsAndSendNothing() {
        stubAll(json(LvbApiWireTest.OK));
        Heard status = failedOnce(() -> lvb.getStatus("bad id"), LvbValidationException.class,
                LvbCallOutcome.VALIDATION_ERROR);
        assertThat(status.api()).isEqualTo(LvbInterface.CHANNEL_GET_STATUS);
        assertThat(status.duration()).isEqualTo(Duration.ZERO);
        assertThat(failedOnce(() -> lvb.drop(null), LvbValidationException.class, LvbCallOutcome.VALIDATION_ERROR)
                .api()).isEqualTo(LvbInterface.CHANNEL_SET_STATUS);
        assertThat(failedOnce(() -> lvb.forbid("8888_live1", null), LvbValidationException.class,
                LvbCallOutcome.VALIDATION_ERROR).api()).isEqualTo(LvbInterface.CHANNEL_MANAGER);
        assertThat(failedOnce(() -> lvb.resume(""), LvbValidationException.class, LvbCallOutcome.VALIDATION_ERROR)
                .api()).isEqualTo(LvbInterface.CHANNEL_MANAGER);
        // a missing request is still the same NullPointerException, now reported as a call
        assertThat(failedOnce(() -> lvb.getStatus((StreamStatusRequest) null), NullPointerException.class,
                LvbCallOutcome.OTHER).failure()).hasMessage("request");
        assertThat(failedOnce(() -> lvb.startMix(null), NullPointerException.class, LvbCallOutcome.OTHER).api())
                .isEqualTo(LvbInterface.MIX_START);
        assertThat(requests()).isEmpty();
    }

    @Test
    void configurationErrors() {
        stubAll(json(LvbApiWireTest.STATUS));
        LvbApi failing = LvbClients.create(fcgiUrl(), LvbClientSettings.of(() -> {
            throw new IllegalStateException("vault sealed");
        }), LISTENERS);
        try {
            failedOnce(() -> failing.getStatus("8888_live1"), IllegalStateException.class,
                    LvbCallOutcome.CONFIGURATION_ERROR);
        } finally {
            LvbClients.close(failing);
        }
    }

    // ---- listeners cannot break calls ------------------------------------------------------------------------

    @Test
    void aThrowingListenerChangesNoResultAndTheOthersAreStillHeard() {
        LvbCallListener throwing = (api, duration, failure) -> {
            throw new IllegalStateException("listener bug");
        };
        LvbCallListener erring = (api, duration, failure) -> {
            throw new NoClassDefFoundError("io/micrometer/Missing");
        };
        LISTENING.clear();
        LvbApi lvb = LvbClients.create(fcgiUrl(), settings(), throwing, recording, erring);
        try {

        stubFcgi(json(LvbApiWireTest.STATUS));
        assertThat(lvb.getStatus("8888_live1").isLive()).isTrue();
        assertThat(reactive(lvb).getStatus("8888_live1").await().atMost(WAIT).isLive()).isTrue();
        wireMock.resetAll();
        stubFcgi(json("{\"ret\":20601,\"message\":\"stream never pushed\"}"));
        assertThat(catchThrowable(() -> lvb.getStatus("8888_live1"))).isInstanceOf(LvbApiException.class);
        assertThat(catchThrowable(() -> reactive(lvb).getStatus("8888_live1").await().atMost(WAIT)))
                .isInstanceOf(LvbApiException.class);
        assertThat(catchThrowable(() -> lvb.getStatus("bad id"))).isInstanceOf(LvbValidationException.class);
        assertThat(recording.heard).extracting(Heard::outcome).containsExactly(LvbCallOutcome.SUCCESS,
                LvbCallOutcome.SUCCESS, LvbCallOutcome.LVB_ERROR, LvbCallOutcome.LVB_ERROR,
                LvbCallOutcome.VALIDATION_ERROR);
        } finally {
            LvbClients.close(lvb);
        }
    }

    @Test
    void aSingleThrowingListenerChangesNoResult() {
        LvbApi lvb = LvbClients.create(fcgiUrl(), settings(), (api, duration, failure) -> {
            throw new IllegalStateException("listener bug");
        });
        try {
            stubFcgi(json(LvbApiWireTest.STATUS));
            assertThat(lvb.getStatus("8888_live1").isLive()).isTrue();
            assertThat(reactive(lvb).getStatus("8888_live1").await().atMost(WAIT).isLive()).isTrue();
        } finally {
            LvbClients.close(lvb);
        }
    }

    // ---- the listeners of a client ---------------------------------------------------------------------------

    @Test
    void theListenersGivenToTheClientAreCalledInOrderAndAClientWithoutListenersCallsNone() {
        stubFcgi(json(LvbApiWireTest.STATUS));
        List<String> order = new CopyOnWriteArrayList<>();
        LvbApi two = LvbClients.create(fcgiUrl(), settings(), (api, d, f) -> order.add("first " + api.wireName()),
                (api, d, f) -> order.add("second " + api.wireName()));
        LvbApi none = LvbClients.create(fcgiUrl(), settings());
        try {
            two.getStatus("8888_live1");
            assertThat(reactive(two).getStatus("8888_live1").await().atMost(WAIT).isLive()).isTrue();
            assertThat(order).containsExactly("first Live_Channel_GetStatus", "second Live_Channel_GetStatus",
                    "first Live_Channel_GetStatus", "second Live_Channel_GetStatus");
            LISTENING.clear();
            assertThat(none.getStatus("8888_live1").isLive()).isTrue();
            assertThat(catchThrowable(() -> none.getStatus("bad id"))).isInstanceOf(LvbValidationException.class);
            assertThat(order).hasSize(4);
            assertThat(recording.heard).isEmpty();
        } finally {
            LvbClients.close(two);
            LvbClients.close(none);
        }
    }

    @Test
    void outcomesOfOtherFailures() {
        Supplier<Throwable> npe = NullPointerException::new;
        assertThat(LvbCallOutcome.of(npe.get())).isEqualTo(LvbCallOutcome.OTHER);
        assertThat(LvbCallOutcome.of(null)).isEqualTo(LvbCallOutcome.SUCCESS);
        assertThat(LvbCallOutcome.of(new IllegalStateException("not from the client"))).isEqualTo(
                LvbCallOutcome.OTHER);
        assertThat(LvbCallOutcome.TIMEOUT.tag()).isEqualTo("timeout");
        assertThat(LvbCallOutcome.FRONT_END_ERROR.tag()).isEqualTo("front_end_error");
    }
}
