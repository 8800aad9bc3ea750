package dev.lvb.simulator.internal;

import java.net.URI;
import java.util.Optional;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.simulator.DisconnectReason;
import dev.lvb.simulator.PushOptions;
import dev.lvb.simulator.PushResult;

/** The Java operations behind the control endpoints (implemented by {@code LvbSimulator}). */
public interface ControlActions {

    PushResult startPush(String streamId, PushOptions options);

    boolean stopPush(String streamId, DisconnectReason reason);

    Optional<ScreenshotEvent> screenshot(String streamId);

    void reset();

    void tick();

    void setCallbackUrl(URI url);

    Optional<LvbEvent> sendEvent(int eventType, String streamId);
}
