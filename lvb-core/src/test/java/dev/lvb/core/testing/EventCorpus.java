package dev.lvb.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.LvbSampleEvents;
import dev.lvb.core.internal.LvbBindingPlan;
import dev.lvb.core.internal.LvbBindingPlan.Slot;
import dev.lvb.core.json.LvbJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * Notification bodies for comparing two ways of binding events: LVB's samples, the bodies the tests use, one body
 * per event type with every field set, and hostile variants of those (numbers as strings and strings as numbers,
 * arrays for objects, nulls, huge numbers, nested garbage, keys {@code raw} and {@code sign}, duplicate keys).
 */
public final class EventCorpus {

    private static final String[] HOSTILE = {
        "null", "\"\"", "\"  \"", "\" 42 \"", "\"42\"", "42", "-0", "1.5", "1.0", "1e2", "1E+400", "-1e400",
        "12345678901234567890123", "\"12345678901234567890123456789012345678901\"", "\"abc\"", "\"0x10\"", "true",
        "false", "{}", "[]", "[null]", "[1,\"2\"]", "[\"\"]", "[{}]", "[[1]]", "{\"x\":[{}]}", "{\"desc\":1}",
        "[{\"desc\":[]}]", "{\"type\":\"1\",\"detail\":{\"desc\":\"d\",\"occur_time\":\"7\"}}",
        "[{\"type\":\"x\"}]", "9223372036854775808", "2147483648", "\"-2147483648\"", "1e-400",
        "{\"a\":{\"b\":{\"c\":[1,2,{\"d\":null}]}}}", "\"\\u0000\"", "[1,2,3]", "[\"1\",2,\"3 \"]"};

    private static final JsonProvider JSON = LvbJson.provider();

    private EventCorpus() {
    }

    /** @return LVB's samples of every type that has one, the tests' bodies and the fixtures, as JSON texts */
    public static List<String> known() {
        List<String> out = new ArrayList<>();
        for (int type : LvbSampleEvents.types().keySet()) {
            LvbSampleEvents.of(type, 1252033264L, "1234.livepush.myqcloud.com", "live", "s_1",
                    Instant.ofEpochSecond(1_700_000_000L)).ifPresent(o -> out.add(o.toString()));
        }
        for (String line : TestJson.fixtureText("event-corpus.jsonl").split("\n")) {
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        for (String f : List.of("event-porn-detection.json", "event-recording-file.json", "event-screenshot.json",
                "event-stream-begin.json", "event-stream-end.json", "event-unknown.json")) {
            out.add(TestJson.fixtureText(f));
        }
        return out;
    }

    /**
     * @param type an event class
     * @return a body of that type with every field set to a value of its type (bound by both ways alike)
     */
    public static JsonObject full(Class<? extends LvbEvent> type) {
        int eventType = LvbEvents.knownTypes().stream().filter(type::equals).findFirst()
                .map(EventCorpus::eventTypeOf).orElseThrow();
        return fullObject(type, new SplittableRandom(eventType)).add(LvbEvents.EVENT_TYPE, eventType)
                .add(LvbEvents.T, 1_700_000_600L).add(LvbEvents.SIGN, "0123456789abcdef0123456789abcdef").build();
    }

    private static int eventTypeOf(Class<? extends LvbEvent> type) {
        for (int i = 0; i < 1000; i++) {
            if (LvbEvents.typeOf(i) == type) {
                return i;
            }
        }
        throw new IllegalArgumentException(type.getName());
    }

    private static JsonObjectBuilder fullObject(Class<?> record, SplittableRandom r) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        for (Slot s : LvbBindingPlan.of(record)) {
            if (s.kind() != LvbBindingPlan.Kind.RAW) {
                b.add(s.wireName(), value(s, r));
            }
        }
        return b;
    }

    private static JsonValue value(Slot s, SplittableRandom r) {
        boolean asString = r.nextBoolean();
        return switch (s.kind()) {
            case LONG -> asString ? JSON.createValue(Long.toString(r.nextLong())) : JSON.createValue(r.nextLong());
            case INT -> asString ? JSON.createValue(Integer.toString(r.nextInt())) : JSON.createValue(r.nextInt());
            case DOUBLE -> asString ? JSON.createValue("12.5") : JSON.createValue(r.nextInt(1000) / 8.0);
            case TEXT -> asString ? JSON.createValue("t_" + r.nextInt(1000)) : JSON.createValue(r.nextLong());
            case JSON_TEXT -> asString ? JSON.createValue("{\"a\":1}")
                    : JSON.createObjectBuilder().add("url", "u").add("index", 1).build();
            case JSON_VALUE -> asString ? JSON.createValue("v")
                    : JSON.createArrayBuilder().add(1).add(JSON.createObjectBuilder().add("k", "v")).build();
            case INTS -> JSON.createArrayBuilder().add(1).add("2").build();
            case OBJECTS -> JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("k", 1)).build();
            case RECORD -> fullObject(s.record(), r).build();
            case RECORDS, OBJECT_OR_OBJECTS -> {
                if (s.kind() == LvbBindingPlan.Kind.OBJECT_OR_OBJECTS && asString) {
                    yield fullObject(s.record(), r).build();
                }
                JsonArrayBuilder a = JSON.createArrayBuilder();
                for (int i = 0; i < 2; i++) {
                    a.add(fullObject(s.record(), r));
                }
                yield a.build();
            }
            case RAW -> throw new IllegalArgumentException();
        };
    }

    /**
     * @return hostile variants of the full bodies and the known ones: a few values (at any depth) replaced by
     *         garbage, keys added, renamed or doubled
     */
    public static Gen<String> hostile() {
        List<String> bases = new ArrayList<>(known());
        for (Class<? extends LvbEvent> type : LvbEvents.knownTypes()) {
            bases.add(full(type).toString());
        }
        return r -> {
            JsonObject body = LvbJson.parseObject(bases.get(r.nextInt(bases.size())));
            int edits = 1 + r.nextInt(3);
            for (int i = 0; i < edits; i++) {
                body = (JsonObject) mutate(body, r, 0);
            }
            String text = body.toString();
            if (r.nextInt(8) == 0 && text.length() > 2) {
                // A key twice: JSON-B reads the text first, the object keeps the last value.
                String key = body.keySet().stream().skip(r.nextInt(body.size())).findFirst().orElse("x");
                text = "{\"" + key + "\":" + HOSTILE[r.nextInt(HOSTILE.length)] + "," + text.substring(1);
            }
            return text;
        };
    }

    private static JsonValue mutate(JsonValue v, SplittableRandom r, int depth) {
        if (v instanceof JsonObject o && (depth == 0 || r.nextInt(3) > 0) && !o.isEmpty()) {
            List<String> keys = new ArrayList<>(o.keySet());
            keys.remove(LvbEvents.EVENT_TYPE);
            JsonObjectBuilder b = JSON.createObjectBuilder(o);
            int pick = r.nextInt(10);
            if (pick == 0) {
                b.add(r.nextBoolean() ? "raw" : "sign", garbage(r));
            } else if (pick == 1 && !keys.isEmpty()) {
                String k = keys.get(r.nextInt(keys.size()));
                b.remove(k).add(k.toUpperCase(), o.get(k));
            } else if (!keys.isEmpty()) {
                String k = keys.get(r.nextInt(keys.size()));
                b.add(k, r.nextInt(3) == 0 ? mutate(o.get(k), r, depth + 1) : garbage(r));
            }
            return b.build();
        }
        if (v instanceof jakarta.json.JsonArray a && !a.isEmpty()) {
            JsonArrayBuilder b = JSON.createArrayBuilder(a);
            int i = r.nextInt(a.size());
            b.set(i, r.nextBoolean() ? mutate(a.get(i), r, depth + 1) : garbage(r));
            return b.build();
        }
        return garbage(r);
    }

    private static JsonValue garbage(SplittableRandom r) {
        return LvbJson.parseObject("{\"v\":" + HOSTILE[r.nextInt(HOSTILE.length)] + "}").get("v");
    }
}
