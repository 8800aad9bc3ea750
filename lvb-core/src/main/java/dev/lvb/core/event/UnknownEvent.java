package dev.lvb.core.event;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A verified notification of an {@code event_type} this library has no type for. Delivered anyway, with LVB's
 * JSON as received (minus {@code sign}).
 *
 * @param eventType LVB's {@code event_type}
 * @param raw the notification's JSON
 */
public record UnknownEvent(int eventType, JsonObject raw) implements LvbEvent {

    @Override
    public String streamId() {
        JsonValue v = raw.get("stream_id");
        if (v == null) {
            v = raw.get("streamId");
        }
        return v instanceof JsonString s ? s.getString() : null;
    }

    @Override
    public Long appId() {
        JsonValue v = raw.get("appid");
        if (v instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        if (v instanceof JsonString s) {
            try {
                return Long.parseLong(s.getString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
