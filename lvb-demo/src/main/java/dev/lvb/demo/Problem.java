package dev.lvb.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance} and extension
 * members, served as {@code application/problem+json}.
 *
 * @param type the problem type URI
 * @param title a short, fixed summary of the type
 * @param status the HTTP status
 * @param detail what happened this time
 * @param extensions further members ({@code lvbInterface}, {@code lvbCode}, ...), in order; {@code null} values are
 *        written as JSON null
 */
public record Problem(String type, String title, int status, String detail, Map<String, Object> extensions) {

    /** The media type of problems. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Prefix of this demo's problem types. */
    public static final String TYPE_PREFIX = "urn:lvb-demo:problem:";

    public Problem {
        extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    /**
     * @param name the last part of the type URI, e.g. {@code invalid-request}
     * @return a problem of that type
     */
    public static Problem of(String name, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + name, title, status, detail, null);
    }

    /** @return a copy with one more extension member */
    public Problem with(String name, Object value) {
        Map<String, Object> ext = new LinkedHashMap<>(extensions);
        ext.put(name, value);
        return new Problem(type, title, status, detail, ext);
    }

    /**
     * @param instance the request path the problem occurred at, or {@code null}
     * @return the problem as JSON text
     */
    public String toJson(String instance) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", type).add("title", title).add("status", status);
        if (detail != null) {
            b.add("detail", detail);
        }
        if (instance != null) {
            b.add("instance", instance);
        }
        extensions.forEach((k, v) -> {
            if (v == null) {
                b.addNull(k);
            } else if (v instanceof Integer i) {
                b.add(k, i);
            } else if (v instanceof Long l) {
                b.add(k, l);
            } else if (v instanceof Boolean bool) {
                b.add(k, bool);
            } else {
                b.add(k, v.toString());
            }
        });
        return b.build().toString();
    }

    /**
     * @param instance the request path, or {@code null}
     * @return the HTTP response carrying the problem
     */
    public Response toResponse(String instance) {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson(instance)).build();
    }
}
