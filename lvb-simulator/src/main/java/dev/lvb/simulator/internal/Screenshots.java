package dev.lvb.simulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.core.model.QueuedScreenshot;
import dev.lvb.core.model.ScreenshotQueue;
import dev.lvb.core.model.ScreenshotQueueRequest;
import dev.lvb.simulator.LvbSimulatorConfig;

/** Screenshots of live streams, on request or periodically, and the screenshot queue ({@code Live_Queue_Get}). */
final class Screenshots {

    static final int QUEUE_LIMIT = 10_000;

    private final Account account;
    private final LvbSimulatorConfig config;
    private final String mediaBase;
    private final ArrayDeque<QueuedScreenshot> queue = new ArrayDeque<>();
    private long shotSeq;

    Screenshots(Account account) {
        this.account = account;
        this.config = account.config;
        this.mediaBase = account.mediaBase;
    }

    /** Takes the periodic screenshots that are due. */
    void takeDue(Streams streams, Instant now) {
        Duration every = config.screenshotInterval();
        if (every != null) {
            for (Streams.StreamRec s : streams.all()) {
                if (s.live != null && !now.isBefore(s.lastScreenshot.plus(every))) {
                    take(s, now);
                }
            }
        }
    }

    List<QueuedScreenshot> queue() {
        return List.copyOf(queue);
    }

    void reset() {
        queue.clear();
    }

    ScreenshotQueue queueGet(ScreenshotQueueRequest r) {
        List<QueuedScreenshot> out = new ArrayList<>();
        if (r.bid() == ScreenshotQueueRequest.SCREENSHOT_QUEUE) {
            int want = r.count() == null ? 1 : r.count();
            while (out.size() < want && !queue.isEmpty()) {
                out.add(queue.pollFirst());
            }
        }
        return new ScreenshotQueue(out.size(), out);
    }

    ScreenshotEvent take(Streams.StreamRec s, Instant now) {
        long n = ++shotSeq;
        String path = Media.PATH + "snapshot-" + n + ".jpg";
        String full = mediaBase + "snapshot-" + n + ".jpg";
        s.lastScreenshot = now;
        queue.addLast(new QueuedScreenshot(s.id, full, null, now.getEpochSecond()));
        while (queue.size() > QUEUE_LIMIT) {
            queue.pollFirst();
        }
        ScreenshotEvent event = new ScreenshotEvent(s.live.appId, s.id, s.id, path, full, now.getEpochSecond(),
                null, null, null, null, null, s.live.streamParam, null);
        account.emit(event);
        return event;
    }
}
