package dev.lvb.simulator.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;

import dev.lvb.core.LvbHost;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.core.json.LvbJson;
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
    /** Tried in order; a path that matches only routes of other methods answers 405 with their methods. */
    private final List<Route> routes;

    ControlEndpoint(Engine engine, ControlActions actions) {
        this.engine = engine;
        this.actions = actions;
        this.routes = List.of(
                Route.of("GET", "", (ex, v) -> Http.json(ex, 200, LvbJson.toJson(info()))),
                Route.of("GET", "streams", (ex, v) -> list(ex, "streams", engine.state().streams())),
                Route.of("GET", "streams/{id}", (ex, v) -> stream(ex, v.get(0))),
                Route.of("POST", "streams/{id}/push", (ex, v) -> push(ex, v.get(0))),
                Route.of("POST", "streams/{id}/stop", (ex, v) -> stop(ex, v.get(0))),
                Route.of("POST", "streams/{id}/screenshot", (ex, v) -> screenshot(ex, v.get(0))),
                Route.of("POST", "streams/{id}/events/{type}", (ex, v) -> event(ex, v.get(0), v.get(1))),
                Route.of("GET", "recordings", (ex, v) -> recordings(ex)),
                Route.of("GET", "mixes", (ex, v) -> list(ex, "sessions", engine.state().mixSessions())),
                Route.of("GET", "queue", (ex, v) -> list(ex, "data", engine.state().screenshotQueue())),
                Route.of("GET", "callbacks", (ex, v) -> list(ex, "callbacks", engine.dispatcher().log())),
                Route.of("GET, PUT, POST", "callback-url", (ex, v) -> callbackUrl(ex)),
                Route.of("POST", "tick", (ex, v) -> {
                    actions.tick();
                    Http.json(ex, 200, LvbJson.toJson(info()));
                }),
                Route.of("POST", "reset", (ex, v) -> {
                    actions.reset();
                    Http.json(ex, 200, LvbJson.provider().createObjectBuilder().add("reset", true).build().toString());
                }),
                Route.of("GET, HEAD", "media/{name}", (ex, v) -> media(ex, v.get(0))));
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
        List<String> seg;
        try {
            seg = segments(ex.getRequestURI().getRawPath().substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("the path is not percent-encoded correctly");
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (Route r : routes) {
            List<String> vars = r.match(seg);
            if (vars == null) {
                continue;
            }
            if (r.methods().contains(ex.getRequestMethod())) {
                r.handler().handle(ex, vars);
                return;
            }
            allowed.addAll(r.methods());
        }
        if (allowed.isEmpty()) {
            notFound(ex);
        } else {
            Http.methodNotAllowed(ex, String.join(", ", allowed));
        }
    }

    private void stream(HttpExchange ex, String id) throws IOException {
        Optional<StreamView> view = engine.state().stream(id);
        if (view.isPresent()) {
            Http.json(ex, 200, LvbJson.toJson(view.get()));
        } else {
            error(ex, 404, "unknown stream " + id);
        }
    }

    private void event(HttpExchange ex, String id, String typeText) throws IOException {
        int type;
        try {
            type = Integer.parseInt(typeText);
        } catch (NumberFormatException e) {
            error(ex, 404, "not an event type: " + typeText);
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

    private void push(HttpExchange ex, String id) throws IOException {
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
        PushResult result;
        try {
            result = actions.startPush(id, new PushOptions(text(body, "userIp"), streamParam,
                    integer(body, "viewers"), appId(body)));
        } catch (IllegalArgumentException e) {
            error(ex, 400, e.getMessage());
            return;
        }
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

    private void stop(HttpExchange ex, String id) throws IOException {
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

    private void screenshot(HttpExchange ex, String id) throws IOException {
        Optional<ScreenshotEvent> shot = actions.screenshot(id);
        if (shot.isPresent()) {
            Http.json(ex, 200, LvbJson.toJson(shot.get()));
        } else {
            error(ex, 409, "stream " + id + " is not live: nothing to screenshot");
        }
    }

    private void recordings(HttpExchange ex) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tasks", engine.state().recordingTasks());
        out.put("files", engine.state().recordingFiles());
        Http.json(ex, 200, LvbJson.toJson(out));
    }

    private void callbackUrl(HttpExchange ex) throws IOException {
        if ("GET".equals(ex.getRequestMethod())) {
            Http.json(ex, 200, LvbJson.toJson(info()));
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

    private static void media(HttpExchange ex, String name) throws IOException {
        Object[] content = Media.content(name);
        if (content == null) {
            notFound(ex);
            return;
        }
        Http.send(ex, 200, (String) content[0], (byte[]) content[1]);
    }

    private static void list(HttpExchange ex, String name, List<?> items) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", items.size());
        out.put(name, items);
        Http.json(ex, 200, LvbJson.toJson(out));
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

    private static Long appId(JsonObject o) {
        JsonValue v = o.get("appId");
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral() && n.longValue() >= 1) {
            return n.longValue();
        }
        throw new BadRequest("appId must be a positive integer");
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

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange ex, List<String> pathVariables) throws IOException;
    }

    /** Method(s) + path pattern ({@code {name}} matches one non-empty segment) → handler. */
    private record Route(Set<String> methods, List<String> pattern, Handler handler) {

        static Route of(String methods, String path, Handler handler) {
            return new Route(new LinkedHashSet<>(List.of(methods.split(", "))),
                    path.isEmpty() ? List.of() : List.of(path.split("/")), handler);
        }

        /** @return the path variables in order, or {@code null} when the segments do not match */
        List<String> match(List<String> segments) {
            if (segments.size() != pattern.size()) {
                return null;
            }
            List<String> vars = new ArrayList<>(2);
            for (int i = 0; i < pattern.size(); i++) {
                String p = pattern.get(i);
                String s = segments.get(i);
                if (p.startsWith("{")) {
                    if (s.isEmpty()) {
                        return null;
                    }
                    vars.add(s);
                } else if (!p.equals(s)) {
                    return null;
                }
            }
            return vars;
        }
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
