package dev.lvb.simulator.internal;

import static dev.lvb.simulator.internal.Account.APP_NAME;
import static dev.lvb.simulator.internal.Account.NODE_IP;
import static dev.lvb.simulator.internal.Account.max;
import static dev.lvb.simulator.internal.Account.page;
import static dev.lvb.simulator.internal.Account.round;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lvb.core.LvbTime;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.core.model.Channel;
import dev.lvb.core.model.ChannelList;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.ChannelStatusFilter;
import dev.lvb.core.model.LiveChannel;
import dev.lvb.core.model.LiveChannelList;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.SortOrder;
import dev.lvb.core.model.StreamStatusEntry;
import dev.lvb.core.model.StreamStatusRequest;
import dev.lvb.core.url.LvbTxSecret;
import dev.lvb.core.url.LvbUrlVerification;
import dev.lvb.core.url.LvbUrlVerifier;
import dev.lvb.simulator.DisconnectReason;
import dev.lvb.simulator.LvbSimulatorConfig;
import dev.lvb.simulator.PushOptions;
import dev.lvb.simulator.PushResult;
import dev.lvb.simulator.StreamView;

import java.util.Collection;

/**
 * Streams and their pushes: push sessions (with LVB's push authentication), bans ({@code Live_Channel_SetStatus})
 * and forbids ({@code channel_manager}), status and channel lists. Guarded by {@link SimState}'s lock.
 */
final class Streams {

    /** Live_Channel_SetStatus 0 lasts at most 7 days (2018 doc). */
    static final Duration BAN_DURATION = Duration.ofDays(7);
    /** channel_manager caps abstime_end at about 3 months ahead. */
    static final Duration MAX_FORBID = Duration.ofDays(90);
    static final int SESSION_HISTORY_LIMIT = 1_000;
    static final String DEFAULT_USER_IP = "127.0.0.1";
    static final long SEQUENCE_BASE = 5911795891871900000L;

    private final Account account;
    private final LvbSimulatorConfig config;
    private final Map<String, StreamRec> streams = new LinkedHashMap<>();
    private long pushSeq;

    Streams(Account account) {
        this.account = account;
        this.config = account.config;
    }

    StreamRec get(String streamId) {
        return streams.get(streamId);
    }

    boolean knows(String streamId) {
        return streams.containsKey(streamId);
    }

    Collection<StreamRec> all() {
        return streams.values();
    }

    /** Lifts bans and forbids that ran out. */
    void expire(Instant now) {
        for (StreamRec s : streams.values()) {
            if (s.disabledUntil != null && !now.isBefore(s.disabledUntil)) {
                s.enable();
            }
        }
    }

    void reset() {
        streams.clear();
    }

    PushResult startPush(String streamId, PushOptions options, Instant now) {
        StreamRec s = streams.computeIfAbsent(streamId, StreamRec::new);
        if (s.live != null) {
            return new PushResult(PushResult.Outcome.ALREADY_LIVE, streamId, s.live.sequence,
                    "stream " + streamId + " is already being pushed");
        }
        if (s.isDisabled(now)) {
            boolean banned = s.disabledBy == DisableKind.SET_STATUS;
            return new PushResult(banned ? PushResult.Outcome.DISABLED : PushResult.Outcome.FORBIDDEN, streamId, null,
                    "stream " + streamId + (banned ? " is disabled by Live_Channel_SetStatus"
                            : " is forbidden by channel_manager") + " until " + LvbTime.format(s.disabledUntil)
                            + " (UTC+8)");
        }
        PushOptions o = options == null ? PushOptions.defaults() : options;
        if (config.pushKey() != null) {
            PushResult refused = checkPushAuth(streamId, o.streamParam(), now);
            if (refused != null) {
                return refused;
            }
        }
        long appId = o.appId() == null ? config.appId() : o.appId();
        if (config.apiKeyOf(appId).isEmpty()) {
            throw new IllegalArgumentException("the simulator does not serve APPID " + appId);
        }
        int h = streamId.hashCode() & 0x7fffffff;
        Session session = new Session(appId, Long.toString(SEQUENCE_BASE + (++pushSeq) * 7919L), now,
                o.userIp() == null ? DEFAULT_USER_IP : o.userIp(), o.streamParam() == null ? "" : o.streamParam(),
                o.viewers() == null ? 1 + h % 50 : o.viewers(), 25 + h % 6, 1_000_000L + (h % 1000) * 1_000L);
        s.live = session;
        s.history.add(session);
        if (s.history.size() > SESSION_HISTORY_LIMIT) {
            s.history.remove(0);
        }
        s.pushCount++;
        s.lastScreenshot = now;
        if (s.channelCreatedAt == null) {
            s.channelCreatedAt = now;
        }
        account.emit(new StreamBeginEvent(appId, config.pushDomain(), APP_NAME, streamId, streamId,
                now.getEpochSecond(), session.sequence, NODE_IP, session.userIp, session.streamParam, 0, "", null,
                null, null, null));
        return new PushResult(PushResult.Outcome.STARTED, streamId, session.sequence, null);
    }

    /** LVB's push authentication: {@code txSecret = md5(key + streamName + txTime)}, not after txTime + delta. */
    private PushResult checkPushAuth(String streamId, String streamParam, Instant now) {
        String secret = null;
        String txTime = null;
        for (String pair : (streamParam == null ? "" : streamParam).split("&")) {
            if (pair.startsWith(LvbTxSecret.TX_SECRET + "=")) {
                secret = pair.substring(LvbTxSecret.TX_SECRET.length() + 1);
            } else if (pair.startsWith(LvbTxSecret.TX_TIME + "=")) {
                txTime = pair.substring(LvbTxSecret.TX_TIME.length() + 1);
            }
        }
        LvbUrlVerification v = new LvbUrlVerifier(config.pushKey(), config.pushAuthDelta()).verify(streamId, secret,
                txTime, now);
        if (v instanceof LvbUrlVerification.Forged f) {
            return new PushResult(PushResult.Outcome.UNAUTHORIZED, streamId, null,
                    "push authentication failed: " + f.reason());
        }
        if (v instanceof LvbUrlVerification.Expired e) {
            return new PushResult(PushResult.Outcome.EXPIRED, streamId, null,
                    "push URL expired at " + e.expiry());
        }
        return null;
    }

    boolean stopPush(String streamId, DisconnectReason reason, Instant now) {
        StreamRec s = streams.get(streamId);
        if (s == null || s.live == null) {
            return false;
        }
        endPush(s, now, reason);
        return true;
    }

    List<StreamStatusEntry> getStatus(StreamStatusRequest r, Instant now) {
        StreamRec s = streams.get(r.streamId());
        StreamView.Status status = s == null ? StreamView.Status.IDLE : s.status(now);
        if (s == null || (s.channelCreatedAt == null && status == StreamView.Status.IDLE)) {
            throw new ApiError(ApiError.NEVER_PUSHED, "stream " + r.streamId() + " has never been pushed");
        }
        return List.of(new StreamStatusEntry(0, 1, status.lvbStatus(), null, null));
    }

    void setStatus(SetStatusRequest r, Instant now) {
        StreamRec s = streams.get(r.streamId());
        switch (r.action()) {
            case BAN -> {
                if (s == null) {
                    s = new StreamRec(r.streamId());
                    streams.put(s.id, s);
                }
                kick(s, now, DisconnectReason.DISABLED);
                s.disabledUntil = now.plus(BAN_DURATION);
                s.disabledBy = DisableKind.SET_STATUS;
            }
            case ALLOW -> {
                if (s != null) {
                    s.enable();
                }
            }
            case DROP -> {
                if (s != null) {
                    kick(s, now, DisconnectReason.DROPPED);
                }
            }
        }
    }

    void channelManager(ChannelManagerRequest r, Instant now) {
        StreamRec s = streams.get(r.streamId());
        if (r.action() == ChannelManagerRequest.Action.RESUME) {
            if (s != null) {
                s.enable();
            }
            return;
        }
        if (s == null) {
            s = new StreamRec(r.streamId());
            streams.put(s.id, s);
        }
        kick(s, now, DisconnectReason.FORBIDDEN);
        Instant cap = now.plus(MAX_FORBID);
        Instant until = r.until().isAfter(cap) ? cap : r.until();
        if (until.isAfter(now)) {
            s.disabledUntil = until;
            s.disabledBy = DisableKind.CHANNEL_MANAGER;
        } else {
            s.enable();
        }
    }

    ChannelList channelList(ChannelListRequest r, Instant now) {
        Comparator<StreamRec> byCreation = Comparator.comparing((StreamRec s) -> s.channelCreatedAt)
                .thenComparing(s -> s.id);
        if (r.order() == SortOrder.DESC) {
            byCreation = byCreation.reversed();
        }
        List<Channel> all = streams.values().stream().filter(s -> s.channelCreatedAt != null)
                .filter(s -> matches(r.status(), channelStatus(s, now))).sorted(byCreation)
                .map(s -> new Channel(s.id, s.id, "0", LvbTime.format(s.channelCreatedAt), List.of(APP_NAME),
                        channelStatus(s, now), "0"))
                .toList();
        return new ChannelList(all.size(), page(all, r.pageNo(), r.pageSize(), ChannelListRequest.MIN_PAGE_SIZE));
    }

    LiveChannelList liveChannelList() {
        List<LiveChannel> live = live().stream().map(s -> new LiveChannel(s.id)).toList();
        return new LiveChannelList(live.size(), live);
    }

    void kick(StreamRec s, Instant now, DisconnectReason reason) {
        if (s.live != null) {
            endPush(s, now, reason);
        }
    }

    private void endPush(StreamRec s, Instant now, DisconnectReason reason) {
        Session session = s.live;
        session.end = now;
        s.live = null;
        long durationMs = Math.max(0, Duration.between(session.start, now).toMillis());
        account.emit(new StreamEndEvent(session.appId, config.pushDomain(), APP_NAME, s.id, s.id,
                now.getEpochSecond(), session.sequence, NODE_IP, session.userIp, session.streamParam,
                reason.errcode(), reason.errmsg(), null, null, null, null, durationMs));
    }

    List<StreamRec> live() {
        return streams.values().stream().filter(s -> s.live != null)
                .sorted(Comparator.comparing((StreamRec s) -> s.live.start).thenComparing(s -> s.id)).toList();
    }

    /** Live_Channel_GetChannelList item status: 0 no input, 1 normal, 3 closed (banned), 4 forbidden. */
    private static int channelStatus(StreamRec s, Instant now) {
        return switch (s.status(now)) {
            case LIVE -> 1;
            case DISABLED -> 3;
            case FORBIDDEN -> 4;
            case IDLE -> 0;
        };
    }

    /** The filter's 3 ("off") covers both closed and forbidden channels. */
    private static boolean matches(ChannelStatusFilter filter, int status) {
        if (filter == null) {
            return true;
        }
        return switch (filter) {
            case INTERRUPTED -> status == 0;
            case ON -> status == 1;
            case OFF -> status == 3 || status == 4;
        };
    }

    enum DisableKind {
        SET_STATUS, CHANNEL_MANAGER
    }

    static final class StreamRec {
        final String id;
        final List<Session> history = new ArrayList<>();
        Session live;
        Instant channelCreatedAt;
        Instant disabledUntil;
        DisableKind disabledBy;
        int pushCount;
        Instant lastScreenshot;

        StreamRec(String id) {
            this.id = id;
        }

        boolean isDisabled(Instant now) {
            return disabledUntil != null && now.isBefore(disabledUntil);
        }

        void enable() {
            disabledUntil = null;
            disabledBy = null;
        }

        StreamView.Status status(Instant now) {
            if (live != null) {
                return StreamView.Status.LIVE;
            }
            if (isDisabled(now)) {
                return disabledBy == DisableKind.SET_STATUS ? StreamView.Status.DISABLED
                        : StreamView.Status.FORBIDDEN;
            }
            return StreamView.Status.IDLE;
        }

        Session sessionAt(Instant t) {
            for (Session s : history) {
                if (!t.isBefore(s.start) && (s.end == null || t.isBefore(s.end))) {
                    return s;
                }
            }
            return null;
        }

        StreamView view(Instant now) {
            StreamView.Status status = status(now);
            Session l = live;
            return new StreamView(id, status, l == null ? null : l.sequence, l == null ? null : l.start,
                    isDisabled(now) ? disabledUntil : null, channelCreatedAt, pushCount,
                    l == null ? null : l.viewers, l == null ? null : l.fps, l == null ? null : l.speed,
                    l == null ? null : l.bandwidthMbps());
        }
    }

    static final class Session {
        /** The APPID that pushed: its notifications carry it. */
        final long appId;
        final String sequence;
        final Instant start;
        final String userIp;
        final String streamParam;
        final int viewers;
        final int fps;
        final long speed;
        Instant end;

        Session(long appId, String sequence, Instant start, String userIp, String streamParam, int viewers, int fps,
                long speed) {
            this.appId = appId;
            this.sequence = sequence;
            this.start = start;
            this.userIp = userIp;
            this.streamParam = streamParam;
            this.viewers = viewers;
            this.fps = fps;
            this.speed = speed;
        }

        /** Playback bandwidth: every viewer pulls the push's bit rate. */
        double bandwidthMbps() {
            return round(viewers * (double) speed / 1_000_000d);
        }
    }
}
