package dev.lvb.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.LvbRequest;
import dev.lvb.core.model.PlayStatHistoryRequest;
import dev.lvb.core.model.PushStatHistoryRequest;
import dev.lvb.core.model.RecordingFilesRequest;
import dev.lvb.core.model.ScreenshotQueueRequest;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;
import dev.lvb.core.model.StreamAction;
import dev.lvb.core.model.StreamStatusRequest;

/** The wire mapping covers every request record, and no record exposes it (#20). */
class LvbRequestParamsTest {

    private static final Instant T = Instant.parse("2017-03-01T02:00:00Z");

    private static final List<LvbRequest> ONE_OF_EACH = List.of(new StreamStatusRequest("s"),
            SetStatusRequest.of("s", StreamAction.BAN), ChannelManagerRequest.forbid("s", T), ChannelListRequest.all(),
            LiveStatRequest.all(), new PushStatHistoryRequest(T, T.plusSeconds(60), "s"),
            new PlayStatHistoryRequest(T, T.plusSeconds(60), null, null), RecordingFilesRequest.of("s"),
            ScreenshotQueueRequest.screenshots(1), StartRecordingRequest.realtime("s", T),
            StopRecordingRequest.of("s", "1"));

    @Test
    void everyRequestRecordHasItsMapping() {
        assertThat(ONE_OF_EACH).extracting(Object::getClass).containsExactlyInAnyOrder(
                LvbRequest.class.getPermittedSubclasses());
        for (LvbRequest r : ONE_OF_EACH) {
            assertThat(LvbRequestParams.of(r)).as(r.getClass().getSimpleName()).isNotNull();
        }
        assertThat(LvbRequestParams.of(new StreamStatusRequest("8888_a")).toFormEncoded())
                .isEqualTo("Param.s.channel_id=8888_a");
    }

    @Test
    void noRequestRecordExposesAnInternalType() {
        assertThat(LvbRequest.class.getMethods()).isEmpty();
        Stream.of(LvbRequest.class.getPermittedSubclasses()).flatMap(c -> Arrays.stream(c.getMethods()))
                .forEach(m -> assertThat(signature(m)).as(m.toString()).noneMatch(t -> t.getPackageName()
                        .contains(".internal")));
    }

    private static List<Class<?>> signature(Method m) {
        return Stream.concat(Stream.of(m.getReturnType()), Arrays.stream(m.getParameterTypes())).toList();
    }
}
