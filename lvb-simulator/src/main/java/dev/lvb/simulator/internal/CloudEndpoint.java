package dev.lvb.simulator.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;

import dev.lvb.core.LvbTime;
import dev.lvb.core.cloud.LvbCloudAction;
import dev.lvb.core.cloud.LvbTc3Signer;
import dev.lvb.core.cloud.LvbTc3Verifier;
import dev.lvb.core.cloud.model.CancelCommonMixStreamRequest;
import dev.lvb.core.cloud.model.CommonMixInputParam;
import dev.lvb.core.cloud.model.CommonMixLayoutParams;
import dev.lvb.core.cloud.model.CreateCommonMixStreamRequest;
import dev.lvb.core.cloud.model.CreateRecordTaskRequest;
import dev.lvb.core.cloud.model.CreateRecordTaskResponse;
import dev.lvb.core.cloud.model.DayStreamPlayInfo;
import dev.lvb.core.cloud.model.DescribeLiveForbidStreamListRequest;
import dev.lvb.core.cloud.model.DescribeLiveForbidStreamListResponse;
import dev.lvb.core.cloud.model.DescribeLiveStreamOnlineListRequest;
import dev.lvb.core.cloud.model.DescribeLiveStreamOnlineListResponse;
import dev.lvb.core.cloud.model.DescribeLiveStreamPublishedListRequest;
import dev.lvb.core.cloud.model.DescribeLiveStreamPublishedListResponse;
import dev.lvb.core.cloud.model.DescribeLiveStreamPushInfoListRequest;
import dev.lvb.core.cloud.model.DescribeLiveStreamPushInfoListResponse;
import dev.lvb.core.cloud.model.DescribeLiveStreamStateRequest;
import dev.lvb.core.cloud.model.DescribeLiveStreamStateResponse;
import dev.lvb.core.cloud.model.DescribeRecordTaskRequest;
import dev.lvb.core.cloud.model.DescribeRecordTaskResponse;
import dev.lvb.core.cloud.model.DescribeStreamPlayInfoListRequest;
import dev.lvb.core.cloud.model.DescribeStreamPlayInfoListResponse;
import dev.lvb.core.cloud.model.DescribeStreamPushInfoListRequest;
import dev.lvb.core.cloud.model.DescribeStreamPushInfoListResponse;
import dev.lvb.core.cloud.model.DropLiveStreamRequest;
import dev.lvb.core.cloud.model.ForbidLiveStreamRequest;
import dev.lvb.core.cloud.model.ForbidStreamInfo;
import dev.lvb.core.cloud.model.LvbCloudAck;
import dev.lvb.core.cloud.model.PublishTime;
import dev.lvb.core.cloud.model.PublishedStreamInfo;
import dev.lvb.core.cloud.model.PushDataInfo;
import dev.lvb.core.cloud.model.PushQualityData;
import dev.lvb.core.cloud.model.RecordTask;
import dev.lvb.core.cloud.model.ResumeLiveStreamRequest;
import dev.lvb.core.cloud.model.StopRecordTaskRequest;
import dev.lvb.core.cloud.model.StreamOnlineInfo;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.error.LvbValidationException;
import dev.lvb.core.json.LvbJson;
import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.MixInput;
import dev.lvb.core.model.MixLayout;
import dev.lvb.core.model.MixOutputType;
import dev.lvb.core.model.RecordingTask;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.StartMixRequest;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;
import dev.lvb.core.model.StreamAction;
import dev.lvb.simulator.LvbSimulatorCloud;
import dev.lvb.simulator.MixSessionView;
import dev.lvb.simulator.RecordingTaskView;
import dev.lvb.simulator.StreamView;
import jakarta.json.JsonObject;

/**
 * {@code POST /} with {@code X-TC-Action}: Tencent Cloud API 3.0 on the simulated account. Checks the TC3 signature
 * (Tencent's {@code AuthFailure.*} codes), binds the body with lvb-core's Cloud API records, works on the same
 * {@link SimState} as the legacy endpoint and answers {@code {"Response":{...,"RequestId"}}} with HTTP 200, errors
 * included, as Tencent does.
 */
final class CloudEndpoint {

    private static final Duration DEFAULT_FORBID = Duration.ofDays(7);

    private final Engine engine;
    private final LvbTc3Verifier verifier;

    CloudEndpoint(Engine engine) {
        this.engine = engine;
        this.verifier = new LvbTc3Verifier(LvbTc3Signer.LIVE_SERVICE,
                id -> id.equals(LvbSimulatorCloud.SECRET_ID) ? Optional.of(LvbSimulatorCloud.credentials())
                        : Optional.empty(),
                LvbTc3Verifier.DEFAULT_MAX_SKEW);
    }

    void handle(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            Http.methodNotAllowed(ex, "POST");
            return;
        }
        byte[] body = Http.readBody(ex);
        String requestId = UUID.randomUUID().toString();
        String reply;
        try {
            reply = respond(ex, body, requestId);
        } catch (CloudError e) {
            reply = error(e.code, e.getMessage(), requestId);
        }
        try {
            Http.json(ex, 200, reply);
        } finally {
            engine.flush();
        }
    }

    private String respond(HttpExchange ex, byte[] body, String requestId) {
        Function<String, String> header = name -> ex.getRequestHeaders().getFirst(name);
        LvbTc3Verifier.Outcome outcome = verifier.verify("POST", ex.getRequestURI().getRawPath(),
                ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery(), header, body,
                engine.config().clock().instant().getEpochSecond());
        if (outcome != LvbTc3Verifier.Outcome.OK) {
            throw new CloudError(outcome.code(), outcome.message());
        }
        String version = header.apply(LvbTc3Signer.X_TC_VERSION);
        if (!LvbTc3Signer.LIVE_VERSION.equals(version)) {
            throw new CloudError("InvalidParameterValue", "X-TC-Version must be " + LvbTc3Signer.LIVE_VERSION);
        }
        String actionName = header.apply(LvbTc3Signer.X_TC_ACTION);
        LvbCloudAction action = LvbCloudAction.fromWireName(actionName)
                .orElseThrow(() -> new CloudError("InvalidAction", "the action " + actionName + " is not supported"));
        JsonObject json;
        try {
            json = LvbJson.parseObject(body.length == 0 ? "{}".getBytes() : body);
        } catch (LvbProtocolException e) {
            throw new CloudError("InvalidParameter", "the body is not a JSON object");
        }
        try {
            return LvbJson.provider().createObjectBuilder()
                    .add("Response", ApiEndpoint.tree(call(action, json, requestId))).build().toString();
        } catch (LvbValidationException e) {
            throw new CloudError("InvalidParameterValue", e.getMessage());
        } catch (ApiError e) {
            throw new CloudError("InvalidParameterValue", e.getMessage());
        } catch (MixError e) {
            throw new CloudError("InvalidParameter.OtherError", e.getMessage());
        }
    }

    private Object call(LvbCloudAction action, JsonObject json, String requestId) {
        SimState s = engine.state();
        Instant now = engine.config().clock().instant();
        return switch (action) {
            case DESCRIBE_LIVE_STREAM_STATE -> {
                DescribeLiveStreamStateRequest r = bind(json, DescribeLiveStreamStateRequest.class);
                String name = required("StreamName", r.streamName());
                StreamView v = s.stream(name).orElse(null);
                String state = v == null || v.status() == StreamView.Status.IDLE ? "inactive"
                        : v.isLive() ? "active" : "forbid";
                yield new DescribeLiveStreamStateResponse(state, requestId);
            }
            case DESCRIBE_LIVE_FORBID_STREAM_LIST -> {
                DescribeLiveForbidStreamListRequest r = bind(json, DescribeLiveForbidStreamListRequest.class);
                List<ForbidStreamInfo> all = s.streams().stream()
                        .filter(v -> v.status() == StreamView.Status.DISABLED
                                || v.status() == StreamView.Status.FORBIDDEN)
                        .filter(v -> r.streamName() == null || v.streamId().equals(r.streamName()))
                        .map(v -> new ForbidStreamInfo(v.streamId(), null, iso(v.disabledUntil()), Account.APP_NAME,
                                engine.config().pushDomain()))
                        .toList();
                Page<ForbidStreamInfo> p = Page.of(all, r.pageNum(), r.pageSize());
                yield new DescribeLiveForbidStreamListResponse(p.total(), p.pages(), p.num(), p.size(), p.items(),
                        requestId);
            }
            case FORBID_LIVE_STREAM -> {
                ForbidLiveStreamRequest r = bind(json, ForbidLiveStreamRequest.class);
                Instant until = r.resumeTime() == null ? now.plus(DEFAULT_FORBID) : instant("ResumeTime", r.resumeTime());
                s.channelManager(ChannelManagerRequest.forbid(required("StreamName", r.streamName()), until));
                yield new LvbCloudAck(requestId);
            }
            case RESUME_LIVE_STREAM -> {
                ResumeLiveStreamRequest r = bind(json, ResumeLiveStreamRequest.class);
                s.setStatus(SetStatusRequest.of(required("StreamName", r.streamName()), StreamAction.ALLOW));
                yield new LvbCloudAck(requestId);
            }
            case DROP_LIVE_STREAM -> {
                DropLiveStreamRequest r = bind(json, DropLiveStreamRequest.class);
                String name = required("StreamName", r.streamName());
                if (s.stream(name).map(v -> !v.isLive()).orElse(true)) {
                    throw new CloudError("FailedOperation.HasNotLivingStream", "stream " + name + " is not live");
                }
                s.setStatus(SetStatusRequest.of(name, StreamAction.DROP));
                yield new LvbCloudAck(requestId);
            }
            case DESCRIBE_LIVE_STREAM_ONLINE_LIST -> {
                DescribeLiveStreamOnlineListRequest r = bind(json, DescribeLiveStreamOnlineListRequest.class);
                List<StreamOnlineInfo> all = s.streams().stream().filter(StreamView::isLive)
                        .filter(v -> r.streamName() == null || v.streamId().equals(r.streamName()))
                        .map(v -> new StreamOnlineInfo(v.streamId(), List.of(new PublishTime(iso(v.pushStartedAt()))),
                                Account.APP_NAME, engine.config().pushDomain()))
                        .toList();
                Page<StreamOnlineInfo> p = Page.of(all, r.pageNum(), r.pageSize());
                yield new DescribeLiveStreamOnlineListResponse(p.total(), p.pages(), p.num(), p.size(), p.items(),
                        requestId);
            }
            case DESCRIBE_LIVE_STREAM_PUBLISHED_LIST -> {
                DescribeLiveStreamPublishedListRequest r = bind(json, DescribeLiveStreamPublishedListRequest.class);
                required("StartTime", r.startTime());
                required("EndTime", r.endTime());
                List<PublishedStreamInfo> all = s.streams().stream()
                        .filter(v -> v.pushCount() > 0 && !v.isLive())
                        .filter(v -> r.streamName() == null || v.streamId().equals(r.streamName()))
                        .map(v -> new PublishedStreamInfo(v.streamId(), Account.APP_NAME,
                                engine.config().pushDomain(), cst(v.channelCreatedAt()), null, null, null, null, null))
                        .toList();
                Page<PublishedStreamInfo> p = Page.of(all, r.pageNum(), r.pageSize());
                yield new DescribeLiveStreamPublishedListResponse(p.items(), p.num(), p.size(), p.total(), p.pages(),
                        requestId);
            }
            case DESCRIBE_LIVE_STREAM_PUSH_INFO_LIST -> {
                DescribeLiveStreamPushInfoListRequest r = bind(json, DescribeLiveStreamPushInfoListRequest.class);
                List<PushDataInfo> all = s.streams().stream().filter(StreamView::isLive)
                        .map(v -> new PushDataInfo(v.streamId(), Account.APP_NAME, "127.0.0.1", "127.0.0.1",
                                fps(v), kbps(v), 0L, 64L, engine.config().pushDomain(), cst(v.pushStartedAt()),
                                "aac", "h264", "1280*720", 44100L, 64L, kbps(v), fps(v)))
                        .toList();
                Page<PushDataInfo> p = Page.of(all, r.pageNum(), r.pageSize());
                yield new DescribeLiveStreamPushInfoListResponse(p.items(), p.total(), p.pages(), p.num(), p.size(),
                        requestId);
            }
            case DESCRIBE_STREAM_PLAY_INFO_LIST -> {
                DescribeStreamPlayInfoListRequest r = bind(json, DescribeStreamPlayInfoListRequest.class);
                required("StartTime", r.startTime());
                required("EndTime", r.endTime());
                List<DayStreamPlayInfo> points = new ArrayList<>();
                for (StreamView v : s.streams()) {
                    if (v.isLive() && (r.streamName() == null || v.streamId().equals(r.streamName()))) {
                        double mbps = v.bandwidthMbps() == null ? 0 : v.bandwidthMbps();
                        points.add(new DayStreamPlayInfo(cst(now), mbps, Account.round(mbps * 60 / 8),
                                v.viewers() == null ? 0L : v.viewers().longValue(),
                                v.viewers() == null ? 0L : v.viewers().longValue()));
                    }
                }
                yield new DescribeStreamPlayInfoListResponse(points, requestId);
            }
            case DESCRIBE_STREAM_PUSH_INFO_LIST -> {
                DescribeStreamPushInfoListRequest r = bind(json, DescribeStreamPushInfoListRequest.class);
                String name = required("StreamName", r.streamName());
                List<PushQualityData> points = s.stream(name).filter(StreamView::isLive)
                        .map(v -> List.of(new PushQualityData(cst(now), engine.config().pushDomain(),
                                Account.APP_NAME, "127.0.0.1", cst(v.pushStartedAt()), "1280*720", "h264", "aac",
                                v.pushSequence(), fps(v), kbps(v), 0L, 64L, null, null, null, kbps(v), 64L, fps(v),
                                null, v.bandwidthMbps(), null, "127.0.0.1")))
                        .orElse(List.of());
                yield new DescribeStreamPushInfoListResponse(points, requestId);
            }
            case CREATE_RECORD_TASK -> {
                CreateRecordTaskRequest r = bind(json, CreateRecordTaskRequest.class);
                String name = required("StreamName", r.streamName());
                long end = required("EndTime", r.endTime());
                Instant start = r.startTime() == null ? null : Instant.ofEpochSecond(r.startTime());
                StartRecordingRequest legacy = start == null || !start.isAfter(now)
                        ? StartRecordingRequest.realtime(name, Instant.ofEpochSecond(end))
                        : StartRecordingRequest.scheduled(name, start, Instant.ofEpochSecond(end));
                RecordingTask task = s.startRecording(legacy);
                yield new CreateRecordTaskResponse(task.taskId(), requestId);
            }
            case STOP_RECORD_TASK -> {
                StopRecordTaskRequest r = bind(json, StopRecordTaskRequest.class);
                String id = required("TaskId", r.taskId());
                RecordingTaskView task = s.recordingTasks().stream().filter(t -> t.taskId().equals(id)).findFirst()
                        .orElseThrow(() -> new CloudError("ResourceNotFound.TaskId", "no recording task " + id));
                s.stopRecording(new StopRecordingRequest(task.streamId(), task.taskId(), task.mode()));
                yield new LvbCloudAck(requestId);
            }
            case DESCRIBE_RECORD_TASK -> {
                DescribeRecordTaskRequest r = bind(json, DescribeRecordTaskRequest.class);
                List<RecordTask> tasks = s.recordingTasks().stream()
                        .filter(t -> r.streamName() == null || t.streamId().equals(r.streamName()))
                        .map(t -> new RecordTask(t.taskId(), engine.config().pushDomain(), Account.APP_NAME,
                                t.streamId(), t.startTime().getEpochSecond(), t.endTime().getEpochSecond(), 0L,
                                t.state() == RecordingTaskView.State.STOPPED || t.state() == RecordingTaskView.State.FINISHED ? 1L : 0L))
                        .toList();
                yield new DescribeRecordTaskResponse(null, tasks, requestId);
            }
            case CREATE_COMMON_MIX_STREAM -> {
                CreateCommonMixStreamRequest r = bind(json, CreateCommonMixStreamRequest.class);
                String session = required("MixStreamSessionId", r.mixStreamSessionId());
                if (r.inputStreamList() == null || r.inputStreamList().isEmpty() || r.outputParams() == null) {
                    throw new CloudError("MissingParameter", "InputStreamList and OutputParams are required");
                }
                List<MixInput> inputs = new ArrayList<>();
                for (CommonMixInputParam in : r.inputStreamList()) {
                    CommonMixLayoutParams l = in.layoutParams();
                    if (l == null || l.imageLayer() == null) {
                        throw new CloudError("MissingParameter", "LayoutParams.ImageLayer is required");
                    }
                    inputs.add(MixInput.of(in.inputStreamName(), new MixLayout(l.imageLayer().intValue(),
                            l.inputType() == null ? null : l.inputType().intValue(), l.imageWidth(), l.imageHeight(),
                            l.locationX(), l.locationY(), l.color(), null)));
                }
                String output = required("OutputParams.OutputStreamName", r.outputParams().outputStreamName());
                boolean outputIsInput = inputs.stream().anyMatch(i -> i.inputStreamId().equals(output));
                s.startMix(new StartMixRequest(session, output,
                        outputIsInput ? MixOutputType.ONE_OF_INPUTS : MixOutputType.NEW_STREAM,
                        r.mixStreamTemplateId() == null ? null : r.mixStreamTemplateId().intValue(), null, inputs));
                yield new LvbCloudAck(requestId);
            }
            case CANCEL_COMMON_MIX_STREAM -> {
                CancelCommonMixStreamRequest r = bind(json, CancelCommonMixStreamRequest.class);
                String session = required("MixStreamSessionId", r.mixStreamSessionId());
                MixSessionView mix = s.mixSessions().stream().filter(m -> m.sessionId().equals(session)).findFirst()
                        .orElseThrow(() -> new CloudError("InvalidParameter.CancelSessionNotExist",
                                "no mixing session " + session));
                s.cancelMix(new CancelMixRequest(session, mix.outputStreamId()));
                yield new LvbCloudAck(requestId);
            }
        };
    }

    private static long fps(StreamView v) {
        return v.fps() == null ? 0 : v.fps();
    }

    private static long kbps(StreamView v) {
        return v.speedBps() == null ? 0 : v.speedBps() / 1000;
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }

    private static String cst(Instant t) {
        return t == null ? null : LvbTime.format(t);
    }

    private static Instant instant(String name, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new CloudError("InvalidParameterValue", name + " must be a UTC time such as 2026-12-31T08:00:00Z");
        }
    }

    private static <T> T required(String name, T value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new CloudError("MissingParameter", "the parameter " + name + " is missing");
        }
        return value;
    }

    private static <T> T bind(JsonObject json, Class<T> type) {
        try {
            return LvbJson.bind(json, type);
        } catch (LvbProtocolException e) {
            throw new CloudError("InvalidParameter", "a parameter has the wrong type");
        }
    }

    static String error(String code, String message, String requestId) {
        return LvbJson.provider().createObjectBuilder().add("Response", LvbJson.provider().createObjectBuilder()
                .add("Error", LvbJson.provider().createObjectBuilder().add("Code", code).add("Message", message))
                .add("RequestId", requestId)).build().toString();
    }

    private record Page<T>(long total, long pages, long num, long size, List<T> items) {

        static <T> Page<T> of(List<T> all, Long pageNum, Long pageSize) {
            long size = pageSize == null || pageSize < 1 ? 10 : Math.min(pageSize, 100);
            long num = pageNum == null || pageNum < 1 ? 1 : pageNum;
            long from = Math.min(all.size(), (num - 1) * size);
            List<T> items = all.subList((int) from, (int) Math.min(all.size(), from + size));
            return new Page<>(all.size(), (all.size() + size - 1) / size, num, size, items);
        }
    }

    /** A Cloud API error answer. */
    private static final class CloudError extends RuntimeException {

        final String code;

        CloudError(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
