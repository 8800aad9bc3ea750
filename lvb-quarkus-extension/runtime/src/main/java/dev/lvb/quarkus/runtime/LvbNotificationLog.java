package dev.lvb.quarkus.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.jboss.logging.Logger;

import dev.lvb.callback.LvbNotificationReport;
import dev.lvb.core.event.LvbEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Dev mode only: the last {@value #CAPACITY} notifications the callback endpoint received, accepted or not, for the
 * Dev UI ({@link LvbJsonRpcService}), and one console line per refused notification, so that a misconfigured key or
 * clock shows at once. Registered by the extension in dev mode only; in production refusals stay at DEBUG (and in
 * the {@code lvb.callback.notifications} counter).
 */
@Singleton
public class LvbNotificationLog {

    /** How many notifications are kept. */
    public static final int CAPACITY = 50;

    /**
     * One notification as the Dev UI shows it.
     *
     * @param id its number since the start (for a replay)
     * @param time when it was received
     * @param eventType LVB's {@code event_type} when verified, else {@code null}
     * @param event the event class's simple name ({@code StreamBeginEvent}...), {@code null} when not verified
     * @param streamId the stream, when verified and given
     * @param outcome what the endpoint did ({@code ACCEPTED}, {@code REJECTED_SIGNATURE}...)
     * @param status the HTTP status LVB was answered
     * @param reason the short reason of a rejection, else {@code null}
     * @param verified the verified event, else {@code null} (what a replay re-sends)
     */
    public record Entry(long id, Instant time, Integer eventType, String event, String streamId, String outcome,
            int status, String reason, LvbEvent verified) {
    }

    private static final Logger CONSOLE = Logger.getLogger("dev.lvb.callback");

    private final int capacity;
    private final Clock clock;
    private final ArrayDeque<Entry> entries;
    private long total;
    private long lastId;

    /** Keeps the last {@value #CAPACITY}. */
    public LvbNotificationLog() {
        this(CAPACITY, Clock.systemUTC());
    }

    /**
     * @param capacity how many entries are kept
     * @param clock stamps the entries
     */
    public LvbNotificationLog(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.clock = clock;
        this.entries = new ArrayDeque<>(capacity);
    }

    /** @param report one notification the callback endpoint received (a CDI event) */
    public void onNotification(@Observes LvbNotificationReport report) {
        LvbEvent event = report.event();
        add(report.eventType(), event == null ? null : event.getClass().getSimpleName(), report.streamId(),
                report.outcome().name(), report.status(), report.reason(), event);
        String line = consoleLine(report);
        if (line != null) {
            CONSOLE.info(line);
        }
    }

    /**
     * @param report what the endpoint did
     * @return the dev-mode console line of a refused notification (status, reason, what to check; never a key or
     *         a signature: the reason is the endpoint's own short text), or {@code null} when it was not refused
     */
    public static String consoleLine(LvbNotificationReport report) {
        String hint = switch (report.outcome()) {
            case REJECTED_SIGNATURE -> "is quarkus.lvb.callback-key (or quarkus.lvb.api-key) the key LVB signs with?";
            case REJECTED_EXPIRED -> "signed with the right key, but t is outside quarkus.lvb.callback.clock-skew"
                    + " / max-lifetime: a replay, or a clock that is off";
            case REJECTED_MALFORMED -> "not a notification as LVB sends them";
            case REJECTED_TOO_LARGE -> "larger than quarkus.lvb.callback.max-body-size";
            case UNAVAILABLE -> "the receiver cannot check notifications now";
            default -> null;
        };
        return hint == null ? null
                : "LVB notification refused with HTTP " + report.status() + ": " + report.reason() + " (" + hint + ")";
    }

    private synchronized void add(Integer eventType, String event, String streamId, String outcome, int status,
            String reason, LvbEvent verified) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(new Entry(++lastId, clock.instant(), eventType, event, streamId, outcome, status, reason,
                verified));
        total++;
    }

    /**
     * @param id an entry's id
     * @return the entry, while it is kept
     */
    public synchronized java.util.Optional<Entry> find(long id) {
        return entries.stream().filter(e -> e.id() == id).findFirst();
    }

    /** @return the entries kept, newest first */
    public synchronized List<Entry> latest() {
        List<Entry> newestFirst = new ArrayList<>(entries.size());
        for (Iterator<Entry> i = entries.descendingIterator(); i.hasNext();) {
            newestFirst.add(i.next());
        }
        return newestFirst;
    }

    /** @return how many notifications were received since the start (or the last {@link #clear()}) */
    public synchronized long total() {
        return total;
    }

    /** Forgets every entry. */
    public synchronized void clear() {
        entries.clear();
        total = 0;
    }
}
