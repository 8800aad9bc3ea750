package dev.lvb.core.json;

import java.util.Optional;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbFrontEndException;
import dev.lvb.core.error.LvbMixException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.model.MixResult;
import dev.lvb.core.model.StreamStatus;
import dev.lvb.core.model.StreamStatusEntry;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Turns what an LVB API answered (with HTTP 200) into its typed {@code output} or the typed exception for it:
 * {@code ret != 0}, a mixing {@code code != 0}, a front-end refusal text, a body that is not JSON, values of the
 * wrong types. The only place that knows LVB's reply envelope.
 */
public final class LvbReplies {

    private LvbReplies() {
    }

    /**
     * @param api the API called
     * @param body the body as received, not {@code null}
     * @param outputType the type of {@code output}, or {@code Void.class} when the API returns none
     * @param <T> the output type
     * @return the typed output ({@code null} for {@code Void})
     */
    public static <T> T decode(LvbInterface api, String body, Class<T> outputType) {
        JsonObject reply = parse(api, body);
        checkRet(api, reply);
        if (outputType == Void.class) {
            return null;
        }
        return bindOutput(api, reply.get("output"), outputType);
    }

    /**
     * @param api {@link LvbInterface#MIX_START} or {@link LvbInterface#MIX_CANCEL}
     * @param body the body as received
     * @return the mixing result ({@code code == 0})
     */
    public static MixResult decodeMix(LvbInterface api, String body) {
        JsonObject reply = parse(api, body);
        JsonValue code = reply.get("code");
        if (code == null) {
            // A front-end refusal carries the common envelope instead.
            if (reply.containsKey("ret")) {
                checkRet(api, reply);
            } else {
                String message = firstNonEmpty(text(reply, "message"), text(reply, "errmsg"));
                Optional<LvbFrontEndException.Reason> refusal = LvbFrontEndException.Reason.find(message);
                if (refusal.isPresent()) {
                    throw new LvbFrontEndException(api.wireName(), refusal.get(), message);
                }
            }
            throw new LvbProtocolException(api.wireName(), "mixing reply has no 'code'", body, null);
        }
        Integer c = integer(code);
        if (c == null) {
            throw new LvbProtocolException(api.wireName(), "mixing 'code' is not an integer", body, null);
        }
        if (c != 0) {
            throw new LvbMixException(api.wireName(), c, text(reply, "message"));
        }
        return withInterface(api, () -> LvbRaw.attach(LvbJson.bind(reply, MixResult.class), reply));
    }

    private static JsonObject parse(LvbInterface api, String body) {
        String trimmed = body.strip();
        if (!trimmed.startsWith("{")) {
            Optional<LvbFrontEndException.Reason> refusal = LvbFrontEndException.Reason.find(trimmed);
            if (refusal.isPresent()) {
                throw new LvbFrontEndException(api.wireName(), refusal.get(), trimmed);
            }
            throw new LvbProtocolException(api.wireName(), trimmed.isEmpty() ? "empty body" : "body is not JSON",
                    trimmed, null);
        }
        return withInterface(api, () -> LvbJson.parseObject(body));
    }

    private static void checkRet(LvbInterface api, JsonObject reply) {
        JsonValue retValue = reply.get("ret");
        String message = firstNonEmpty(text(reply, "message"), text(reply, "errmsg"));
        Optional<LvbFrontEndException.Reason> refusal = LvbFrontEndException.Reason.find(message);
        if (retValue == null) {
            if (refusal.isPresent()) {
                throw new LvbFrontEndException(api.wireName(), refusal.get(), message);
            }
            throw new LvbProtocolException(api.wireName(), "reply has no 'ret'", reply.toString(), null);
        }
        Integer ret = integer(retValue);
        if (ret == null) {
            throw new LvbProtocolException(api.wireName(), "'ret' is not an integer", reply.toString(), null);
        }
        if (ret != 0) {
            if (refusal.isPresent()) {
                throw new LvbFrontEndException(api.wireName(), refusal.get(), message);
            }
            throw new LvbApiException(api.wireName(), ret, integer(reply.get("retcode")), message);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T bindOutput(LvbInterface api, JsonValue output, Class<T> type) {
        if (type == StreamStatus.class) {
            return (T) new StreamStatus(withInterface(api, () -> entries(output)));
        }
        JsonValue value = output;
        // "If the stream is not live, output is empty": accept absent, null, "", [] and a one-element array.
        if (value == null || value == JsonValue.NULL || (value instanceof JsonString s && s.getString().isEmpty())) {
            value = JsonValue.EMPTY_JSON_OBJECT;
        } else if (value instanceof JsonArray a) {
            value = a.isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : a.get(0);
        }
        if (!(value instanceof JsonObject)) {
            throw new LvbProtocolException(api.wireName(), "'output' is not an object", output.toString(), null);
        }
        JsonObject bound = (JsonObject) value;
        // "raw" is the record component that keeps this JSON, never a value to bind (LVB sends no such field).
        JsonObject bindable = bound.containsKey(LvbRaw.COMPONENT)
                ? LvbJson.provider().createObjectBuilder(bound).remove(LvbRaw.COMPONENT).build()
                : bound;
        return withInterface(api, () -> LvbRaw.attach(LvbJson.bind(bindable, type), bound));
    }

    private static java.util.List<StreamStatusEntry> entries(JsonValue output) {
        // Like every other output: absent, null and "" mean "nothing" (an empty array needs no special case).
        if (output == null || output == JsonValue.NULL || (output instanceof JsonString s && s.getString().isEmpty())) {
            return java.util.List.of();
        }
        if (output instanceof JsonObject o) {
            StreamStatusEntry entry = LvbRaw.attach(LvbJson.bind(o, StreamStatusEntry.class), o);
            return java.util.List.of(entry);
        }
        if (output instanceof JsonArray a) {
            java.util.List<StreamStatusEntry> list = new java.util.ArrayList<>(a.size());
            for (JsonValue v : a) {
                if (!(v instanceof JsonObject)) {
                    throw new LvbProtocolException(null, "'output' items are not objects", output.toString(), null);
                }
                list.add(LvbRaw.attach(LvbJson.bind(v, StreamStatusEntry.class), v));
            }
            return list;
        }
        throw new LvbProtocolException(null, "'output' is neither an array nor an object", output.toString(), null);
    }

    /** Re-throws protocol errors raised below with the interface name attached. */
    private static <T> T withInterface(LvbInterface api, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (LvbProtocolException e) {
            throw e.withInterface(api.wireName());
        }
    }

    private static Integer integer(JsonValue v) {
        if (v instanceof JsonNumber n) {
            try {
                return n.bigDecimalValue().intValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        if (v instanceof JsonString s) {
            try {
                return Integer.parseInt(s.getString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v == null || v == JsonValue.NULL ? null : v.toString();
    }

    private static String firstNonEmpty(String a, String b) {
        return a != null && !a.isEmpty() ? a : b;
    }
}
