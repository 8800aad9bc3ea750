package dev.lvb.core.event;

/**
 * A verified LVB event notification. Observe this type to receive every event, or a subtype for one kind.
 */
public sealed interface LvbEvent
        permits StreamBeginEvent, StreamEndEvent, RecordingFileEvent, ScreenshotEvent, PornDetectionEvent,
        RelayTaskEvent, AudioModerationEvent, PushErrorEvent, LiveMonitorEvent, RecordingStatusEvent,
        RecordingErrorEvent, QualityCheckEvent, LiveSummaryEvent, HighlightEvent, UnknownEvent {

    /** @return LVB's {@code event_type} */
    int eventType();

    /** @return the stream the event is about, or {@code null} when LVB did not say */
    String streamId();

    /** @return the LVB APPID the event belongs to, or {@code null} when LVB did not say */
    Long appId();

    /**
     * @return the notification as LVB sent it, without {@code sign}: every field, the ones without a typed accessor
     *         included (empty for an event built in code)
     */
    jakarta.json.JsonObject raw();
}
