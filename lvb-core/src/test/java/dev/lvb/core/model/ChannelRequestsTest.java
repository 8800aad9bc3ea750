package dev.lvb.core.model;

import static dev.lvb.core.model.RequestAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.lvb.core.wire.LvbRequestParams;

/** Live_Channel_GetStatus, SetStatus, GetChannelList, GetLiveChannelList, channel_manager, Live_Queue_Get. */
class ChannelRequestsTest {
    @Test
    void setStatusCodesFollowTheSpec() {
        assertThat(StreamAction.BAN.code()).isZero();
        assertThat(StreamAction.ALLOW.code()).isEqualTo(1);
        assertThat(StreamAction.DROP.code()).isEqualTo(2);
        assertThat(StreamAction.of(2)).isEqualTo(StreamAction.DROP);
        assertThatIllegalArgumentException().isThrownBy(() -> StreamAction.of(3));
    }

    @Test
    void channelListFilterCodesFollowTheSpec() {
        assertThat(ChannelStatusFilter.INTERRUPTED.code()).isZero();
        assertThat(ChannelStatusFilter.ON.code()).isEqualTo(1);
        assertThat(ChannelStatusFilter.OFF.code()).isEqualTo(3);
    }

    @Test
    void streamStatusWireNames() {
        StreamStatusRequest r = new StreamStatusRequest("2519_a");
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"));
    }

    @Test
    void streamStatusNeedsAStreamId() {
        assertInvalid("Param.s.channel_id", () -> new StreamStatusRequest(null));
        assertInvalid("Param.s.channel_id", () -> new StreamStatusRequest(""));
        assertInvalid("Param.s.channel_id", () -> new StreamStatusRequest("2519_a\r\n"));
    }

    @Test
    void setStatusWireNames() {
        SetStatusRequest r = new SetStatusRequest("2519_a", StreamAction.DROP, "live", "push.example.com");
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.n.status", "2"), entry("Param.s.path", "live"),
                entry("Param.s.domain", "push.example.com"));
    }

    @ParameterizedTest
    @EnumSource(StreamAction.class)
    void setStatusActionsOnTheWire(StreamAction action) {
        SetStatusRequest r = SetStatusRequest.of("2519_a", action);
        assertThat(LvbRequestParams.of(r).get("Param.n.status")).contains(Integer.toString(action.code()));
    }

    @Test
    void setStatusValidation() {
        assertInvalid("Param.s.channel_id", () -> SetStatusRequest.of(null, StreamAction.BAN));
        assertInvalid("Param.n.status", () -> SetStatusRequest.of("2519_a", null));
        assertInvalid("Param.s.path", () -> new SetStatusRequest("2519_a", StreamAction.BAN, "", null));
        assertInvalid("Param.s.domain", () -> new SetStatusRequest("2519_a", StreamAction.BAN, null, "a\tb"));
    }

    @Test
    void channelListWireNames() {
        ChannelListRequest r = ChannelListRequest.all().withStatus(ChannelStatusFilter.OFF).page(2, 100)
                .orderedByCreateTime(SortOrder.DESC);
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.n.status", "3"), entry("Param.n.page_no", "2"),
                entry("Param.n.page_size", "100"), entry("Param.s.order_field", "create_time"),
                entry("Param.n.order_by_type", "1"));
    }

    @Test
    void channelListDefaultsSendNothing() {
        assertThat(LvbRequestParams.of(ChannelListRequest.all()).entries()).isEmpty();
        ChannelListRequest asc = ChannelListRequest.all().orderedByCreateTime(SortOrder.ASC);
        assertThat(LvbRequestParams.of(asc).get("Param.n.order_by_type")).contains("0");
    }

    @Test
    void channelListPageSizeIsTenTo100() {
        assertThat(ChannelListRequest.all().page(1, 10).pageSize()).isEqualTo(10);
        assertThat(ChannelListRequest.all().page(1, 100).pageSize()).isEqualTo(100);
        assertInvalid("Param.n.page_size", () -> ChannelListRequest.all().page(1, 9));
        assertInvalid("Param.n.page_size", () -> ChannelListRequest.all().page(1, 101));
        assertInvalid("Param.n.page_no", () -> ChannelListRequest.all().page(-1, 10));
    }

    @Test
    void channelManagerWireNames() {
        ChannelManagerRequest r = ChannelManagerRequest.forbid("2519_a", Instant.ofEpochSecond(1496300000L));
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.n.abstime_end", "1496300000"), entry("Param.s.action", "forbid"));

        ChannelManagerRequest resume = ChannelManagerRequest.resume("2519_a", Instant.ofEpochSecond(1496200000L));
        assertThat(LvbRequestParams.of(resume).get("Param.s.action")).contains("resume");
    }

    @Test
    void channelManagerValidation() {
        Instant until = Instant.ofEpochSecond(1496300000L);
        assertInvalid("Param.s.channel_id", () -> ChannelManagerRequest.forbid(null, until));
        assertInvalid("Param.s.action", () -> new ChannelManagerRequest("2519_a", null, until));
        assertInvalid("Param.n.abstime_end", () -> ChannelManagerRequest.forbid("2519_a", null));
        assertInvalid("Param.n.abstime_end", () -> ChannelManagerRequest.forbid("2519_a", Instant.EPOCH));
        assertThat(ChannelManagerRequest.forbid("2519_a", until.plusMillis(999)).until()).isEqualTo(until);
    }

    @Test
    void screenshotQueueWireNames() {
        ScreenshotQueueRequest r = ScreenshotQueueRequest.screenshots(20);
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.n.bid", "100"), entry("Param.n.count", "20"));
        ScreenshotQueueRequest noCount = new ScreenshotQueueRequest(100, null);
        assertThat(LvbRequestParams.of(noCount).entries()).containsExactly(entry("Param.n.bid", "100"));
    }

    @Test
    void screenshotQueueValidation() {
        assertInvalid("Param.n.count", () -> ScreenshotQueueRequest.screenshots(0));
        assertInvalid("Param.n.count", () -> ScreenshotQueueRequest.screenshots(101));
        assertThat(ScreenshotQueueRequest.screenshots(100).count()).isEqualTo(100);
        assertInvalid("Param.n.bid", () -> new ScreenshotQueueRequest(0, 1));
    }
}
