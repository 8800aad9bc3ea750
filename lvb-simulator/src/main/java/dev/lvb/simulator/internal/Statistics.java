package dev.lvb.simulator.internal;

import static dev.lvb.simulator.internal.Account.NODE_IP;
import static dev.lvb.simulator.internal.Account.max;
import static dev.lvb.simulator.internal.Account.min;
import static dev.lvb.simulator.internal.Account.page;
import static dev.lvb.simulator.internal.Account.round;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.LvbTime;
import dev.lvb.core.model.LiveStat;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.PlayStatHistory;
import dev.lvb.core.model.PlayStatHistoryRequest;
import dev.lvb.core.model.PlayStatPoint;
import dev.lvb.core.model.PlayStatSum;
import dev.lvb.core.model.PushStatHistory;
import dev.lvb.core.model.PushStatHistoryRequest;
import dev.lvb.core.model.PushStatPoint;
import dev.lvb.core.model.StreamStat;
import dev.lvb.simulator.LvbSimulatorConfig;

/** Synthetic statistics, consistent with the streams' push sessions: live figures and per-minute history. */
final class Statistics {

    /** Push statistics history is kept 3 days, play statistics 15 days. */
    static final Duration PUSH_HISTORY_RETENTION = Duration.ofDays(3);
    static final Duration PLAY_HISTORY_RETENTION = Duration.ofDays(15);
    /** Statistics history has one sample per minute, on the minute. */
    static final long SAMPLE_SECONDS = 60;
    static final int MAX_SAMPLES = 20_000;

    private final LvbSimulatorConfig config;
    private final Streams streams;

    Statistics(Account account, Streams streams) {
        this.config = account.config;
        this.streams = streams;
    }

    /**
     * @return the statistics, or {@code null} for LVB's "empty output" (a stream was named and is not live)
     */
    LiveStat liveStat(LvbInterface api, LiveStatRequest r, Instant now) {
        List<Streams.StreamRec> live = streams.live();
        if (r.streamId() != null) {
            live = live.stream().filter(s -> s.id.equals(r.streamId())).toList();
        }
        if ((r.pullDomain() != null && !r.pullDomain().equals(config.playDomain()))
                || (r.pushDomain() != null && !r.pushDomain().equals(config.pushDomain()))) {
            live = List.of();
        }
        if (r.streamId() != null && live.isEmpty()) {
            return null;
        }
        boolean push = api != LvbInterface.GET_LIVE_PLAY_STAT;
        boolean play = api != LvbInterface.GET_LIVE_PUSH_STAT;
        double totalBandwidth = 0;
        long totalOnline = 0;
        for (Streams.StreamRec s : live) {
            totalBandwidth += s.live.bandwidthMbps();
            totalOnline += s.live.viewers;
        }
        List<StreamStat> info = page(live, r.pageNo(), r.pageSize(), LiveStatRequest.MAX_PAGE_SIZE).stream()
                .map(s -> new StreamStat(s.id, play ? s.live.bandwidthMbps() : null,
                        play ? (Long) (long) s.live.viewers : null, push ? s.live.userIp : null,
                        push ? NODE_IP : null, push ? s.live.fps : null, push ? s.live.speed : null, null, null))
                .toList();
        return new LiveStat(live.size(), play ? round(totalBandwidth) : null, play ? totalOnline : null, info,
                LvbTime.format(now));
    }

    PushStatHistory pushStatHistory(PushStatHistoryRequest r, Instant now) {
        Instant from = max(r.startTime(), now.minus(PUSH_HISTORY_RETENTION));
        Instant to = min(r.endTime(), now);
        Streams.StreamRec s = streams.get(r.streamId());
        List<PushStatPoint> points = new ArrayList<>();
        if (s != null) {
            for (Instant t = firstSample(from); !t.isAfter(to) && points.size() < MAX_SAMPLES;
                    t = t.plusSeconds(SAMPLE_SECONDS)) {
                Streams.Session live = s.sessionAt(t);
                if (live != null) {
                    points.add(new PushStatPoint(LvbTime.format(t), live.userIp, NODE_IP, live.fps, live.speed));
                }
            }
        }
        if (points.isEmpty()) {
            throw new ApiError(ApiError.STAT_NO_DATA, "query data is empty");
        }
        return new PushStatHistory(points);
    }

    PlayStatHistory playStatHistory(PlayStatHistoryRequest r, Instant now) {
        List<Streams.StreamRec> scope;
        if (r.domain() != null && !r.domain().equals(config.playDomain())) {
            scope = List.of();
        } else if (r.streamId() != null) {
            Streams.StreamRec s = streams.get(r.streamId());
            scope = s == null ? List.of() : List.of(s);
        } else {
            scope = List.copyOf(streams.all());
        }
        Instant from = max(r.startTime(), now.minus(PLAY_HISTORY_RETENTION));
        Instant to = min(r.endTime(), now);
        List<PlayStatPoint> points = new ArrayList<>();
        double sumFlux = 0;
        for (Instant t = firstSample(from); !scope.isEmpty() && !t.isAfter(to) && points.size() < MAX_SAMPLES;
                t = t.plusSeconds(SAMPLE_SECONDS)) {
            double bandwidth = 0;
            long online = 0;
            boolean any = false;
            for (Streams.StreamRec s : scope) {
                Streams.Session live = s.sessionAt(t);
                if (live != null) {
                    any = true;
                    bandwidth += live.bandwidthMbps();
                    online += live.viewers;
                }
            }
            if (any) {
                // Mbps over one minute, in MB.
                double flux = round(bandwidth * SAMPLE_SECONDS / 8);
                sumFlux += flux;
                points.add(new PlayStatPoint(LvbTime.format(t), round(bandwidth), online, flux));
            }
        }
        if (points.isEmpty()) {
            throw new ApiError(ApiError.STAT_NO_DATA, "query data is empty");
        }
        return new PlayStatHistory(points, new PlayStatSum(round(sumFlux)), r.domain(), r.streamId());
    }

    private static Instant firstSample(Instant from) {
        long s = from.getEpochSecond();
        long aligned = Math.floorDiv(s + SAMPLE_SECONDS - 1, SAMPLE_SECONDS) * SAMPLE_SECONDS;
        return Instant.ofEpochSecond(aligned);
    }
}
