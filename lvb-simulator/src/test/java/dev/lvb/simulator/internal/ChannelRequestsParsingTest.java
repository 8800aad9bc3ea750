package dev.lvb.simulator.internal;

import static dev.lvb.simulator.internal.RequestAssertions.assertInvalid;
import static dev.lvb.simulator.internal.RequestAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;

import dev.lvb.core.wire.LvbParams;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import dev.lvb.core.wire.LvbRequestParams;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.ChannelStatusFilter;
import dev.lvb.core.model.ScreenshotQueueRequest;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.SortOrder;
import dev.lvb.core.model.StreamAction;
import dev.lvb.core.model.StreamStatusRequest;

/** Live_Channel_GetStatus, SetStatus, GetChannelList, GetLiveChannelList, channel_manager, Live_Queue_Get. */
class ChannelRequestsParsingTest {
    @Test
    void streamStatusWireNames() {
        StreamStatusRequest r = new StreamStatusRequest("2519_a");
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"));
        assertRoundTrip(r, RequestParsers::streamStatus);
    }

    @Test
    void streamStatusNeedsAStreamId() {
        assertInvalid("Param.s.channel_id", () -> new StreamStatusRequest(null));
        assertInvalid("Param.s.channel_id", () -> new StreamStatusRequest(""));
        assertInvalid("Param.s.channel_id", () -> new StreamStatusRequest("2519_a\r\n"));
        assertInvalid("Param.s.channel_id", () -> RequestParsers.streamStatus(LvbParams.parseFormEncoded("")));
    }

    @Test
    void setStatusWireNames() {
        SetStatusRequest r = new SetStatusRequest("2519_a", StreamAction.DROP, "live", "push.example.com");
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.n.status", "2"), entry("Param.s.path", "live"),
                entry("Param.s.domain", "push.example.com"));
        assertRoundTrip(r, RequestParsers::setStatus);
    }

    @ParameterizedTest
    @EnumSource(StreamAction.class)
    void setStatusActionsRoundTrip(StreamAction action) {
        SetStatusRequest r = SetStatusRequest.of("2519_a", action);
        assertThat(LvbRequestParams.of(r).get("Param.n.status")).contains(Integer.toString(action.code()));
        assertRoundTrip(r, RequestParsers::setStatus);
    }

    @Test
    void setStatusValidation() {
        assertInvalid("Param.s.channel_id", () -> SetStatusRequest.of(null, StreamAction.BAN));
        assertInvalid("Param.n.status", () -> SetStatusRequest.of("2519_a", null));
        assertInvalid("Param.s.path", () -> new SetStatusRequest("2519_a", StreamAction.BAN, "", null));
        assertInvalid("Param.s.domain", () -> new SetStatusRequest("2519_a", StreamAction.BAN, null, "a\tb"));
        assertInvalid("Param.n.status", () -> RequestParsers.setStatus(
                LvbParams.parseFormEncoded("Param.s.channel_id=2519_a&Param.n.status=3")));
        assertInvalid("Param.n.status", () -> RequestParsers.setStatus(
                LvbParams.parseFormEncoded("Param.s.channel_id=2519_a")));
    }

    @Test
    void channelListWireNames() {
        ChannelListRequest r = ChannelListRequest.all().withStatus(ChannelStatusFilter.OFF).page(2, 100)
                .orderedByCreateTime(SortOrder.DESC);
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.n.status", "3"), entry("Param.n.page_no", "2"),
                entry("Param.n.page_size", "100"), entry("Param.s.order_field", "create_time"),
                entry("Param.n.order_by_type", "1"));
        assertRoundTrip(r, RequestParsers::channelList);
    }

    @Test
    void channelListDefaultsSendNothing() {
        assertThat(LvbRequestParams.of(ChannelListRequest.all()).entries()).isEmpty();
        assertRoundTrip(ChannelListRequest.all(), RequestParsers::channelList);
        ChannelListRequest asc = ChannelListRequest.all().orderedByCreateTime(SortOrder.ASC);
        assertThat(LvbRequestParams.of(asc).get("Param.n.order_by_type")).contains("0");
        assertRoundTrip(asc, RequestParsers::channelList);
    }

    @ParameterizedTest
    @EnumSource(ChannelStatusFilter.class)
    void channelListStatusFiltersRoundTrip(ChannelStatusFilter filter) {
        assertRoundTrip(ChannelListRequest.all().withStatus(filter), RequestParsers::channelList);
    }

    @Test
    void channelListPageSizeIsTenTo100() {
        assertThat(ChannelListRequest.all().page(1, 10).pageSize()).isEqualTo(10);
        assertThat(ChannelListRequest.all().page(1, 100).pageSize()).isEqualTo(100);
        assertInvalid("Param.n.page_size", () -> ChannelListRequest.all().page(1, 9));
        assertInvalid("Param.n.page_size", () -> ChannelListRequest.all().page(1, 101));
        assertInvalid("Param.n.page_no", () -> ChannelListRequest.all().page(-1, 10));
        assertInvalid("Param.n.status",
                () -> RequestParsers.channelList(LvbParams.parseFormEncoded("Param.n.status=2")));
    }

    @Test
    void channelListUnderstandsTheOlderOrderTypeName() {
        ChannelListRequest r = RequestParsers.channelList(
                LvbParams.parseFormEncoded("Param.s.order_field=create_time&Param.n.order_type=1"));
        assertThat(r.order()).isEqualTo(SortOrder.DESC);
    }

    @Test
    void channelManagerWireNames() {
        ChannelManagerRequest r = ChannelManagerRequest.forbid("2519_a", Instant.ofEpochSecond(1496300000L));
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.n.abstime_end", "1496300000"), entry("Param.s.action", "forbid"));
        assertRoundTrip(r, RequestParsers::channelManager);

        ChannelManagerRequest resume = ChannelManagerRequest.resume("2519_a", Instant.ofEpochSecond(1496200000L));
        assertThat(LvbRequestParams.of(resume).get("Param.s.action")).contains("resume");
        assertRoundTrip(resume, RequestParsers::channelManager);
    }

    @Test
    void channelManagerUnderstandsCapitalisedActions() {
        ChannelManagerRequest r = RequestParsers.channelManager(LvbParams.parseFormEncoded(
                "Param.s.channel_id=2519_a&Param.n.abstime_end=1496300000&Param.s.action=Forbid"));
        assertThat(r.action()).isEqualTo(ChannelManagerRequest.Action.FORBID);
    }

    @Test
    void channelManagerValidation() {
        Instant until = Instant.ofEpochSecond(1496300000L);
        assertInvalid("Param.s.channel_id", () -> ChannelManagerRequest.forbid(null, until));
        assertInvalid("Param.s.action", () -> new ChannelManagerRequest("2519_a", null, until));
        assertInvalid("Param.n.abstime_end", () -> ChannelManagerRequest.forbid("2519_a", null));
        assertInvalid("Param.n.abstime_end", () -> ChannelManagerRequest.forbid("2519_a", Instant.EPOCH));
        assertInvalid("Param.s.action", () -> RequestParsers.channelManager(LvbParams
                .parseFormEncoded("Param.s.channel_id=2519_a&Param.n.abstime_end=1496300000&Param.s.action=pause")));
        assertThat(ChannelManagerRequest.forbid("2519_a", until.plusMillis(999)).until()).isEqualTo(until);
    }

    @Test
    void screenshotQueueWireNames() {
        ScreenshotQueueRequest r = ScreenshotQueueRequest.screenshots(20);
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.n.bid", "100"), entry("Param.n.count", "20"));
        assertRoundTrip(r, RequestParsers::screenshotQueue);
        ScreenshotQueueRequest noCount = new ScreenshotQueueRequest(100, null);
        assertThat(LvbRequestParams.of(noCount).entries()).containsExactly(entry("Param.n.bid", "100"));
        assertRoundTrip(noCount, RequestParsers::screenshotQueue);
    }

    @Test
    void screenshotQueueValidation() {
        assertInvalid("Param.n.count", () -> ScreenshotQueueRequest.screenshots(0));
        assertInvalid("Param.n.count", () -> ScreenshotQueueRequest.screenshots(101));
        assertThat(ScreenshotQueueRequest.screenshots(100).count()).isEqualTo(100);
        assertInvalid("Param.n.bid", () -> new ScreenshotQueueRequest(0, 1));
        assertInvalid("Param.n.bid", () -> RequestParsers.screenshotQueue(LvbParams.parseFormEncoded("")));
    }
}
