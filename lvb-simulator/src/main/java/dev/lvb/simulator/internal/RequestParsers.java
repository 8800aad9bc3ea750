package dev.lvb.simulator.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

import dev.lvb.core.LvbTime;
import dev.lvb.core.error.LvbValidationException;
import dev.lvb.core.wire.LvbParams;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.ChannelStatusFilter;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.PlayStatHistoryRequest;
import dev.lvb.core.model.PushStatHistoryRequest;
import dev.lvb.core.model.RecordType;
import dev.lvb.core.model.RecordingFilesRequest;
import dev.lvb.core.model.RecordingFormat;
import dev.lvb.core.model.RecordingMode;
import dev.lvb.core.model.ScreenshotQueueRequest;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.SortOrder;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;
import dev.lvb.core.model.StreamAction;
import dev.lvb.core.model.StreamStatusRequest;

/**
 * Reads the request models back from a call's business parameters, the inverse of {@link dev.lvb.core.wire.LvbRequestParams}.
 * The records' constructors validate; a value that names no constant fails with an {@link LvbValidationException}
 * naming the parameter, which the simulator answers like LVB.
 */
public final class RequestParsers {

    private RequestParsers() {
    }

    public static StreamStatusRequest streamStatus(LvbParams p) {
        return new StreamStatusRequest(p.textOrNull("channel_id"));
    }

    public static SetStatusRequest setStatus(LvbParams p) {
        Integer status = p.intOrNull("status");
        StreamAction action;
        try {
            action = status == null ? null : StreamAction.of(status);
        } catch (IllegalArgumentException e) {
            throw new LvbValidationException("Param.n.status", "must be 0, 1 or 2, got " + status);
        }
        return new SetStatusRequest(p.textOrNull("channel_id"), action, p.textOrNull("path"), p.textOrNull("domain"));
    }

    public static ChannelListRequest channelList(LvbParams p) {
        Integer order = p.intOrNull("order_by_type");
        if (order == null) {
            order = p.intOrNull("order_type");
        }
        Integer status = p.intOrNull("status");
        ChannelStatusFilter filter = status == null ? null : constant(ChannelStatusFilter.values(),
                ChannelStatusFilter::code, status, "Param.n.status", "must be 0, 1 or 3, got " + status);
        return new ChannelListRequest(filter, p.intOrNull("page_no"), p.intOrNull("page_size"),
                order == null ? null : (order == 1 ? SortOrder.DESC : SortOrder.ASC));
    }

    public static ChannelManagerRequest channelManager(LvbParams p) {
        String action = p.textOrNull("action");
        ChannelManagerRequest.Action a = null;
        if (action != null) {
            try {
                a = ChannelManagerRequest.Action.valueOf(action.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new LvbValidationException("Param.s.action", "must be forbid or resume, got '" + action + "'");
            }
        }
        return new ChannelManagerRequest(p.textOrNull("channel_id"), a, epochSeconds(p, "abstime_end"));
    }

    public static ScreenshotQueueRequest screenshotQueue(LvbParams p) {
        Integer bid = p.intOrNull("bid");
        if (bid == null) {
            throw new LvbValidationException("Param.n.bid", "is required");
        }
        return new ScreenshotQueueRequest(bid, p.intOrNull("count"));
    }

    public static LiveStatRequest liveStat(LvbParams p) {
        return new LiveStatRequest(p.intOrNull("page_no"), p.intOrNull("page_size"), p.textOrNull("stream_id"),
                p.textOrNull("pull_domain"), p.textOrNull("push_domain"));
    }

    public static PushStatHistoryRequest pushStatHistory(LvbParams p) {
        return new PushStatHistoryRequest(epochSeconds(p, "start_time"), epochSeconds(p, "end_time"),
                p.textOrNull("stream_id"));
    }

    public static PlayStatHistoryRequest playStatHistory(LvbParams p) {
        return new PlayStatHistoryRequest(epochSeconds(p, "start_time"), epochSeconds(p, "end_time"),
                p.textOrNull("stream_id"), p.textOrNull("domain"));
    }

    public static RecordingFilesRequest recordingFiles(LvbParams p) {
        String sort = p.textOrNull("sort_type");
        return new RecordingFilesRequest(p.textOrNull("channel_id"), p.intOrNull("page_no"), p.intOrNull("page_size"),
                sort == null ? null : ("desc".equalsIgnoreCase(sort) ? SortOrder.DESC : SortOrder.ASC),
                time(p, "start_time"), time(p, "end_time"));
    }

    public static StartRecordingRequest startRecording(LvbParams p) {
        String mix = p.textOrNull("mix_stream");
        String format = p.textOrNull("file_format");
        String type = p.textOrNull("record_type");
        return new StartRecordingRequest(p.textOrNull("channel_id"), mode(p), time(p, "start_time"),
                time(p, "end_time"),
                format == null ? null : named(RecordingFormat.values(), format, "Param.s.file_format",
                        "must be flv, hls, mp4 or aac, got '" + format + "'"),
                type == null ? null : named(RecordType.values(), type, "Param.s.record_type",
                        "must be video or audio, got '" + type + "'"),
                p.textOrNull("path"), p.textOrNull("domain"), mix == null ? null : "1".equals(mix.trim()));
    }

    public static StopRecordingRequest stopRecording(LvbParams p) {
        return new StopRecordingRequest(p.textOrNull("channel_id"), p.textOrNull("task_id"), mode(p));
    }

    private static RecordingMode mode(LvbParams p) {
        Integer code = p.intOrNull("task_sub_type");
        return code == null ? null : constant(RecordingMode.values(), RecordingMode::code, code,
                "Param.n.task_sub_type", "must be 0 or 1, got " + code);
    }

    private static Instant epochSeconds(LvbParams p, String name) {
        return p.number(name).map(Instant::ofEpochSecond).orElse(null);
    }

    private static Instant time(LvbParams p, String name) {
        String text = p.textOrNull(name);
        if (text == null) {
            return null;
        }
        try {
            return LvbTime.parse(text);
        } catch (IllegalArgumentException e) {
            throw new LvbValidationException("Param.s." + name, e.getMessage());
        }
    }

    private static <E> E constant(E[] values, Function<E, Integer> code, int wire, String param, String message) {
        for (E e : values) {
            if (code.apply(e) == wire) {
                return e;
            }
        }
        throw new LvbValidationException(param, message);
    }

    private static <E extends Enum<E>> E named(E[] values, String wire, String param, String message) {
        for (E e : values) {
            if (e.name().equalsIgnoreCase(wire)) {
                return e;
            }
        }
        throw new LvbValidationException(param, message);
    }
}
