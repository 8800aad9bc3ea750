package dev.lvb.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.simulator.LvbSimulatorConfig;

/**
 * What the simulator's domains share: the configuration, the one clock, where media is served, and the outbox
 * of notifications caused by the current call. Not thread-safe: {@link SimState} holds the lock.
 */
final class Account {

    static final String NODE_IP = "127.0.0.1";
    static final String APP_NAME = "live";

    final LvbSimulatorConfig config;
    final String mediaBase;
    private final Clock clock;
    private final List<LvbEvent> outbox = new ArrayList<>();

    Account(LvbSimulatorConfig config, URI baseUri) {
        this.config = config;
        this.clock = config.clock();
        this.mediaBase = baseUri.toString() + Media.PATH;
    }

    Instant now() {
        return clock.instant();
    }

    void emit(LvbEvent event) {
        outbox.add(event);
    }

    List<LvbEvent> drainOutbox() {
        if (outbox.isEmpty()) {
            return List.of();
        }
        List<LvbEvent> out = List.copyOf(outbox);
        outbox.clear();
        return out;
    }

    void reset() {
        outbox.clear();
    }

    static <T> List<T> page(List<T> all, Integer pageNo, Integer pageSize, int defaultSize) {
        int size = pageSize == null ? defaultSize : pageSize;
        long from = (long) ((pageNo == null ? 1 : pageNo) - 1) * size;
        if (from >= all.size()) {
            return List.of();
        }
        return List.copyOf(all.subList((int) from, (int) Math.min(all.size(), from + size)));
    }

    static double round(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
