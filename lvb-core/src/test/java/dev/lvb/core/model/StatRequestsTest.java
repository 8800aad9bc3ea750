package dev.lvb.core.model;

import static dev.lvb.core.model.RequestAssertions.assertInvalid;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Get_LiveStat/Get_LivePushStat/Get_LivePlayStat, Get_LivePushStatHistory, Get_LivePlayStatHistory (§2.1-2.3). */
class StatRequestsTest {
    private static final Instant START = Instant.ofEpochSecond(1488333600L);

    private static final Instant END = Instant.ofEpochSecond(1488340800L);

    @Test
    void liveStatIdsMustNotContainWhitespace() {
        assertInvalid("Param.s.stream_id", () -> new LiveStatRequest(null, null, "2519 a", null, null));
        assertInvalid("Param.s.pull_domain", () -> new LiveStatRequest(null, null, null, "play.example.com\n", null));
        assertInvalid("Param.s.push_domain", () -> new LiveStatRequest(null, null, null, null, " "));
    }
}
