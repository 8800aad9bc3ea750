package dev.lvb.testing;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.simulator.CallbackRecord;
import dev.lvb.simulator.LvbSimulator;
import dev.lvb.simulator.PushResult;

/**
 * The entry point of a test against the simulator: given a simulator that notifies the application, when
 * something happens to a stream, then the notifications reached the application.
 *
 * <pre>{@code
 * LvbTesting.given().simulator(LVB.simulator()).callbackUrl(callback)
 *         .when().streamStarts("anchor_1")
 *         .then().delivered(1);
 * // ... assert on what your @Observes StreamBeginEvent method did
 * }</pre>
 *
 * {@code then()} waits for the notifications caused by {@code when()} and fails the test with the simulator's
 * callback log unless every one was acknowledged ({@code 200 {"code":0}}).
 */
public final class LvbTesting {

    /** How long {@code then()} waits for notifications, unless {@link Given#timeout(Duration)} says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private LvbTesting() {
    }

    /** @return the start of a test */
    public static Given given() {
        return new Given();
    }

    /** What the test starts from. */
    public static final class Given {
        private LvbSimulator simulator;
        private Duration timeout = DEFAULT_TIMEOUT;

        private Given() {
        }

        /**
         * @param simulator the simulator to drive, e.g. {@link LvbSimulatorExtension#simulator()}; its callback key
         *        must be the application's
         * @return this
         */
        public Given simulator(LvbSimulator simulator) {
            this.simulator = Objects.requireNonNull(simulator, "simulator");
            return this;
        }

        /**
         * @param url where the application receives notifications, e.g. {@code @TestHTTPResource("/lvb/callback")}
         * @return this
         */
        public Given callbackUrl(URI url) {
            requireSimulator().setCallbackUrl(Objects.requireNonNull(url, "url"));
            return this;
        }

        /**
         * @param value how long {@code then()} waits for notifications
         * @return this
         */
        public Given timeout(Duration value) {
            this.timeout = Objects.requireNonNull(value, "timeout");
            return this;
        }

        /** @return the events of the test */
        public When when() {
            return new When(requireSimulator(), timeout);
        }

        private LvbSimulator requireSimulator() {
            if (simulator == null) {
                throw new IllegalStateException("given().simulator(...) first");
            }
            return simulator;
        }
    }

    /** What happens to streams; each step fails the test when the simulator refuses it. */
    public static final class When {
        private final LvbSimulator simulator;
        private final Duration timeout;
        private final long after;

        private When(LvbSimulator simulator, Duration timeout) {
            this.simulator = simulator;
            this.timeout = timeout;
            this.after = lastId(simulator.callbackLog());
        }

        /**
         * An anchor starts pushing: LVB sends a stream-begin notification.
         *
         * @param streamId the stream id
         * @return this
         */
        public When streamStarts(String streamId) {
            PushResult result = simulator.startPush(streamId);
            if (!result.accepted()) {
                throw new AssertionError("the simulator did not start " + streamId + ": " + result);
            }
            return this;
        }

        /**
         * The anchor stops pushing: LVB sends a stream-end notification.
         *
         * @param streamId the stream id
         * @return this
         */
        public When streamStops(String streamId) {
            if (!simulator.stopPush(streamId)) {
                throw new AssertionError(streamId + " was not live");
            }
            return this;
        }

        /**
         * Any other notification, signed and sent as LVB does.
         *
         * @param event the event
         * @return this
         */
        public When notifies(LvbEvent event) {
            simulator.send(event);
            return this;
        }

        /** @return what the test checks */
        public Then then() {
            return new Then(simulator, timeout, after);
        }
    }

    /** What the test checks about the notifications sent since {@code when()}. */
    public static final class Then {
        private final LvbSimulator simulator;
        private final Duration timeout;
        private final long after;

        private Then(LvbSimulator simulator, Duration timeout, long after) {
            this.simulator = simulator;
            this.timeout = timeout;
            this.after = after;
        }

        /**
         * Waits until {@code count} notifications sent since {@code when()} are finished and checks that the
         * application acknowledged each.
         *
         * @param count how many notifications the steps caused
         * @return the events the application received, oldest first
         * @throws AssertionError when one was refused, failed or did not finish in time
         */
        public List<LvbEvent> delivered(int count) {
            List<CallbackRecord> finished = simulator.awaitCallbacks(r -> r.id() > after, count, timeout);
            List<LvbEvent> events = new ArrayList<>();
            for (CallbackRecord r : finished) {
                if (r.state() != CallbackRecord.State.DELIVERED) {
                    throw new AssertionError("notification " + r.id() + " (event_type " + r.eventType() + ", stream "
                            + r.streamId() + ") was not acknowledged: " + r.state() + " " + r.attempts());
                }
                events.add(r.toEvent());
            }
            return events;
        }
    }

    private static long lastId(List<CallbackRecord> log) {
        long last = 0;
        for (CallbackRecord r : log) {
            last = Math.max(last, r.id());
        }
        return last;
    }
}
