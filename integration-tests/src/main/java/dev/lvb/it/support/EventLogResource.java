package dev.lvb.it.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lvb.core.event.AudioModerationEvent;
import dev.lvb.core.event.HighlightEvent;
import dev.lvb.core.event.LiveMonitorEvent;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.PornDetectionEvent;
import dev.lvb.core.event.PushErrorEvent;
import dev.lvb.core.event.RecordingErrorEvent;
import dev.lvb.core.event.RecordingFileEvent;
import dev.lvb.core.event.RecordingStatusEvent;
import dev.lvb.core.event.RelayTaskEvent;
import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.it.app.EventLog;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test support, not part of what a user writes: what the application's observers ({@link EventLog}) saw, over HTTP,
 * so that the same callback tests run against the packaged (native) application, where tests cannot inject beans.
 * Each event is described through its typed accessors, which shows that the observers received typed values.
 */
@Path("/test-support/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventLogResource {

    @Inject
    EventLog log;

    /**
     * @param prefix a stream id prefix, at least 3 characters
     * @return per stream whose id starts with it: per observer, how many events it saw (one answer for the tens of
     *         thousands of streams of the hostile-traffic suite)
     */
    @GET
    public Map<String, Map<String, Integer>> countsByPrefix(@jakarta.ws.rs.QueryParam("prefix") String prefix) {
        if (prefix == null || prefix.length() < 3) {
            throw new jakarta.ws.rs.BadRequestException("prefix of at least 3 characters required");
        }
        return log.countsByPrefix(prefix);
    }

    @GET
    @Path("/{streamId}")
    public Map<String, Object> seen(@PathParam("streamId") String streamId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("counts", log.counts(streamId));
        out.put("failures", log.failures(streamId));
        List<Map<String, Object>> events = new ArrayList<>();
        for (LvbEvent e : log.events(streamId)) {
            events.add(describe(e));
        }
        out.put("events", events);
        return out;
    }

    @POST
    @Path("/{streamId}/heal")
    public void heal(@PathParam("streamId") String streamId) {
        log.heal(streamId);
    }

    @GET
    @Path("/{streamId}/held")
    public boolean held(@PathParam("streamId") String streamId) {
        return log.isHeld(streamId);
    }

    @POST
    @Path("/{streamId}/release")
    public void release(@PathParam("streamId") String streamId) {
        log.release(streamId);
    }

    static Map<String, Object> describe(LvbEvent e) {
        Fields f = new Fields();
        f.put("class", e.getClass().getSimpleName());
        f.put("eventType", e.eventType());
        f.put("streamId", e.streamId());
        f.put("appId", e.appId());
        if (e instanceof StreamBeginEvent b) {
            f.put("app", b.app()).put("appName", b.appName()).put("channelId", b.channelId())
                    .put("eventTime", b.eventTime()).put("sequence", b.sequence()).put("node", b.node())
                    .put("userIp", b.userIp()).put("streamParam", b.streamParam()).put("errcode", b.errcode())
                    .put("errmsg", b.errmsg()).put("setId", b.setId()).put("width", b.width())
                    .put("height", b.height()).put("idcId", b.idcId());
        } else if (e instanceof StreamEndEvent end) {
            f.put("app", end.app()).put("appName", end.appName())
                    .put("channelId", end.channelId()).put("eventTime", end.eventTime())
                    .put("sequence", end.sequence()).put("node", end.node()).put("userIp", end.userIp())
                    .put("errcode", end.errcode()).put("errmsg", end.errmsg())
                    .put("pushDuration", end.pushDuration());
        } else if (e instanceof RecordingFileEvent r) {
            f.put("channelId", r.channelId()).put("videoId", r.videoId())
                    .put("videoUrl", r.videoUrl()).put("fileSize", r.fileSize()).put("startTime", r.startTime())
                    .put("endTime", r.endTime()).put("duration", r.duration()).put("fileId", r.fileId())
                    .put("fileFormat", r.fileFormat()).put("recordFileId", r.recordFileId())
                    .put("streamParam", r.streamParam()).put("mediaStartTime", r.mediaStartTime())
                    .put("taskId", r.taskId());
        } else if (e instanceof ScreenshotEvent s) {
            f.put("channelId", s.channelId()).put("url", s.url()).put("picUrl", s.picUrl())
                    .put("createTime", s.createTime()).put("fileSize", s.fileSize()).put("width", s.width())
                    .put("height", s.height());
        } else if (e instanceof PornDetectionEvent p) {
            f.put("channelId", p.channelId()).put("tid", p.tid()).put("img", p.img())
                    .put("type", p.type()).put("confidence", p.confidence()).put("pornScore", p.pornScore())
                    .put("level", p.level()).put("screenshotTime", p.screenshotTime())
                    .put("sendTime", p.sendTime());
        } else if (e instanceof RelayTaskEvent r) {
            f.put("callbackEvent", r.callbackEvent()).put("taskId", r.taskId()).put("sourceUrls", r.sourceUrlList())
                    .put("msgUrl", r.message().map(m -> m.url()).orElse(null))
                    .put("msgDuration", r.message().map(m -> m.duration()).orElse(null));
        } else if (e instanceof AudioModerationEvent a) {
            f.put("label", a.label()).put("score", a.score()).put("hitFlag", a.hitFlag()).put("taskId", a.taskId());
        } else if (e instanceof PushErrorEvent p) {
            f.put("dataTime", p.dataTime()).put("reportInterval", p.reportInterval())
                    .put("abnormalTypes", p.abnormalEvents().stream().map(a -> a.type()).toList())
                    .put("firstDetail", p.abnormalEvents().isEmpty() || p.abnormalEvents().get(0).details().isEmpty()
                            ? null : p.abnormalEvents().get(0).details().get(0).desc());
        } else if (e instanceof LiveMonitorEvent m) {
            f.put("eventName", m.eventName()).put("eventTime", m.eventTime());
        } else if (e instanceof RecordingStatusEvent r) {
            f.put("recordEvent", r.recordEvent()).put("sessionId", r.sessionId()).put("taskId", r.taskId())
                    .put("detailFileFormat", r.detail().map(d -> d.fileFormat()).orElse(null));
        } else if (e instanceof RecordingErrorEvent r) {
            f.put("sessionId", r.sessionId()).put("exceptionLevel", r.exceptionLevel())
                    .put("exceptionType", r.exception() == null ? null : r.exception().type());
        } else if (e instanceof HighlightEvent h) {
            f.put("items", h.items().size());
        }
        // Nothing LVB sent is lost: every event keeps its JSON (UnknownEvent included).
        f.put("rawKeys", new ArrayList<>(new java.util.TreeSet<>(e.raw().keySet())));
        return f.map;
    }

    /** A map without null values. */
    private static final class Fields {
        final Map<String, Object> map = new LinkedHashMap<>();

        Fields put(String name, Object value) {
            if (value != null) {
                map.put(name, value);
            }
            return this;
        }
    }
}
