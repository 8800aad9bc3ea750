/**
 * LVB's event notifications as typed, immutable events: {@link dev.lvb.core.event.StreamBeginEvent} (event_type 1),
 * {@link dev.lvb.core.event.StreamEndEvent} (0), {@link dev.lvb.core.event.RecordingFileEvent} (100),
 * {@link dev.lvb.core.event.ScreenshotEvent} (200), {@link dev.lvb.core.event.PornDetectionEvent} (317) and
 * {@link dev.lvb.core.event.UnknownEvent} for anything else, all {@link dev.lvb.core.event.LvbEvent}s.
 * <p>
 * The envelope fields {@code event_type}, {@code t} and {@code sign} are not part of the records: they are checked
 * and stripped on receipt and added when sending, by {@link dev.lvb.core.event.LvbEvents}.
 */
package dev.lvb.core.event;
