package dev.lvb.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.lvb.client.cloud.LvbCloudApi;
import dev.lvb.core.cloud.LvbCloudAction;
import dev.lvb.core.cloud.model.CreateRecordTaskRequest;
import dev.lvb.core.cloud.model.DescribeLiveStreamStateRequest;
import dev.lvb.core.cloud.model.DropLiveStreamRequest;
import dev.lvb.core.cloud.model.ForbidLiveStreamRequest;
import dev.lvb.core.cloud.model.ResumeLiveStreamRequest;
import dev.lvb.core.cloud.model.StopRecordTaskRequest;
import dev.lvb.core.model.StreamState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The demo's stream operations over Tencent Cloud API 3.0 ({@code demo.api=cloud}): the same answers as the legacy
 * path, each from one {@code LvbCloudApi} action. Its failures arrive typed ({@code LvbCloudException},
 * {@code LvbTransportException}...), so {@link ProblemMappers} serves both paths.
 */
@ApplicationScoped
public class CloudStreamOperations {

    /** The application name of the push URLs ({@code rtmp://domain/live/stream}). */
    static final String APP_NAME = "live";

    @Inject
    @RestClient
    LvbCloudApi cloud;

    /** The push domain: Tencent needs it for most actions; the simulator does not. */
    @ConfigProperty(name = "quarkus.lvb.urls.push-domain")
    Optional<String> pushDomain;

    private String domain() {
        return pushDomain.filter(d -> !d.isBlank()).orElse(null);
    }

    /**
     * @param id the stream
     * @return DescribeLiveStreamState's answer as a {@link StreamState}
     */
    StreamState state(String id) {
        String state = cloud.describeLiveStreamState(new DescribeLiveStreamStateRequest(APP_NAME, domain(), id))
                .streamState();
        return switch (state == null ? "" : state) {
            case "active" -> StreamState.LIVE;
            case "inactive" -> StreamState.INTERRUPTED;
            case "forbid" -> StreamState.DISABLED;
            default -> StreamState.UNKNOWN;
        };
    }

    /** ForbidLiveStream without ResumeTime: refused until resumed (Tencent's default span). */
    LvbCloudAction ban(String id) {
        cloud.forbidLiveStream(new ForbidLiveStreamRequest(APP_NAME, domain(), id, null, null));
        return LvbCloudAction.FORBID_LIVE_STREAM;
    }

    LvbCloudAction forbid(String id, Instant until) {
        cloud.forbidLiveStream(new ForbidLiveStreamRequest(APP_NAME, domain(), id,
                until.truncatedTo(ChronoUnit.SECONDS).toString(), null));
        return LvbCloudAction.FORBID_LIVE_STREAM;
    }

    LvbCloudAction resume(String id) {
        cloud.resumeLiveStream(new ResumeLiveStreamRequest(APP_NAME, domain(), id));
        return LvbCloudAction.RESUME_LIVE_STREAM;
    }

    LvbCloudAction drop(String id) {
        cloud.dropLiveStream(new DropLiveStreamRequest(id, domain(), APP_NAME));
        return LvbCloudAction.DROP_LIVE_STREAM;
    }

    /** @return the TaskId of a recording from now to {@code until} */
    String record(String id, Instant until) {
        return cloud.createRecordTask(new CreateRecordTaskRequest(id, domain(), APP_NAME, until.getEpochSecond(),
                null, null, null, null)).taskId();
    }

    LvbCloudAction stopRecording(String taskId) {
        cloud.stopRecordTask(new StopRecordTaskRequest(taskId));
        return LvbCloudAction.STOP_RECORD_TASK;
    }

}
