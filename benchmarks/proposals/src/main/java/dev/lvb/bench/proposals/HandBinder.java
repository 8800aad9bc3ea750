package dev.lvb.bench.proposals;

import java.math.BigDecimal;

import dev.lvb.core.event.StreamBeginEvent;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * PROTOTYPE, to size a possible next step: StreamBeginEvent bound by hand from the already parsed JsonObject, with
 * the lenient rules of {@code dev.lvb.core.json.LvbLenient} (a number or a string of digits; "" and null are
 * null). Only to measure what a hand-written binder would cost against JSON-B; it is checked equal to the JSON-B
 * binding on every benchmark notification, not on hostile input.
 */
public final class HandBinder {

    private HandBinder() {
    }

    public static StreamBeginEvent streamBegin(JsonObject o) {
        return new StreamBeginEvent(longOf(o, "appid"), text(o, "app"), text(o, "appname"), text(o, "channel_id"),
                text(o, "stream_id"), longOf(o, "event_time"), lenientText(o, "sequence"), text(o, "node"),
                text(o, "user_ip"), text(o, "stream_param"), intOf(o, "errcode"), text(o, "errmsg"),
                intOf(o, "set_id"), intOf(o, "width"), intOf(o, "height"), lenientText(o, "idc_id"));
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new IllegalArgumentException(name + " is not a string");
    }

    private static String lenientText(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        return text(o, name);
    }

    private static BigDecimal number(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (v instanceof JsonString s) {
            String t = s.getString().trim();
            return t.isEmpty() ? null : new BigDecimal(t);
        }
        throw new IllegalArgumentException(name + " is not a number");
    }

    private static Long longOf(JsonObject o, String name) {
        BigDecimal n = number(o, name);
        return n == null ? null : n.longValueExact();
    }

    private static Integer intOf(JsonObject o, String name) {
        BigDecimal n = number(o, name);
        return n == null ? null : n.intValueExact();
    }
}
