package dev.lvb.core.event;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalInt;

import dev.lvb.core.LvbSignature;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.json.LvbBinder;
import dev.lvb.core.json.LvbBinders;
import dev.lvb.core.json.LvbBinding;
import dev.lvb.core.json.LvbJson;
import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The JSON form of LVB notifications: which type each {@code event_type} binds to, reading a (verified) body into
 * an {@link LvbEvent}, and writing an event with its {@code event_type}, {@code t} and {@code sign} as LVB sends it.
 */
public final class LvbEvents {

    /** Wire name of the event type. */
    public static final String EVENT_TYPE = "event_type";
    /** Wire name of the expiry time. */
    public static final String T = "t";
    /** Wire name of the signature. */
    public static final String SIGN = "sign";

    private static final Map<Integer, Class<? extends LvbEvent>> TYPES = Map.ofEntries(
            Map.entry(StreamEndEvent.EVENT_TYPE, StreamEndEvent.class),
            Map.entry(StreamBeginEvent.EVENT_TYPE, StreamBeginEvent.class),
            Map.entry(RecordingFileEvent.EVENT_TYPE, RecordingFileEvent.class),
            Map.entry(ScreenshotEvent.EVENT_TYPE, ScreenshotEvent.class),
            Map.entry(RelayTaskEvent.EVENT_TYPE, RelayTaskEvent.class),
            Map.entry(AudioModerationEvent.EVENT_TYPE, AudioModerationEvent.class),
            Map.entry(PornDetectionEvent.EVENT_TYPE, PornDetectionEvent.class),
            Map.entry(PushErrorEvent.EVENT_TYPE, PushErrorEvent.class),
            Map.entry(LiveMonitorEvent.EVENT_TYPE, LiveMonitorEvent.class),
            Map.entry(RecordingStatusEvent.EVENT_TYPE, RecordingStatusEvent.class),
            Map.entry(RecordingErrorEvent.EVENT_TYPE, RecordingErrorEvent.class),
            Map.entry(QualityCheckEvent.EVENT_TYPE, QualityCheckEvent.class),
            Map.entry(LiveSummaryEvent.EVENT_TYPE, LiveSummaryEvent.class),
            Map.entry(HighlightEvent.EVENT_TYPE, HighlightEvent.class));

    private LvbEvents() {
    }

    /**
     * @param eventType an {@code event_type}
     * @return the event class it binds to, {@link UnknownEvent} for types without one
     */
    public static Class<? extends LvbEvent> typeOf(int eventType) {
        return TYPES.getOrDefault(eventType, UnknownEvent.class);
    }

    /** @return every typed event class (without {@link UnknownEvent}) */
    public static java.util.Collection<Class<? extends LvbEvent>> knownTypes() {
        return TYPES.values();
    }

    /**
     * @param body a notification
     * @return its {@code event_type}, empty when absent
     * @throws LvbProtocolException when present but not an integer (a number or a string of digits)
     */
    public static OptionalInt eventTypeOf(JsonObject body) {
        JsonValue v = body.get(EVENT_TYPE);
        if (v == null || v == JsonValue.NULL) {
            return OptionalInt.empty();
        }
        try {
            BigDecimal n;
            if (v instanceof JsonNumber num) {
                n = num.bigDecimalValue();
            } else if (v instanceof JsonString s && s.getString().length() <= 11) {
                n = new BigDecimal(s.getString().trim());
            } else {
                throw new NumberFormatException();
            }
            return OptionalInt.of(n.intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new LvbProtocolException(null, "event_type is not an integer", Redact.value(v), null);
        }
    }

    /**
     * Binds a notification to its event type. Call only after its signature was verified.
     *
     * @param body the notification
     * @return the typed event, or an {@link UnknownEvent}
     * @throws LvbProtocolException when {@code event_type} is missing or malformed, or fields have the wrong types
     */
    public static LvbEvent fromJson(JsonObject body) {
        return fromJson(body, null);
    }

    /**
     * Like {@link #fromJson(JsonObject)}, but binds the typed event straight from the text {@code body} was parsed
     * from, instead of printing {@code body} again and parsing that. The event is the same, with one nuance: a text
     * field that arrived as a JSON number keeps the number's spelling as sent ({@code 1e2}, where printing the
     * object gives {@code 1E+2}).
     *
     * @param body the notification
     * @param text the JSON text {@code body} was parsed from, exactly; {@code null} to bind from {@code body}
     * @return the typed event, or an {@link UnknownEvent}
     * @throws LvbProtocolException when {@code event_type} is missing or malformed, or fields have the wrong types
     */
    public static LvbEvent fromJson(JsonObject body, String text) {
        return fromJson(body, text, null);
    }

    /**
     * Like {@link #fromJson(JsonObject, String)}, with the binders generated at build time instead of JSON-B (the
     * Quarkus extension's): the same event, from the same rules, without reflection. The event is bound from
     * {@code body} without {@code sign} (its {@link LvbEvent#raw()}); a key {@code raw} is never bound.
     *
     * @param body the notification
     * @param text the JSON text {@code body} was parsed from, exactly, or {@code null}; used by JSON-B only
     * @param binders the binders, or {@code null} for JSON-B; an event type without a binder is bound with JSON-B
     * @return the typed event, or an {@link UnknownEvent}
     * @throws LvbProtocolException when {@code event_type} is missing or malformed, or fields have the wrong types
     */
    public static LvbEvent fromJson(JsonObject body, String text, LvbBinders binders) {
        int type = eventTypeOf(body)
                .orElseThrow(() -> new LvbProtocolException(null, "event_type is missing", null, null));
        Class<? extends LvbEvent> cls = typeOf(type);
        JsonObject raw = body.containsKey(SIGN)
                ? LvbJson.provider().createObjectBuilder(body).remove(SIGN).build()
                : body;
        if (cls == UnknownEvent.class) {
            return new UnknownEvent(type, raw);
        }
        LvbBinder<? extends LvbEvent> binder = binders == null ? null : binders.binder(cls);
        if (binder != null) {
            return LvbBinding.bind(binder, raw);
        }
        JsonObject bindable = body;
        if (body.containsKey(LvbRaw.COMPONENT)) {
            // "raw" names no LVB field but the record component holding the JSON: never bind a sender's value to it.
            bindable = LvbJson.provider().createObjectBuilder(body).remove(LvbRaw.COMPONENT).build();
            text = null;
        }
        LvbEvent event = null;
        if (text != null) {
            try {
                event = LvbJson.bind(text, cls);
            } catch (LvbProtocolException e) {
                // The text may hold a key twice, and then binds every value: an earlier one of the wrong type fails
                // although the object kept only the last. The object decides, as without the text.
            }
        }
        if (event == null) {
            event = LvbJson.bind(bindable, cls);
        }
        return LvbRaw.attach(event, raw);
    }

    /**
     * @param event an event
     * @return its JSON with exactly LVB's field names and {@code event_type}, without {@code t}/{@code sign}
     */
    public static JsonObject toJson(LvbEvent event) {
        JsonObject fields = event instanceof UnknownEvent u ? u.raw() : LvbJson.toJsonObject(event);
        return LvbJson.provider().createObjectBuilder(fields).add(EVENT_TYPE, event.eventType()).build();
    }

    /**
     * Produces a notification as LVB sends it: the event's JSON plus {@code t} and {@code sign = md5(key + t)}.
     *
     * @param event the event
     * @param key the callback key
     * @param t the expiry, UNIX seconds (LVB uses send time + 10 minutes)
     * @return the body
     */
    public static JsonObject toSignedJson(LvbEvent event, String key, long t) {
        return LvbJson.provider().createObjectBuilder(toJson(event)).add(T, t).add(SIGN, LvbSignature.sign(key, t))
                .build();
    }

    private static final class Redact {
        static String value(JsonValue v) {
            String s = v.toString();
            return s.length() > 40 ? s.substring(0, 40) + "..." : s;
        }
    }
}
