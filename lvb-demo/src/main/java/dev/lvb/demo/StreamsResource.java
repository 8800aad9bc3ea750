package dev.lvb.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.lvb.client.LvbApi;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.cloud.LvbCloudAction;
import dev.lvb.core.model.RecordingMode;
import dev.lvb.core.model.RecordingTask;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;
import dev.lvb.core.model.StreamState;
import dev.lvb.core.model.StreamStatus;
import dev.lvb.core.model.StreamStatusEntry;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The demo's JSON API: the picture of streams built from LVB's notifications, and LVB's stream operations, each a
 * call through {@code @RestClient LvbApi}, or through {@code @RestClient LvbCloudApi} with {@code demo.api=cloud}
 * ({@link DemoApi}, {@link CloudStreamOperations}; {@code lvbInterface} then names the Cloud API action). LVB's
 * errors come back as {@code application/problem+json} ({@link ProblemMappers}).
 */
@Path("/streams")
@Produces(MediaType.APPLICATION_JSON)
public class StreamsResource {

    /** Default length of a recording started with {@code POST /streams/{id}/record}. */
    static final int DEFAULT_RECORD_MINUTES = 5;
    /** LVB caps real-time recordings at 30 minutes ahead. */
    static final int MAX_RECORD_MINUTES = 30;

    /**
     * What LVB's Live_Channel_GetStatus says about a stream.
     *
     * @param streamId the stream
     * @param state {@code LIVE}, {@code INTERRUPTED} (not pushing), {@code DISABLED} (banned or forbidden) or
     *        {@code UNKNOWN}
     * @param live whether a push is live
     * @param entries LVB's {@code output}, one entry per rate and receive type
     * @param lvbInterface the LVB interface called
     * @param checkedAt when LVB was asked
     */
    @JsonbPropertyOrder({ "streamId", "state", "live", "entries", "lvbInterface", "checkedAt" })
    public record StatusView(String streamId, StreamState state, boolean live, List<StreamStatusEntry> entries,
            String lvbInterface, Instant checkedAt) {
    }

    /**
     * The outcome of an operation LVB accepted.
     *
     * @param streamId the stream
     * @param action what was done ({@code ban}, {@code allow}, {@code drop}, {@code forbid}, {@code resume},
     *        {@code stop-recording})
     * @param lvbInterface the LVB interface called
     * @param until for {@code forbid}: when pushing is possible again
     * @param message what it means
     * @param at when LVB accepted it
     */
    @JsonbPropertyOrder({ "streamId", "action", "lvbInterface", "until", "message", "at" })
    public record ActionResult(String streamId, String action, String lvbInterface, Instant until, String message,
            Instant at) {
    }

    /**
     * A recording task LVB created.
     *
     * @param streamId the stream
     * @param taskId LVB's task id: an unsigned 64-bit integer, as digits
     * @param mode {@code REALTIME}
     * @param until when LVB ends the recording
     * @param lvbInterface the LVB interface called
     */
    @JsonbPropertyOrder({ "streamId", "taskId", "mode", "until", "lvbInterface" })
    public record RecordingStarted(String streamId, String taskId, RecordingMode mode, Instant until,
            String lvbInterface) {
    }

    @Inject
    @RestClient
    LvbApi lvb;

    @Inject
    CloudStreamOperations cloud;

    @ConfigProperty(name = "demo.api", defaultValue = "legacy")
    DemoApi api;

    @Inject
    StreamBoard board;

    Clock clock = Clock.systemUTC();

    /** @return the picture of streams, from LVB's notifications */
    @GET
    public StreamBoard.Board streams() {
        return board.snapshot();
    }

    /**
     * The picture of streams as server-sent events: the current one at once, then a new one after every change
     * (only the latest when the client is slow). A client that goes away is no error ({@link PictureSender}).
     *
     * @param sink the client's event stream
     * @param sse makes the events
     */
    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@Context SseEventSink sink, @Context Sse sse) {
        new PictureSender(sink, sse, board).start();
    }

    /**
     * Asks LVB (Live_Channel_GetStatus). A stream LVB never saw pushed is a 404 problem.
     *
     * @param id the stream id
     * @return LVB's answer
     */
    @GET
    @Path("{id}")
    public StatusView status(@PathParam("id") String id) {
        if (api == DemoApi.CLOUD) {
            StreamState state = cloud.state(id);
            return new StatusView(id, state, state == StreamState.LIVE, List.of(),
                    LvbCloudAction.DESCRIBE_LIVE_STREAM_STATE.wireName(), clock.instant());
        }
        StreamStatus status = lvb.getStatus(id);
        return new StatusView(id, status.state(), status.isLive(), status.entries(),
                LvbInterface.CHANNEL_GET_STATUS.wireName(), clock.instant());
    }

    /** Live_Channel_SetStatus 0: kicks the current push and refuses new ones. */
    @POST
    @Path("{id}/ban")
    public ActionResult ban(@PathParam("id") String id) {
        if (api == DemoApi.CLOUD) {
            return done(id, "ban", cloud.ban(id), null,
                    "LVB kicks the current push and refuses new ones until resumed (Tencent's default span)");
        }
        lvb.ban(id);
        return done(id, "ban", LvbInterface.CHANNEL_SET_STATUS, null,
                "LVB kicks the current push and refuses new ones until allowed again");
    }

    /** Live_Channel_SetStatus 1: allows pushing again. */
    @POST
    @Path("{id}/allow")
    public ActionResult allow(@PathParam("id") String id) {
        if (api == DemoApi.CLOUD) {
            return done(id, "allow", cloud.resume(id), null, "LVB accepts pushes of the stream again");
        }
        lvb.allow(id);
        return done(id, "allow", LvbInterface.CHANNEL_SET_STATUS, null, "LVB accepts pushes of the stream again");
    }

    /** Live_Channel_SetStatus 2: kicks the current push; the pusher may reconnect. */
    @POST
    @Path("{id}/drop")
    public ActionResult drop(@PathParam("id") String id) {
        if (api == DemoApi.CLOUD) {
            return done(id, "drop", cloud.drop(id), null, "LVB kicks the current push; the pusher may push again");
        }
        lvb.drop(id);
        return done(id, "drop", LvbInterface.CHANNEL_SET_STATUS, null,
                "LVB kicks the current push; the pusher may push again");
    }

    /**
     * channel_manager forbid: stops the push now and refuses pushes until a time.
     *
     * @param id the stream
     * @param until ISO-8601 with an offset, e.g. {@code 2030-01-01T12:00:00Z} or {@code 2030-01-01T20:00+08:00}
     */
    @POST
    @Path("{id}/forbid")
    public ActionResult forbid(@PathParam("id") String id, @QueryParam("until") String until) {
        Instant end = parseUntil(until);
        if (api == DemoApi.CLOUD) {
            return done(id, "forbid", cloud.forbid(id, end), end,
                    "LVB stopped the push and refuses pushes until " + end);
        }
        lvb.forbid(id, end);
        return done(id, "forbid", LvbInterface.CHANNEL_MANAGER, end,
                "LVB stopped the push and refuses pushes until " + end);
    }

    /** channel_manager resume: allows pushes again from now. */
    @POST
    @Path("{id}/resume")
    public ActionResult resume(@PathParam("id") String id) {
        if (api == DemoApi.CLOUD) {
            return done(id, "resume", cloud.resume(id), null, "LVB accepts pushes of the stream again");
        }
        lvb.resume(id);
        return done(id, "resume", LvbInterface.CHANNEL_MANAGER, null, "LVB accepts pushes of the stream again");
    }

    /**
     * Live_Tape_Start: records the stream from now for some minutes (a real-time recording task). LVB announces the
     * files (event_type 100) when the task ends or is stopped. Not retried: a retry would create a second task.
     *
     * @param id the stream
     * @param minutes 1-30, default 5
     * @return the task
     */
    @POST
    @Path("{id}/record")
    public RecordingStarted record(@PathParam("id") String id, @QueryParam("minutes") String minutes) {
        int m = parseMinutes(minutes);
        Instant until = clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(m));
        if (api == DemoApi.CLOUD) {
            String taskId = cloud.record(id, until);
            board.taskStarted(id, taskId, until);
            return new RecordingStarted(id, taskId, RecordingMode.REALTIME, until,
                    LvbCloudAction.CREATE_RECORD_TASK.wireName());
        }
        RecordingTask task = lvb.startRecording(StartRecordingRequest.realtime(id, until));
        board.taskStarted(id, task.taskId(), until);
        return new RecordingStarted(id, task.taskId(), RecordingMode.REALTIME, until,
                LvbInterface.TAPE_START.wireName());
    }

    /**
     * Live_Tape_Stop: ends a recording task started with {@code POST /streams/{id}/record}.
     *
     * @param id the stream
     * @param taskId the task id {@code record} returned
     */
    @POST
    @Path("{id}/record/{taskId}/stop")
    public ActionResult stopRecording(@PathParam("id") String id, @PathParam("taskId") String taskId) {
        if (api == DemoApi.CLOUD) {
            LvbCloudAction called = cloud.stopRecording(taskId);
            board.taskStopped(id, taskId);
            return done(id, "stop-recording", called, null,
                    "LVB ended recording task " + taskId + "; it announces the files it made");
        }
        lvb.stopRecording(new StopRecordingRequest(id, taskId, RecordingMode.REALTIME));
        board.taskStopped(id, taskId);
        return done(id, "stop-recording", LvbInterface.TAPE_STOP, null,
                "LVB ended recording task " + taskId + "; it announces the files it made");
    }

    private ActionResult done(String id, String action, LvbInterface called, Instant until, String message) {
        return new ActionResult(id, action, called.wireName(), until, message, clock.instant());
    }

    private ActionResult done(String id, String action, LvbCloudAction called, Instant until, String message) {
        return new ActionResult(id, action, called.wireName(), until, message, clock.instant());
    }

    /** @return the instant in {@code until}, which must be ISO-8601 with an offset and in the future */
    Instant parseUntil(String until) {
        if (until == null || until.isBlank()) {
            throw DemoProblemException.badRequest("until",
                    "until is required: when pushing becomes possible again, ISO-8601 with an offset, e.g. "
                            + clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS));
        }
        String text = until.trim();
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e1) {
            try {
                instant = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    instant = ZonedDateTime.parse(text).toInstant();
                } catch (DateTimeParseException e3) {
                    throw DemoProblemException.badRequest("until", "until must be an ISO-8601 date-time with an"
                            + " offset, e.g. 2030-01-01T12:00:00Z or 2030-01-01T20:00:00+08:00; got '"
                            + clip(text) + "'");
                }
            }
        }
        if (!instant.isAfter(clock.instant())) {
            throw DemoProblemException.badRequest("until", "until must be in the future, got " + instant);
        }
        return instant;
    }

    static int parseMinutes(String minutes) {
        if (minutes == null || minutes.isBlank()) {
            return DEFAULT_RECORD_MINUTES;
        }
        int m;
        try {
            m = Integer.parseInt(minutes.trim());
        } catch (NumberFormatException e) {
            m = -1;
        }
        if (m < 1 || m > MAX_RECORD_MINUTES) {
            throw DemoProblemException.badRequest("minutes", "minutes must be a whole number from 1 to "
                    + MAX_RECORD_MINUTES + " (LVB records in real time for at most 30 minutes); got '"
                    + clip(minutes) + "'");
        }
        return m;
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
