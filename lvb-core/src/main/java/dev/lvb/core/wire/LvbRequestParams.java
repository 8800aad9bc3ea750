package dev.lvb.core.wire;

import dev.lvb.core.LvbTime;
import dev.lvb.core.LvbWireOptions;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.LvbRequest;
import dev.lvb.core.model.PlayStatHistoryRequest;
import dev.lvb.core.model.PushStatHistoryRequest;
import dev.lvb.core.model.RecordingFilesRequest;
import dev.lvb.core.model.RecordingMode;
import dev.lvb.core.model.ScreenshotQueueRequest;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;
import dev.lvb.core.model.StreamStatusRequest;

/**
 * The request-to-wire mapping of the legacy APIs: a request record's {@code Param.s.*}/{@code Param.n.*}
 * parameters in their canonical names and LVB's wire order (without {@code appid}, {@code interface}, {@code t},
 * {@code sign}; {@link LvbWireOptions} renames are the client's job). It lives here, not on the public records, so
 * that the wire mapping is no part of their API; the simulator's request parsers are its inverse.
 */
public final class LvbRequestParams {

    private LvbRequestParams() {
    }

    /**
     * @param request a request record
     * @return its business parameters, in wire order
     */
    public static LvbParams of(LvbRequest request) {
        LvbParams.Builder p = LvbParams.builder();
        if (request instanceof StreamStatusRequest r) {
            p.s("channel_id", r.streamId());
        } else if (request instanceof SetStatusRequest r) {
            p.s("channel_id", r.streamId()).n("status", r.action().code()).s("path", r.path()).s("domain", r.domain());
        } else if (request instanceof ChannelManagerRequest r) {
            p.s("channel_id", r.streamId()).n("abstime_end", r.until().getEpochSecond()).s("action", r.action().wire());
        } else if (request instanceof ChannelListRequest r) {
            p.n("status", r.status() == null ? null : r.status().code()).n("page_no", r.pageNo())
                    .n("page_size", r.pageSize()).s("order_field", r.order() == null ? null : "create_time")
                    .raw(LvbWireOptions.ORDER_BY_TYPE, r.order() == null ? null : Integer.toString(r.order().number()));
        } else if (request instanceof LiveStatRequest r) {
            p.n("page_no", r.pageNo()).n("page_size", r.pageSize()).s("stream_id", r.streamId())
                    .s("pull_domain", r.pullDomain()).s("push_domain", r.pushDomain());
        } else if (request instanceof PushStatHistoryRequest r) {
            p.n("start_time", r.startTime().getEpochSecond()).n("end_time", r.endTime().getEpochSecond())
                    .s("stream_id", r.streamId());
        } else if (request instanceof PlayStatHistoryRequest r) {
            p.n("start_time", r.startTime().getEpochSecond()).n("end_time", r.endTime().getEpochSecond())
                    .s("stream_id", r.streamId()).s("domain", r.domain());
        } else if (request instanceof RecordingFilesRequest r) {
            p.s("channel_id", r.streamId()).n("page_no", r.pageNo()).n("page_size", r.pageSize())
                    .s("sort_type", r.sort() == null ? null : r.sort().text())
                    .s("start_time", r.startTime() == null ? null : LvbTime.format(r.startTime()))
                    .s("end_time", r.endTime() == null ? null : LvbTime.format(r.endTime()));
        } else if (request instanceof ScreenshotQueueRequest r) {
            p.n("bid", r.bid()).n("count", r.count());
        } else if (request instanceof StartRecordingRequest r) {
            startRecording(p, r);
        } else if (request instanceof StopRecordingRequest r) {
            // Canonical Param.n.task_id; LvbWireOptions may rename it to Param.s.task_id.
            p.s("channel_id", r.streamId()).raw(LvbWireOptions.TASK_ID, r.taskId())
                    .n("task_sub_type", r.mode() == null ? null : r.mode().code());
        } else {
            // LvbRequest is sealed: only a new record without its mapping gets here.
            throw new IllegalArgumentException("no wire mapping for " + request.getClass().getName());
        }
        return p.build();
    }

    private static void startRecording(LvbParams.Builder p, StartRecordingRequest r) {
        boolean realtime = r.mode() == RecordingMode.REALTIME;
        p.s("channel_id", r.streamId())
                .s("start_time", realtime || r.startTime() == null ? null : LvbTime.format(r.startTime()))
                .s("end_time", LvbTime.format(r.endTime()))
                .n("task_sub_type", r.mode() == null ? null : r.mode().code())
                .s("file_format", r.format() == null ? null : r.format().wire())
                .s("record_type", r.recordType() == null ? null : r.recordType().wire())
                .s("path", r.path()).s("domain", r.domain())
                // Documented as Param.s. although the value is a number.
                .s("mix_stream", Boolean.TRUE.equals(r.mixStream()) ? "1" : null);
    }
}
