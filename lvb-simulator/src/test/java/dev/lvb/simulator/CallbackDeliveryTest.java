package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.LvbSignatureVerifier;
import dev.lvb.core.LvbVerification;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.StreamAction;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Event notifications: signed bodies, LVB's acknowledgement rule, retries, ordering, asynchrony. */
class CallbackDeliveryTest {

    static final String CALLBACK_KEY = "callback-key-0123456789";

    AdjustableClock clock;
    CallbackReceiver receiver;
    LvbSimulator sim;

    @BeforeEach
    void setUp() {
        clock = AdjustableClock.at(Lvb.T0);
        receiver = new CallbackReceiver(CALLBACK_KEY, clock);
    }

    @AfterEach
    void tearDown() {
        if (sim != null) {
            sim.close();
        }
        receiver.close();
    }

    private LvbSimulator start(CallbackRetryPolicy policy) {
        sim = LvbSimulator.start(Lvb.testConfig(clock).callbackKey(CALLBACK_KEY).callbackUrl(receiver.url())
                .callbackRetry(policy).build());
        return sim;
    }

    @Test
    void beginAndEndAreSignedWithTheCallbackKeyAndShapedLikeLvb() throws Exception {
        start(CallbackRetryPolicy.of(3, Duration.ofMillis(20)));
        PushResult push = sim.startPush("1000_a", new PushOptions("203.0.113.10", "txSecret=abc&txTime=5CEBE4B7", null));
        clock.advance(Duration.ofSeconds(61));
        sim.stopPush("1000_a");

        List<CallbackReceiver.Received> got = receiver.await(2, Duration.ofSeconds(5));
        assertThat(got).allSatisfy(r -> {
            assertThat(r.verification().accepted()).isTrue();
            assertThat(r.contentType()).startsWith("application/json");
        });
        JsonObject begin = got.get(0).body();
        assertThat(begin.keySet()).containsExactlyInAnyOrder("app", "appname", "appid", "channel_id", "stream_id",
                "event_type", "event_time", "sequence", "node", "user_ip", "stream_param", "errcode", "errmsg", "t",
                "sign");
        assertThat(begin.getInt("event_type")).isEqualTo(1);
        assertThat(begin.getJsonNumber("t").longValue()).isEqualTo(Lvb.T0.getEpochSecond() + 600);
        assertThat(begin.getString("sequence")).isEqualTo(push.sequence());
        assertThat(begin.getString("app")).isEqualTo(sim.config().pushDomain());
        assertThat(begin.getString("appname")).isEqualTo("live");
        assertThat(begin.getJsonNumber("appid").longValue()).isEqualTo(sim.config().appId());
        assertThat(begin.getString("user_ip")).isEqualTo("203.0.113.10");
        assertThat(begin.getString("stream_param")).isEqualTo("txSecret=abc&txTime=5CEBE4B7");

        JsonObject end = got.get(1).body();
        assertThat(end.getInt("event_type")).isZero();
        assertThat(end.getString("sequence")).isEqualTo(push.sequence());
        assertThat(end.get("push_duration").getValueType()).isEqualTo(JsonValue.ValueType.STRING);
        assertThat(end.getString("push_duration")).isEqualTo("61000");
        assertThat(end.getInt("errcode")).isEqualTo(1);
        assertThat(end.getString("errmsg")).isEqualTo("recv rtmp deleteStream");
        assertThat(end.getJsonNumber("event_time").longValue()).isEqualTo(Lvb.T0.getEpochSecond() + 61);

        // Typed, through lvb-core.
        StreamBeginEvent b = (StreamBeginEvent) LvbEvents.fromJson(begin);
        StreamEndEvent e = (StreamEndEvent) LvbEvents.fromJson(end);
        assertThat(b.streamId()).isEqualTo("1000_a");
        assertThat(e.pushDuration()).isEqualTo(61000L);

        // Not signed with the API key.
        LvbVerification withApiKey = new LvbSignatureVerifier(clock, Duration.ZERO, Duration.ofMinutes(10))
                .verify(sim.config().apiKey(), begin.get("t"), begin.getString("sign"));
        assertThat(withApiKey.accepted()).isFalse();

        List<CallbackRecord> log = sim.awaitCallbacks(2, Duration.ofSeconds(5));
        assertThat(log).extracting(CallbackRecord::state).containsOnly(CallbackRecord.State.DELIVERED);
        assertThat(log.get(0).body()).isEqualTo(begin);
        assertThat(log.get(0).url()).isEqualTo(receiver.url());
    }

    @Test
    void withoutACallbackKeyTheApiKeySigns() throws Exception {
        sim = LvbSimulator.start(Lvb.testConfig(clock).callbackUrl(receiver.url()).build());
        sim.startPush("1000_a");
        JsonObject body = receiver.await(1, Duration.ofSeconds(5)).get(0).body();
        assertThat(new LvbSignatureVerifier(clock, Duration.ZERO, Duration.ofMinutes(10))
                .verify(sim.config().apiKey(), body.get("t"), body.getString("sign")).accepted()).isTrue();
    }

    @Test
    void retriesUntilHttp200WithCodeZero() throws Exception {
        receiver.answer(CallbackReceiver.Reply.of(500, "oops"), CallbackReceiver.Reply.of(200, "{\"code\":1}"),
                CallbackReceiver.Reply.of(200, "ok"));
        start(CallbackRetryPolicy.of(3, Duration.ofMillis(20)));
        sim.startPush("1000_a");

        CallbackRecord record = sim.awaitCallbacks(1, Duration.ofSeconds(5)).get(0);
        assertThat(record.state()).isEqualTo(CallbackRecord.State.DELIVERED);
        assertThat(record.attempts()).extracting(CallbackAttempt::httpStatus).containsExactly(500, 200, 200, 200);
        assertThat(record.attempts()).extracting(CallbackAttempt::success).containsExactly(false, false, false, true);
        assertThat(record.attempts().get(0).error()).contains("500");
        assertThat(record.attempts().get(1).error()).contains("code");
        assertThat(record.attempts().get(1).responseBody()).isEqualTo("{\"code\":1}");
        assertThat(record.attempts().get(3).error()).isNull();
        assertThat(record.attempts()).extracting(CallbackAttempt::number).containsExactly(1, 2, 3, 4);
        // Each attempt carried the same signed body.
        List<CallbackReceiver.Received> got = receiver.received();
        assertThat(got).hasSize(4);
        assertThat(got).extracting(CallbackReceiver.Received::body).containsOnly(got.get(0).body());
    }

    @Test
    void givesUpAfterThePolicy() throws Exception {
        receiver.answer(CallbackReceiver.Reply.of(503, ""), CallbackReceiver.Reply.of(404, ""),
                CallbackReceiver.Reply.of(200, "{\"code\":100}"));
        start(CallbackRetryPolicy.of(2, Duration.ofMillis(20)));
        sim.startPush("1000_a");
        CallbackRecord record = sim.awaitCallbacks(1, Duration.ofSeconds(5)).get(0);
        assertThat(record.state()).isEqualTo(CallbackRecord.State.FAILED);
        assertThat(record.attempts()).hasSize(3);
        assertThat(receiver.received()).hasSize(3);
    }

    @Test
    void acceptsCodeZeroAsAString() {
        receiver.answer(CallbackReceiver.Reply.of(200, "{\"code\":\"0\",\"message\":\"ok\"}"));
        start(CallbackRetryPolicy.noRetries());
        sim.startPush("1000_a");
        assertThat(sim.awaitCallbacks(1, Duration.ofSeconds(5)).get(0).state())
                .isEqualTo(CallbackRecord.State.DELIVERED);
    }

    @Test
    void noAnswerInTimeIsAFailure() {
        receiver.answer(new CallbackReceiver.Reply(200, "{\"code\":0}", Duration.ofMillis(1500)));
        start(new CallbackRetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(300)));
        sim.startPush("1000_a");
        CallbackRecord record = sim.awaitCallbacks(1, Duration.ofSeconds(10)).get(0);
        assertThat(record.state()).isEqualTo(CallbackRecord.State.DELIVERED);
        assertThat(record.attempts().get(0).httpStatus()).isZero();
        assertThat(record.attempts().get(0).error()).contains("no answer");
    }

    @Test
    void retriesAreSpacedByTheInterval() throws Exception {
        receiver.answer(CallbackReceiver.Reply.of(500, ""));
        start(CallbackRetryPolicy.of(3, Duration.ofMillis(300)));
        sim.startPush("1000_a");
        List<CallbackReceiver.Received> got = receiver.await(2, Duration.ofSeconds(5));
        long gapMillis = (got.get(1).receivedNanos() - got.get(0).receivedNanos()) / 1_000_000;
        assertThat(gapMillis).isGreaterThanOrEqualTo(280);
    }

    @Test
    void unreachableUrlFailsAfterEveryAttempt() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        start(CallbackRetryPolicy.of(2, Duration.ofMillis(10)));
        sim.setCallbackUrl(URI.create("http://127.0.0.1:" + closedPort + "/nobody"));
        sim.startPush("1000_a");
        CallbackRecord record = sim.awaitCallbacks(1, Duration.ofSeconds(10)).get(0);
        assertThat(record.state()).isEqualTo(CallbackRecord.State.FAILED);
        assertThat(record.attempts()).hasSize(3).allSatisfy(a -> {
            assertThat(a.httpStatus()).isZero();
            assertThat(a.error()).contains("could not deliver");
        });
    }

    @Test
    void notificationsOfAStreamStayInOrderWhileOthersProceed() throws Exception {
        receiver.answerFor("1000_a", CallbackReceiver.Reply.of(500, ""), CallbackReceiver.Reply.of(500, ""));
        start(CallbackRetryPolicy.of(3, Duration.ofMillis(400)));
        sim.startPush("1000_a"); // gets the two failures
        sim.stopPush("1000_a"); // must wait for the begin
        sim.startPush("1000_b"); // does not wait
        List<CallbackRecord> log = sim.awaitCallbacks(3, Duration.ofSeconds(10));
        assertThat(log).extracting(CallbackRecord::state).containsOnly(CallbackRecord.State.DELIVERED);

        List<String> order = receiver.received().stream().map(r -> r.streamId() + ":" + r.eventType()).toList();
        assertThat(order).containsSubsequence("1000_a:1", "1000_a:1", "1000_a:1", "1000_a:0");
        assertThat(order.indexOf("1000_b:1")).isLessThan(order.lastIndexOf("1000_a:1"));
        assertThat(log).extracting(CallbackRecord::id).isSorted();
    }

    @Test
    void theApiCallIsAnsweredBeforeItsNotificationIsDelivered() throws Exception {
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        receiver.answer(CallbackReceiver.Reply.held(hold));
        // attempts may take a minute: the begin notification cannot time out while the ban is called
        start(new CallbackRetryPolicy(3, Duration.ofMillis(20), Duration.ofSeconds(60)));
        sim.stopPush("1000_a");
        sim.startPush("1000_a"); // its begin notification is held by the receiver until the latch opens
        receiver.await(1, Duration.ofSeconds(30));
        Lvb lvb = new Lvb(sim);
        lvb.call(LvbInterface.CHANNEL_SET_STATUS, SetStatusRequest.of("1000_a", StreamAction.BAN), Void.class);
        // answered while the begin is still unacknowledged (not by waiting for a delivery or its timeout)
        assertThat(sim.callbackLog()).extracting(CallbackRecord::state).containsOnly(CallbackRecord.State.PENDING);
        hold.countDown();
        List<CallbackRecord> log = sim.awaitCallbacks(2, Duration.ofSeconds(30));
        assertThat(log).extracting(CallbackRecord::eventType).containsExactly(1, 0);
        assertThat(((StreamEndEvent) log.get(1).toEvent()).errcode()).isEqualTo(DisconnectReason.DISABLED.errcode());
    }

    @Test
    void withoutUrlNotificationsAreLoggedAsSkippedUntilOneIsSet() throws Exception {
        sim = LvbSimulator.start(Lvb.testConfig(clock).callbackKey(CALLBACK_KEY).build());
        assertThat(sim.callbackUrl()).isEmpty();
        sim.startPush("1000_a");
        assertThat(sim.awaitCallbacks(1, Duration.ofSeconds(5)).get(0).state())
                .isEqualTo(CallbackRecord.State.SKIPPED);
        sim.setCallbackUrl(receiver.url());
        assertThat(sim.callbackUrl()).hasValue(receiver.url());
        sim.stopPush("1000_a");
        assertThat(receiver.await(1, Duration.ofSeconds(5)).get(0).eventType()).isZero();
        assertThat(sim.awaitCallbacks(2, Duration.ofSeconds(5))).extracting(CallbackRecord::state).containsExactly(CallbackRecord.State.SKIPPED,
                CallbackRecord.State.DELIVERED);
    }

    @Test
    void resetCancelsPendingDeliveries() throws Exception {
        for (int i = 0; i < 10; i++) {
            receiver.answer(CallbackReceiver.Reply.of(500, ""));
        }
        start(CallbackRetryPolicy.of(5, Duration.ofMillis(300)));
        sim.startPush("1000_a");
        receiver.await(1, Duration.ofSeconds(5));
        sim.reset();
        assertThat(sim.callbackLog()).isEmpty();
        assertThat(sim.awaitCallbacksIdle(Duration.ofSeconds(1))).isTrue();
        int before = count(receiver.received(), "1000_a");
        assertThat(sim.streams()).isEmpty();
        // The later positive event: a new stream's notification fails once and is retried one interval later, so a
        // cancelled retry of 1000_a (due an interval after its last attempt, before the reset) would be here by then.
        receiver.answerFor("1000_b", CallbackReceiver.Reply.of(500, ""), CallbackReceiver.Reply.ok());
        sim.startPush("1000_b");
        awaitCount("1000_b", 2);
        assertThat(count(receiver.received(), "1000_a")).isLessThanOrEqualTo(before + 1); // at most one in flight
    }

    private int count(List<CallbackReceiver.Received> received, String streamId) {
        return (int) received.stream().filter(r -> streamId.equals(r.streamId())).count();
    }

    private void awaitCount(String streamId, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count(receiver.received(), streamId) < n) {
            assertThat(System.nanoTime()).as(n + " notifications about " + streamId).isLessThan(deadline);
            Thread.sleep(10); // polling for a positive event
        }
    }

    @Test
    void closeStopsDeliveries() throws Exception {
        for (int i = 0; i < 10; i++) {
            receiver.answer(CallbackReceiver.Reply.of(500, ""));
        }
        start(CallbackRetryPolicy.of(5, Duration.ofMillis(200)));
        sim.startPush("1000_a");
        receiver.await(1, Duration.ofSeconds(5));
        sim.close();
        assertThat(sim.callbackLog()).extracting(CallbackRecord::state).containsOnly(CallbackRecord.State.CANCELLED);
        int before = count(receiver.received(), "1000_a");
        // The later positive event, from a second simulator with the same policy: its retry comes one interval after
        // its first attempt, later than any retry the closed simulator had scheduled.
        receiver.answerFor("1000_b", CallbackReceiver.Reply.of(500, ""), CallbackReceiver.Reply.ok());
        try (LvbSimulator other = LvbSimulator.start(Lvb.testConfig(clock).callbackKey(CALLBACK_KEY)
                .callbackUrl(receiver.url()).callbackRetry(CallbackRetryPolicy.of(5, Duration.ofMillis(200))).build())) {
            other.startPush("1000_b");
            awaitCount("1000_b", 2);
        }
        assertThat(count(receiver.received(), "1000_a")).isLessThanOrEqualTo(before + 1); // at most one in flight
    }

    @Test
    void awaitCallbacksFailsWithTheLogWhenNothingArrives() {
        start(CallbackRetryPolicy.noRetries());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.awaitCallbacks(1, Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("expected 1");
    }
}
