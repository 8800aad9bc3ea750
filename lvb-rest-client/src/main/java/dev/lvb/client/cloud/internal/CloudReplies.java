package dev.lvb.client.cloud.internal;

import java.nio.charset.StandardCharsets;

import dev.lvb.core.error.LvbCloudException;
import dev.lvb.core.error.LvbException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.json.LvbJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Reads the Cloud API envelope {@code {"Response":{...}}} once, for the filter, the mapper and the reader. */
final class CloudReplies {

    private CloudReplies() {
    }

    /**
     * @param action the action, for messages
     * @param body the reply bytes
     * @return the {@code Response} object
     * @throws LvbCloudException when it holds an {@code Error}
     * @throws LvbProtocolException when the body is not the envelope
     */
    static JsonObject response(String action, byte[] body) {
        JsonObject root;
        try {
            root = LvbJson.parseObject(body);
        } catch (LvbProtocolException e) {
            throw e.withInterface(action);
        }
        JsonValue response = root.get("Response");
        if (response == null || response.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new LvbProtocolException(action, "no \"Response\" object in the Cloud API reply",
                    new String(body, StandardCharsets.UTF_8), null);
        }
        JsonObject r = response.asJsonObject();
        JsonValue error = r.get("Error");
        if (error != null && error.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject e = error.asJsonObject();
            throw new LvbCloudException(action, text(e, "Code", "unknown"), text(e, "Message", null),
                    text(r, "RequestId", null));
        }
        return r;
    }

    /** @return the exception the body stands for, or {@code null} when it is a valid success reply */
    static LvbException failure(String action, byte[] body) {
        try {
            response(action, body);
            return null;
        } catch (LvbCloudException | LvbProtocolException e) {
            return e;
        }
    }

    private static String text(JsonObject o, String name, String fallback) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return fallback;
        }
        return v.getValueType() == JsonValue.ValueType.STRING ? o.getString(name) : v.toString();
    }
}
