package dev.lvb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbErrorCode;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.StreamAction;
import dev.lvb.core.model.StreamState;
import dev.lvb.core.model.StreamStatus;
import dev.lvb.core.model.StreamStatusEntry;
import dev.lvb.core.model.StreamStatusRequest;
import dev.lvb.it.wiremock.LvbWireMockResource;
import io.quarkus.test.junit.QuarkusTest;

/** Live_Channel_GetStatus, Live_Channel_SetStatus and channel_manager (fcgi host, {@code appid}). */
@QuarkusTest
public class StreamControlTest extends LvbTestBase {

    @Test
    void pushingStream() {
        for (StreamStatus s : both(() -> lvb.getStatus("8888_live"), () -> reactive.getStatus("8888_live"))) {
            assertThat(s.state()).isEqualTo(StreamState.LIVE);
            assertThat(s.isLive()).isTrue();
            assertThat(s.entries()).containsExactly(new StreamStatusEntry(0, 1, 1, null, null));
        }
        for (LoggedRequest r : requestsTo(LvbWireMockResource.FCGI)) {
            assertThat(query(r)).containsEntry("appid", Long.toString(TestKeys.APP_ID)).doesNotContainKey("cmd");
        }
    }

    @Test
    void interruptedStreamThroughTheRequestForm() {
        StreamStatusRequest request = new StreamStatusRequest("8888_idle");
        for (StreamStatus s : both(() -> lvb.getStatus(request), () -> reactive.getStatus(request))) {
            assertThat(s.state()).isEqualTo(StreamState.INTERRUPTED);
            assertThat(s.isLive()).isFalse();
            assertThat(s.entries()).containsExactly(new StreamStatusEntry(0, 3, 0, 0, 0));
        }
    }

    @Test
    void disabledStreamWithSize() {
        for (StreamStatus s : both(() -> lvb.getStatus("8888_banned"),
                () -> reactive.getStatus("8888_banned"))) {
            assertThat(s.state()).isEqualTo(StreamState.DISABLED);
            assertThat(s.entries()).containsExactly(new StreamStatusEntry(20, 1, 3, 1280, 720));
        }
    }

    @Test
    void outputSentAsAnObjectIsAccepted() {
        for (StreamStatus s : both(() -> lvb.getStatus("8888_objout"),
                () -> reactive.getStatus("8888_objout"))) {
            assertThat(s.state()).isEqualTo(StreamState.LIVE);
            assertThat(s.entries()).containsExactly(new StreamStatusEntry(10, 2, 1, null, null));
        }
    }

    @Test
    void jsonServedAsTextPlainIsDecoded() {
        for (StreamStatus s : both(() -> lvb.getStatus("text_plain_json"),
                () -> reactive.getStatus("text_plain_json"))) {
            assertThat(s.isLive()).isTrue();
        }
    }

    @Test
    void neverPushedStreamIs20601() {
        expectFailure(LvbApiException.class, () -> lvb.getStatus("never_pushed"),
                () -> reactive.getStatus("never_pushed"), e -> {
                    assertThat(e.ret()).isEqualTo(20601);
                    assertThat(e.retcode()).contains(20601);
                    assertThat(e.errorCode()).contains(LvbErrorCode.STREAM_NEVER_PUSHED);
                    assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
                    assertThat(e.lvbMessage()).isEqualTo("stream id has never been pushed");
                });
    }

    @Test
    void banAllowDropSendStatus012() {
        // Each stub accepts one status value for its stream: a swapped action matches no stub.
        bothVoid(() -> lvb.ban("8888_ban"), () -> reactive.ban("8888_ban"));
        bothVoid(() -> lvb.allow("8888_allow"), () -> reactive.allow("8888_allow"));
        bothVoid(() -> lvb.drop("8888_drop"), () -> reactive.drop("8888_drop"));
        SetStatusRequest ban = SetStatusRequest.of("8888_ban", StreamAction.BAN);
        bothVoid(() -> lvb.setStatus(ban), () -> reactive.setStatus(ban));
        assertThat(requestsTo(LvbWireMockResource.FCGI)).hasSize(8);
    }

    @Test
    void setStatusWithPathAndDomain() {
        SetStatusRequest request = new SetStatusRequest("8888_multi", StreamAction.BAN, "live", "push.example.com");
        bothVoid(() -> lvb.setStatus(request), () -> reactive.setStatus(request));
    }

    @Test
    void forbidUntilATime() {
        Instant until = Instant.ofEpochSecond(1893456000L);
        bothVoid(() -> lvb.forbid("8888_forbid", until), () -> reactive.forbid("8888_forbid", until));
        ChannelManagerRequest request = ChannelManagerRequest.forbid("8888_forbid", until);
        bothVoid(() -> lvb.channelManager(request), () -> reactive.channelManager(request));
        assertThat(requestsTo(LvbWireMockResource.FCGI)).hasSize(4)
                .allSatisfy(r -> assertThat(query(r)).containsEntry("interface", "channel_manager"));
    }

    @Test
    void resumeNow() {
        long before = Instant.now().getEpochSecond();
        bothVoid(() -> lvb.resume("8888_resume"), () -> reactive.resume("8888_resume"));
        ChannelManagerRequest request = ChannelManagerRequest.resume("8888_resume", Instant.now());
        bothVoid(() -> lvb.channelManager(request), () -> reactive.channelManager(request));
        long after = Instant.now().getEpochSecond();
        List<LoggedRequest> requests = requestsTo(LvbWireMockResource.FCGI);
        assertThat(requests).hasSize(4).allSatisfy(r -> assertThat(Long.parseLong(query(r)
                .get("Param.n.abstime_end"))).isBetween(before, after));
    }
}
