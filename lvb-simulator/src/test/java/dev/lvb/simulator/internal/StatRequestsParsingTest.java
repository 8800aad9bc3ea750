package dev.lvb.simulator.internal;

import static dev.lvb.simulator.internal.RequestAssertions.assertInvalid;
import static dev.lvb.simulator.internal.RequestAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;

import dev.lvb.core.wire.LvbParams;

import org.junit.jupiter.api.Test;
import dev.lvb.core.wire.LvbRequestParams;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.PlayStatHistoryRequest;
import dev.lvb.core.model.PushStatHistoryRequest;

/** Get_LiveStat/Get_LivePushStat/Get_LivePlayStat, Get_LivePushStatHistory, Get_LivePlayStatHistory (§2.1-2.3). */
class StatRequestsParsingTest {
    private static final Instant START = Instant.ofEpochSecond(1488333600L);

    private static final Instant END = Instant.ofEpochSecond(1488340800L);

    @Test
    void liveStatWireNames() {
        LiveStatRequest r = new LiveStatRequest(2, 300, "2519_a", "play.example.com", "push.example.com");
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.n.page_no", "2"),
                entry("Param.n.page_size", "300"), entry("Param.s.stream_id", "2519_a"),
                entry("Param.s.pull_domain", "play.example.com"), entry("Param.s.push_domain", "push.example.com"));
        assertRoundTrip(r, RequestParsers::liveStat);
    }

    @Test
    void liveStatOfAllStreamsSendsNothing() {
        assertThat(LvbRequestParams.of(LiveStatRequest.all()).entries()).isEmpty();
        assertRoundTrip(LiveStatRequest.all(), RequestParsers::liveStat);
    }

    @Test
    void liveStatBuilders() {
        LiveStatRequest r = LiveStatRequest.ofStream("2519_a").page(3, 50).withPullDomain("play.example.com")
                .withPushDomain("push.example.com");
        assertThat(r).isEqualTo(new LiveStatRequest(3, 50, "2519_a", "play.example.com", "push.example.com"));
        assertRoundTrip(r, RequestParsers::liveStat);
        assertInvalid("Param.s.stream_id", () -> LiveStatRequest.ofStream(null));
        assertInvalid("Param.s.stream_id", () -> LiveStatRequest.ofStream(""));
    }

    @Test
    void liveStatPageSizeIsOneTo300() {
        assertThat(LiveStatRequest.all().page(1, 1).pageSize()).isEqualTo(1);
        assertThat(LiveStatRequest.all().page(1, 300).pageSize()).isEqualTo(300);
        assertInvalid("Param.n.page_size", () -> LiveStatRequest.all().page(1, 0));
        assertInvalid("Param.n.page_size", () -> LiveStatRequest.all().page(1, 301));
        assertInvalid("Param.n.page_no", () -> LiveStatRequest.all().page(0, 10));
        assertInvalid("Param.n.page_size",
                () -> RequestParsers.liveStat(LvbParams.parseFormEncoded("Param.n.page_size=301")));
    }

    @Test
    void idsMustBeWellFormedTextButMayUseSupplementaryCharacters() {
        assertInvalid("Param.s.stream_id", () -> new LiveStatRequest(null, null, "a\uD83D", null, null));
        assertInvalid("Param.s.stream_id", () -> new LiveStatRequest(null, null, "\uDE00a", null, null));
        LiveStatRequest emoji = new LiveStatRequest(null, null, "live_\uD83D\uDE00", null, null);
        assertRoundTrip(emoji, RequestParsers::liveStat);
    }

    @Test
    void pushStatHistoryWireNames() {
        PushStatHistoryRequest r = new PushStatHistoryRequest(START, END, "2519_a");
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.n.start_time", "1488333600"),
                entry("Param.n.end_time", "1488340800"), entry("Param.s.stream_id", "2519_a"));
        assertRoundTrip(r, RequestParsers::pushStatHistory);
    }

    @Test
    void pushStatHistoryValidation() {
        assertInvalid("Param.n.start_time", () -> new PushStatHistoryRequest(null, END, "2519_a"));
        assertInvalid("Param.n.end_time", () -> new PushStatHistoryRequest(START, null, "2519_a"));
        assertInvalid("Param.n.end_time", () -> new PushStatHistoryRequest(START, START, "2519_a"));
        assertInvalid("Param.n.end_time", () -> new PushStatHistoryRequest(END, START, "2519_a"));
        assertInvalid("Param.s.stream_id", () -> new PushStatHistoryRequest(START, END, null));
        assertInvalid("Param.n.start_time", () -> RequestParsers.pushStatHistory(
                LvbParams.parseFormEncoded("Param.n.end_time=1488340800&Param.s.stream_id=a")));
        assertInvalid("Param.n.start_time", () -> RequestParsers.pushStatHistory(
                LvbParams.parseFormEncoded("Param.n.start_time=yesterday&Param.n.end_time=1&Param.s.stream_id=a")));
    }

    @Test
    void subSecondTimesAreSentAndKeptAsWholeSeconds() {
        // 10.2 s to 10.7 s would be "start 10, end 10" on the wire: LVB sees an empty range
        assertInvalid("Param.n.end_time", () -> new PushStatHistoryRequest(Instant.ofEpochSecond(10, 200_000_000),
                Instant.ofEpochSecond(10, 700_000_000), "2519_a"));
        PushStatHistoryRequest r = new PushStatHistoryRequest(START.plusMillis(900), END.plusMillis(1), "2519_a");
        assertThat(r.startTime()).isEqualTo(START);
        assertThat(r.endTime()).isEqualTo(END);
        assertRoundTrip(r, RequestParsers::pushStatHistory);
    }

    @Test
    void playStatHistoryWireNames() {
        PlayStatHistoryRequest r = new PlayStatHistoryRequest(START, END, "2519_a", "play.example.com");
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.n.start_time", "1488333600"),
                entry("Param.n.end_time", "1488340800"), entry("Param.s.stream_id", "2519_a"),
                entry("Param.s.domain", "play.example.com"));
        assertRoundTrip(r, RequestParsers::playStatHistory);
    }

    @Test
    void playStatHistoryOfTheWholeAccount() {
        PlayStatHistoryRequest r = new PlayStatHistoryRequest(START, END, null, null);
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.n.start_time", "1488333600"),
                entry("Param.n.end_time", "1488340800"));
        assertRoundTrip(r, RequestParsers::playStatHistory);
    }

    @Test
    void playStatHistoryValidation() {
        assertInvalid("Param.n.start_time", () -> new PlayStatHistoryRequest(null, END, null, null));
        assertInvalid("Param.n.end_time", () -> new PlayStatHistoryRequest(START, null, null, null));
        assertInvalid("Param.n.end_time", () -> new PlayStatHistoryRequest(END, START, null, null));
        assertInvalid("Param.s.stream_id", () -> new PlayStatHistoryRequest(START, END, "", null));
        assertInvalid("Param.s.domain", () -> new PlayStatHistoryRequest(START, END, null, "a b"));
        assertRoundTrip(new PlayStatHistoryRequest(START.plusNanos(1), END.plusNanos(999_999_999), null, null),
                RequestParsers::playStatHistory);
    }
}
