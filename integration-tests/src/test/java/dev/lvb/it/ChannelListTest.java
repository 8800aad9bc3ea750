package dev.lvb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lvb.core.model.Channel;
import dev.lvb.core.model.ChannelList;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.ChannelStatusFilter;
import dev.lvb.core.model.LiveChannelList;
import dev.lvb.core.model.SortOrder;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Live_Channel_GetChannelList (sort direction as {@code Param.n.order_by_type}) and
 * Live_Channel_GetLiveChannelList.
 */
@QuarkusTest
public class ChannelListTest extends LvbTestBase {

    static final Channel LIVE = new Channel("8888_live", "live", "1", "2017-06-01 10:00:00", List.of("live"), 1, "0");

    @Test
    void defaultPage() {
        for (ChannelList list : both(() -> lvb.getChannelList(), () -> reactive.getChannelList())) {
            assertThat(list.allCount()).isEqualTo(2);
            assertThat(list.channelList()).containsExactly(LIVE, new Channel("8888_idle", "idle", "1",
                    "2017-05-30 09:00:00", List.of("live", "backup"), 0, ""));
        }
        ChannelListRequest all = ChannelListRequest.all();
        assertThat(lvb.getChannelList(all).allCount()).isEqualTo(2);
        assertThat(await(reactive.getChannelList(all)).allCount()).isEqualTo(2);
    }

    @Test
    void filteredPagedNewestFirst() {
        ChannelListRequest request = ChannelListRequest.all().withStatus(ChannelStatusFilter.ON).page(1, 20)
                .orderedByCreateTime(SortOrder.DESC);
        for (ChannelList list : both(() -> lvb.getChannelList(request), () -> reactive.getChannelList(request))) {
            assertThat(list.allCount()).isEqualTo(1);
            assertThat(list.channelList()).containsExactly(LIVE);
        }
        assertThat(allRequests()).hasSize(2).allSatisfy(r -> assertThat(query(r))
                .containsEntry("Param.n.order_by_type", "1").doesNotContainKey("Param.n.order_type"));
    }

    @Test
    void liveChannels() {
        for (LiveChannelList list : both(() -> lvb.getLiveChannelList(), () -> reactive.getLiveChannelList())) {
            assertThat(list.allCount()).isEqualTo(2);
            assertThat(list.streamIds()).containsExactly("8888_live", "8888_other");
        }
    }
}
