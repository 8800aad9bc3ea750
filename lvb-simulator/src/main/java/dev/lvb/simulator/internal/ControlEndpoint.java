package dev.lvb.simulator.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;

import dev.lvb.core.LvbHost;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.core.internal.LvbJson;
import dev.lvb.simulator.DisconnectReason;
import dev.lvb.simulator.PushOptions;
import dev.lvb.simulator.PushResult;
import dev.lvb.simulator.StreamView;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * {@code /simulator/...}: the control API that drives the simulated account over HTTP (JSON in and out), for
 * demos, curl and tests in other languages. See {@code LvbSimulator}'s documentation for the endpoints.
 */
final class ControlEndpoint {

    static final String PREFIX = "/simulator";

    private final Engine engine;
    private final ControlActions actions;

    ControlEndpoint(Engine engine, ControlActions actions) {
        this.engine = engine;
        this.actions = actions;
    }

    void handle(HttpExchange ex) throws IOException {
        try {
            route(ex);
        } catch (BadRequest e) {
            error(ex, 400, e.getMessage());
        } finally {
            engine.flush();
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        List<String> seg;
        try {
            seg = segments(ex.getRequestURI().getRawPath().substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("the path is not percent-encoded correctly");
        }
        String first = seg.isEmpty() ? "" : seg.get(0);
        switch (first) {
            case "" -> {
                if (!seg.isEmpty() && seg.size() > 1) {
                    notFound(ex);
                } else if (require(ex, method, "GET")) {
                    Http.json(ex, 200, LvbJson.toJson(info()));
                }
            }
            case "streams" -> streams(ex, method, seg);
            case "recordings" -> {
                if (seg.size() == 1 && require(ex, method, "GET")) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("tasks", engine.state().recordingTasks());
                    out.put("files", engine.state().recordingFiles());
                    Http.json(ex, 200, LvbJson.toJson(out));
                } else if (seg.size() != 1) {
                    notFound(ex);
                }
            }
            case "mixes" -> list(ex, method, seg, "sessions", engine.state().mixSessions());
            case "queue" -> list(ex, method, seg, "data", engine.state().screenshotQueue());
            case "callbacks" -> list(ex, method, seg, "callbacks", engine.dispatcher().log());
            case "callback-url" -> callbackUrl(ex, method, seg);
            case "tick" -> {
                if (seg.size() == 1 && require(ex, method, "POST")) {
                    actions.tick();
                    Http.json(ex, 200, LvbJson.toJson(info()));
                } else if (seg.size() != 1) {
                    notFound(ex);
                }
            }
            case "reset" -> {
                if (seg.size() == 1 && require(ex, method, "POST")) {
                    actions.reset();
                    Http.json(ex, 200, "{\"reset\":true}");
                } else if (seg.size() != 1) {
                    notFound(ex);
                }
            }
            case "media" -> media(ex, method, seg);
            default -> notFound(ex);
        }
    }

    private void streams(HttpExchange ex, String method, List<String> seg) throws IOException {
        if (seg.size() == 1) {
            list(ex, method, seg, "streams", engine.state().streams());
            return;
        }
        String id = seg.get(1);
        if (id.isEmpty()) {
            notFound(ex);
            return;
        }
        if (seg.size() == 2) {
            if (require(ex, method, "GET")) {
                Optional<StreamView> view = engine.state().stream(id);
                if (view.isPresent()) {
                    Http.json(ex, 200, LvbJson.toJson(view.get()));
                } else {
                    error(ex, 404, "unknown stream " + id);
                }
            }
            return;
        }
        if (seg.size() == 4 && seg.get(2).equals("events")) {
            if (require(ex, method, "POST")) {
                int type;
                try {
                    type = Integer.parseInt(seg.get(3));
                } catch (NumberFormatException e) {
                    error(ex, 404, "not an event type: " + seg.get(3));
                    return;
                }
                Optional<LvbEvent> sent;
                try {
                    sent = actions.sendEvent(type, id);
                } catch (IllegalArgumentException e) {
                    error(ex, 400, e.getMessage());
                    return;
                }
                if (sent.isEmpty()) {
                    error(ex, 404, "no sample of event_type " + type + "; samples exist of " + SampleEvents.TYPES);
                } else {
                    LvbEvent event = sent.get();
                    Http.json(ex, 200, LvbJson.provider().createObjectBuilder(event.raw())
                            .add(LvbEvents.EVENT_TYPE, event.eventType()).build().toString());
                }
            }
            return;
        }
        if (seg.size() != 3) {
            notFound(ex);
            return;
        }
        switch (seg.get(2)) {
            case "push" -> {
                if (require(ex, method, "POST")) {
                    JsonObject body = body(ex);
                    String streamParam = text(body, "streamParam");
                    String url = text(body, "url");
                    if (streamParam == null && url != null) {
                        try {
                            streamParam = PushUrl.parse(url).streamParam();
                        } catch (IllegalArgumentException e) {
                            error(ex, 400, e.getMessage());
                            return;
                        }
                    }
                    PushOptions options = new PushOptions(text(body, "userIp"), streamParam,
                            integer(body, "viewers"));
                    PushResult result = actions.startPush(id, options);
                    int status = switch (result.outcome()) {
                        case STARTED -> 200;
                        case ALREADY_LIVE -> 409;
                        case DISABLED, FORBIDDEN, UNAUTHORIZED, EXPIRED -> 403;
                    };
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("accepted", result.accepted());
                    out.put("outcome", result.outcome());
                    out.put("streamId", id);
                    if (result.sequence() != null) {
                        out.put("sequence", result.sequence());
                    }
                    if (result.reason() != null) {
                        out.put("reason", result.reason());
                    }
                    engine.state().stream(id).ifPresent(v -> out.put("stream", v));
                    Http.json(ex, status, LvbJson.toJson(out));
                }
            }
            case "stop" -> {
                if (require(ex, method, "POST")) {
                    JsonObject body = body(ex);
                    DisconnectReason reason = reason(text(body, "reason"));
                    boolean stopped = actions.stopPush(id, reason);
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("stopped", stopped);
                    out.put("streamId", id);
                    if (stopped) {
                        out.put("reason", reason);
                    }
                    engine.state().stream(id).ifPresent(v -> out.put("stream", v));
                    Http.json(ex, 200, LvbJson.toJson(out));
                }
            }
            case "screenshot" -> {
                if (require(ex, method, "POST")) {
                    Optional<ScreenshotEvent> shot = actions.screenshot(id);
                    if (shot.isPresent()) {
                        Http.json(ex, 200, LvbJson.toJson(shot.get()));
                    } else {
                        error(ex, 409, "stream " + id + " is not live: nothing to screenshot");
                    }
                }
            }
            default -> notFound(ex);
        }
    }

    private void callbackUrl(HttpExchange ex, String method, List<String> seg) throws IOException {
        if (seg.size() != 1) {
            notFound(ex);
            return;
        }
        if ("GET".equals(method)) {
            Http.json(ex, 200, LvbJson.toJson(info()));
            return;
        }
        if (!require(ex, method, "GET", "PUT", "POST")) {
            return;
        }
        JsonObject body = body(ex);
        String url = text(body, "url");
        URI uri = null;
        if (url != null && !url.isBlank()) {
            try {
                uri = URI.create(url.trim());
                actions.setCallbackUrl(uri);
            } catch (IllegalArgumentException e) {
                throw new BadRequest("url: " + e.getMessage());
            }
        } else {
            actions.setCallbackUrl(null);
        }
        Http.json(ex, 200, LvbJson.toJson(info()));
    }

    private void media(HttpExchange ex, String method, List<String> seg) throws IOException {
        if (seg.size() != 2) {
            notFound(ex);
            return;
        }
        if (!require(ex, method, "GET", "HEAD")) {
            return;
        }
        Object[] content = Media.content(seg.get(1));
        if (content == null) {
            notFound(ex);
            return;
        }
        Http.send(ex, 200, (String) content[0], (byte[]) content[1]);
    }

    private void list(HttpExchange ex, String method, List<String> seg, String name, List<?> items)
            throws IOException {
        if (seg.size() != 1) {
            notFound(ex);
            return;
        }
        if (require(ex, method, "GET")) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("count", items.size());
            out.put(name, items);
            Http.json(ex, 200, LvbJson.toJson(out));
        }
    }

    private Map<String, Object> info() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("appId", engine.config().appId());
        out.put("baseUri", engine.baseUri().toString());
        out.put("apiUri", engine.baseUri() + LvbHost.PATH);
        URI callback = engine.callbackUrl();
        if (callback != null) {
            out.put("callbackUrl", callback.toString());
        }
        out.put("pushDomain", engine.config().pushDomain());
        out.put("playDomain", engine.config().playDomain());
        out.put("now", engine.config().clock().instant());
        return out;
    }

    private static DisconnectReason reason(String text) {
        if (text == null || text.isBlank()) {
            return DisconnectReason.DELETE_STREAM;
        }
        try {
            return DisconnectReason.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("reason must be one of " + List.of(DisconnectReason.values()));
        }
    }

    private static JsonObject body(HttpExchange ex) throws IOException {
        byte[] bytes = Http.readBody(ex);
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try {
            return LvbJson.parseObject(bytes);
        } catch (RuntimeException e) {
            throw new BadRequest("the body must be a JSON object");
        }
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new BadRequest(name + " must be a string");
    }

    private static Integer integer(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral() && n.longValue() >= 1 && n.longValue() <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw new BadRequest(name + " must be a positive integer");
    }

    private static boolean require(HttpExchange ex, String method, String... allowed) throws IOException {
        for (String a : allowed) {
            if (a.equals(method)) {
                return true;
            }
        }
        Http.methodNotAllowed(ex, String.join(", ", allowed));
        return false;
    }

    private static void notFound(HttpExchange ex) throws IOException {
        error(ex, 404, "no such simulator endpoint: " + ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
    }

    private static void error(HttpExchange ex, int status, String message) throws IOException {
        Http.json(ex, status,
                LvbJson.provider().createObjectBuilder().add("error", message).build().toString());
    }

    private static List<String> segments(String rawRest) {
        List<String> out = new ArrayList<>();
        if (rawRest.isEmpty() || rawRest.equals("/")) {
            return out;
        }
        String trimmed = rawRest.startsWith("/") ? rawRest.substring(1) : rawRest;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        for (String s : trimmed.split("/", -1)) {
            // Path segments: '+' is a plus, not a space.
            out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
