package dev.lvb.core.model;

/**
 * A legacy API request record: the parameter of an {@code LvbApi} method. How it travels on the wire is the
 * client's business, not part of the record's API.
 */
public sealed interface LvbRequest permits ChannelListRequest, ChannelManagerRequest, LiveStatRequest,
        PlayStatHistoryRequest, PushStatHistoryRequest, RecordingFilesRequest, ScreenshotQueueRequest, SetStatusRequest,
        StartRecordingRequest, StopRecordingRequest, StreamStatusRequest {
}
