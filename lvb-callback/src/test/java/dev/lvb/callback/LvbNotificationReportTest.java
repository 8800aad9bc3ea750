package dev.lvb.callback;

import static dev.lvb.callback.Fixtures.API_KEY;
import static dev.lvb.callback.Fixtures.CALLBACK_KEY;
import static dev.lvb.callback.Fixtures.freshT;
import static dev.lvb.callback.Fixtures.signed;
import static dev.lvb.callback.Fixtures.uniqueStream;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lvb.callback.internal.LvbCallbackHandler;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.event.StreamEndEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** Every observer of {@link LvbNotificationReport} hears what happened to each notification; none can change the answer. */
@QuarkusTest
class LvbNotificationReportTest {

    private static final String PATH = LvbCallbackEndpoint.DEFAULT_PATH;

    @Inject
    RecordingReportObserver listener;

    @Inject
    ThrowingReportObserver throwing;

    @Inject
    RecordingObserver observer;

    @BeforeEach
    void clear() {
        listener.clear();
        throwing.throwing(false);
    }

    @AfterEach
    void stopThrowing() {
        throwing.throwing(false);
    }

    private static Response post(String body) {
        return given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8)).post(PATH);
    }

    @Test
    void anAcceptedNotificationIsReportedWithItsEventTypeAndStatus() {
        String stream = uniqueStream("listener-accepted");
        post(signed(Fixtures.beginFor(stream), CALLBACK_KEY, freshT()).toString()).then().statusCode(200);
        assertThat(listener.reports()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(LvbNotificationOutcome.ACCEPTED);
            assertThat(r.outcome().tag()).isEqualTo("accepted");
            assertThat(r.eventType()).isEqualTo(1);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.reason()).isNull();
            assertThat(r.event()).isInstanceOf(StreamBeginEvent.class);
            assertThat(r.streamId()).isEqualTo(stream);
        });
    }

    @Test
    void duplicatesAndFailuresAreReportedWithTheEvent() {
        String stream = uniqueStream("listener-dup");
        JsonObject end = Fixtures.withStream(Fixtures.STREAM_END, stream);
        post(signed(end, CALLBACK_KEY, freshT()).toString()).then().statusCode(200);
        post(signed(end, CALLBACK_KEY, freshT() + 1).toString()).then().statusCode(200);
        String failing = uniqueStream("listener-fail");
        observer.failFor(failing, true);
        try {
            post(signed(Fixtures.beginFor(failing), CALLBACK_KEY, freshT()).toString()).then().statusCode(500);
        } finally {
            observer.failFor(failing, false);
        }
        assertThat(listener.reports()).extracting(LvbNotificationReport::outcome).containsExactly(
                LvbNotificationOutcome.ACCEPTED, LvbNotificationOutcome.DUPLICATE, LvbNotificationOutcome.FAILED);
        assertThat(listener.reports()).extracting(LvbNotificationReport::eventType).containsExactly(0, 0, 1);
        assertThat(listener.reports().get(1).event()).isInstanceOf(StreamEndEvent.class);
        assertThat(listener.reports().get(2).status()).isEqualTo(500);
        assertThat(listener.reports().get(2).streamId()).isEqualTo(failing);
    }

    @Test
    void rejectionsAreReportedWithoutTheUnverifiedEventType() {
        String stream = uniqueStream("listener-forged");
        // signed with the API key while a separate callback key is configured
        post(signed(Fixtures.beginFor(stream), API_KEY, freshT()).toString()).then().statusCode(401);
        post(signed(Fixtures.beginFor(stream), CALLBACK_KEY, 1_000_000L).toString()).then().statusCode(403);
        post("not json").then().statusCode(400);
        post("{\"pad\":\"" + "x".repeat(20_000) + "\"}").then().statusCode(413);
        assertThat(listener.reports()).extracting(LvbNotificationReport::outcome).containsExactly(
                LvbNotificationOutcome.REJECTED_SIGNATURE, LvbNotificationOutcome.REJECTED_EXPIRED,
                LvbNotificationOutcome.REJECTED_MALFORMED, LvbNotificationOutcome.REJECTED_TOO_LARGE);
        assertThat(listener.reports()).extracting(LvbNotificationReport::status).containsExactly(401, 403, 400, 413);
        assertThat(listener.reports()).allSatisfy(r -> {
            assertThat(r.eventType()).isNull();
            assertThat(r.event()).isNull();
            assertThat(r.reason()).isNotBlank().doesNotContain(CALLBACK_KEY).doesNotContain(API_KEY);
        });
        assertThat(observer.received(stream)).isEmpty();
    }

    @Test
    void aThrowingReportObserverChangesNoAnswerAndTheOthersStillHear() {
        throwing.throwing(true);
        int before = throwing.calls();
        String stream = uniqueStream("listener-throwing");
        post(signed(Fixtures.beginFor(stream), CALLBACK_KEY, freshT()).toString()).then().statusCode(200)
                .body(org.hamcrest.Matchers.equalTo("{\"code\":0}"));
        post(signed(Fixtures.beginFor(stream), API_KEY, freshT()).toString()).then().statusCode(401);
        assertThat(throwing.calls() - before).isEqualTo(2);
        assertThat(listener.reports()).extracting(LvbNotificationReport::outcome).containsExactly(
                LvbNotificationOutcome.ACCEPTED, LvbNotificationOutcome.REJECTED_SIGNATURE);
        assertThat(observer.received(stream)).hasSize(1);
    }

    @Test
    void everyOutcomeIsReportedAsItself() {
        for (LvbNotificationOutcome kind : LvbNotificationOutcome.values()) {
            LvbNotificationReport report = LvbCallbackHandler.report(kind.acknowledged() ? 200 : 400, kind, "why",
                    null);
            assertThat(report.outcome()).isEqualTo(kind);
            assertThat(report.outcome().acknowledged()).isEqualTo(kind == LvbNotificationOutcome.ACCEPTED
                    || kind == LvbNotificationOutcome.DUPLICATE);
            assertThat(report.reason()).isEqualTo(report.outcome().acknowledged() ? null : "why");
        }
    }
}
