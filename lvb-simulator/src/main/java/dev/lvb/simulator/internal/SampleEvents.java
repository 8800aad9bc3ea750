package dev.lvb.simulator.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.LvbSampleEvents;

/**
 * The simulator's "send an event" samples: today's types, in the shapes of {@link LvbSampleEvents} (types 0, 1,
 * 100 and 200 the simulator sends from its own stream state). Sent exactly as written, plus {@code t} and
 * {@code sign}.
 */
public final class SampleEvents {

    /** The {@code event_type}s there is a sample of. */
    public static final List<Integer> TYPES = List.of(314, 315, 317, 321, 328, 332, 341, 343, 348, 349);

    private SampleEvents() {
    }

    /**
     * @param eventType an event type of {@link #TYPES}
     * @param appId the APPID
     * @param domain the push domain
     * @param appName the AppName
     * @param streamId the stream
     * @param now the simulator's time
     * @return the typed event (its {@code raw()} is the sample), empty for other types
     */
    public static Optional<LvbEvent> of(int eventType, long appId, String domain, String appName, String streamId,
            Instant now) {
        if (!TYPES.contains(eventType)) {
            return Optional.empty();
        }
        return LvbSampleEvents.of(eventType, appId, domain, appName, streamId, now).map(LvbEvents::fromJson);
    }
}
