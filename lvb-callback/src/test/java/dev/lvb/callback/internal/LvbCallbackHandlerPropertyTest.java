package dev.lvb.callback.internal;

import static dev.lvb.callback.internal.LvbCallbackHandler.answerJson;
import static dev.lvb.core.testing.Gen.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lvb.callback.InMemoryLvbDedupeStore;
import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.callback.LvbNotificationOutcome;
import dev.lvb.callback.LvbNotificationReport;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.PornDetectionEvent;
import dev.lvb.core.event.RecordingFileEvent;
import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.core.event.UnknownEvent;
import dev.lvb.core.json.LvbJson;
import dev.lvb.core.testing.Gen;
import dev.lvb.core.testing.Property;
import dev.lvb.core.testing.Stats;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Thousands of generated bodies, hostile and honest, straight into {@link LvbCallbackHandler} (no HTTP). The
 * oracle is independent of lvb-core: an event may only be delivered when the body is a JSON object whose {@code t}
 * lies in the window and whose {@code sign} is md5(key + t) computed here.
 * <p>
 * Runs on the harness in lvb-core's test-jar ({@link Property}, {@link Gen}); reproduce a failure with the
 * {@code -Dlvb.property.seed=...} it prints. Every property first checks its fixed edge cases, then its random tries.
 */
class LvbCallbackHandlerPropertyTest {

    static final String KEY = "prop-callback-key-0f1e2d3c4b5a6978";
    static final String WRONG_KEY = "prop-api-key-wrong-0123456789abcd";
    static final long NOW = 1_800_000_000L;
    static final long SKEW = 60;
    static final long LIFETIME = 600;
    static final int LIMIT = 16 * 1024;
    static final LvbCallbackSettings SETTINGS = LvbCallbackSettings.defaults()
            .withClock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)).withMaxBodyBytes(LIMIT);
    /** What the handler answers when something unforeseen escaped the stages: must never happen. */
    static final String CATCH_ALL = "malformed notification";

    record Run(LvbNotificationReport outcome, List<LvbEvent> delivered) {
    }

    static Run run(byte[] body, boolean verify) {
        List<LvbEvent> delivered = new ArrayList<>();
        LvbCallbackHandler handler = new LvbCallbackHandler(SETTINGS.withVerifySignature(verify),
                LvbCredentialsProvider.of(LvbCredentials.of(1252033264L, WRONG_KEY).withCallbackKey(KEY)),
                new InMemoryLvbDedupeStore(100, SETTINGS.clock()), delivered::add);
        LvbNotificationReport outcome = handler.handle(body);
        assertThat(outcome).isNotNull();
        return new Run(outcome, delivered);
    }

    // ---- properties ----------------------------------------------------------------------------------------------

    @Test
    void anyBodyIsAnsweredSafelyAndOnlyAuthenticOnesAreDelivered() {
        Stats stats = new Stats("outcome");
        Property.Result result = Property.forAll("anyBodyIsAnsweredSafelyAndOnlyAuthenticOnesAreDelivered", 2500,
                Edges.bodies(), ANY_BODY, body -> {
                    Run r = run(body, true);
                    LvbNotificationReport o = r.outcome();
                    stats.collect(o.outcome());
                    assertThat(o.status()).isIn(200, 400, 401, 403, 413);
                    assertThat(o.reason()).isNotEqualTo(CATCH_ALL);
                    assertThat(r.delivered()).hasSize(o.status() == 200 ? 1 : 0);
                    if (!r.delivered().isEmpty()) {
                        assertThat(authentic(body)).as("delivered, so it must be authentic").isTrue();
                    }
                    assertThat(answerJson(o)).doesNotContain(KEY).doesNotContain(WRONG_KEY);
                });
        System.out.println(stats);
        // the mix really exercises every branch, not just the cheap rejections
        String why = stats + System.lineSeparator() + result;
        assertThat(stats.percent(LvbNotificationOutcome.ACCEPTED)).as(why).isGreaterThan(10);
        assertThat(stats.percent(LvbNotificationOutcome.REJECTED_SIGNATURE)).as(why).isGreaterThan(10);
        assertThat(stats.percent(LvbNotificationOutcome.REJECTED_EXPIRED)).as(why).isGreaterThan(1);
        assertThat(stats.percent(LvbNotificationOutcome.REJECTED_MALFORMED)).as(why).isGreaterThan(10);
        assertThat(stats.count(LvbNotificationOutcome.REJECTED_TOO_LARGE)).as(why).isPositive();
    }

    @Test
    void forgedOrExpiredBodiesAreNeverDelivered() {
        Stats stats = new Stats("outcome");
        Property.Result result = Property.forAll("forgedOrExpiredBodiesAreNeverDelivered", 2000,
                Edges.forgedBodies(), FORGED_BODY, body -> {
                    Run r = run(body, true);
                    stats.collect(r.outcome().outcome(), r.outcome().reason().replaceAll("[0-9]+", "N"));
                    assertThat(r.delivered()).isEmpty();
                    assertThat(r.outcome().status()).isIn(400, 401, 403, 413);
                    assertThat(r.outcome().reason()).isNotEqualTo(CATCH_ALL);
                });
        System.out.println(stats);
        String why = stats + System.lineSeparator() + result;
        for (String reached : List.of("REJECTED_MALFORMED body is not valid JSON",
                "REJECTED_MALFORMED body is not a JSON object", "REJECTED_MALFORMED JSON nested too deeply",
                "REJECTED_MALFORMED empty body", "REJECTED_SIGNATURE sign does not match",
                "REJECTED_SIGNATURE t is missing", "REJECTED_SIGNATURE sign is missing",
                "REJECTED_SIGNATURE t is not a UNIX time in decimal seconds", "REJECTED_EXPIRED t expired N s ago",
                "REJECTED_EXPIRED t lies N s ahead, more than the allowed N s",
                "REJECTED_TOO_LARGE body exceeds N bytes")) {
            assertThat(stats.count(reached)).as("never reached: %s%n%s", reached, why).isPositive();
        }
    }

    /** One honest event, its t, how t is written, and the t of LVB's re-send. */
    record Delivery(LvbEvent event, long t, boolean tAsString, long retryT) {
    }

    @Test
    void properlySignedEventsAreDeliveredExactlyOnce() {
        Property.forAll("properlySignedEventsAreDeliveredExactlyOnce", 1000, Edges.deliveries(), r -> new Delivery(
                EVENT.apply(r), T_IN_WINDOW.apply(r), r.nextBoolean(), T_IN_WINDOW.apply(r)), d -> {
                    List<LvbEvent> delivered = new ArrayList<>();
                    LvbCallbackHandler handler = new LvbCallbackHandler(SETTINGS,
                            LvbCredentialsProvider.of(LvbCredentials.of(1L, KEY)),
                            new InMemoryLvbDedupeStore(100, SETTINGS.clock()), delivered::add);

                    LvbNotificationReport first = handler.handle(signedBody(d.event(), d.t(), d.tAsString()));
                    assertThat(first.outcome()).as(first.reason()).isEqualTo(LvbNotificationOutcome.ACCEPTED);
                    assertThat(answerJson(first)).isEqualTo("{\"code\":0}");
                    assertThat(delivered).hasSize(1);
                    assertSameEvent(delivered.get(0), d.event());

                    LvbNotificationReport retry = handler.handle(signedBody(d.event(), d.retryT(), !d.tAsString()));
                    assertThat(retry.outcome()).isEqualTo(LvbNotificationOutcome.DUPLICATE);
                    assertThat(retry.status()).isEqualTo(200);
                    assertThat(delivered).hasSize(1);
                });
    }

    /** An object's JSON text and the (valid) t it is signed with. */
    record SignedContent(String object, long t) {
    }

    @Test
    void signedButHostileContentIsNeverA5xx() {
        Stats stats = new Stats("outcome");
        List<SignedContent> edges = Edges.hostileObjects().stream().map(o -> new SignedContent(o, NOW)).toList();
        Property.Result result = Property.forAll("signedButHostileContentIsNeverA5xx", 1000, edges,
                r -> new SignedContent(HOSTILE_CONTENT.apply(r), T_IN_WINDOW.apply(r)), c -> {
                    byte[] body = withTAndSign(c.object(), Long.toString(c.t()), quote(md5(KEY + c.t())));
                    Run r = run(body, true);
                    stats.collect(r.outcome().outcome());
                    assertThat(r.outcome().status()).isIn(200, 400, 413);
                    assertThat(r.outcome().reason()).isNotEqualTo(CATCH_ALL);
                    assertThat(r.delivered()).hasSize(r.outcome().status() == 200 ? 1 : 0);
                });
        System.out.println(stats);
        String why = stats + System.lineSeparator() + result;
        assertThat(stats.count(LvbNotificationOutcome.ACCEPTED)).as(why).isPositive();
        assertThat(stats.count(LvbNotificationOutcome.REJECTED_MALFORMED)).as(why).isPositive();
    }

    @Test
    void withVerificationOffBadInputIsStillNeverA5xx() {
        Stats stats = new Stats("outcome");
        Property.Result result = Property.forAll("withVerificationOffBadInputIsStillNeverA5xx", 1000, Edges.bodies(),
                ANY_BODY, body -> {
                    Run r = run(body, false);
                    stats.collect(r.outcome().outcome());
                    assertThat(r.outcome().status()).isIn(200, 400, 413);
                    assertThat(r.outcome().reason()).isNotEqualTo(CATCH_ALL);
                    assertThat(r.delivered()).hasSize(r.outcome().status() == 200 ? 1 : 0);
                });
        System.out.println(stats);
        String why = stats + System.lineSeparator() + result;
        assertThat(stats.count(LvbNotificationOutcome.ACCEPTED)).as(why).isPositive();
        assertThat(stats.count(LvbNotificationOutcome.REJECTED_MALFORMED)).as(why).isPositive();
        assertThat(stats.count(LvbNotificationOutcome.REJECTED_TOO_LARGE)).as(why).isPositive();
    }

    /** lvb-core's binding on its own: only its protocol exception may come out, never anything else. */
    @Test
    void bindingThrowsNothingButProtocolExceptions() {
        Stats stats = new Stats("binding");
        Property.Result result = Property.forAll("bindingThrowsNothingButProtocolExceptions", 1000,
                Edges.hostileObjects(), HOSTILE_CONTENT, object -> {
                    JsonObject json;
                    try {
                        json = LvbJson.parseObject(object);
                    } catch (RuntimeException notAnObject) {
                        // Parsing is the handler's business (it maps every parse failure to 400). Note:
                        // LvbJson.parseObject lets Parsson's UnsupportedOperationException for numbers over 1100
                        // characters through unwrapped.
                        stats.collect("not parsed");
                        return;
                    }
                    try {
                        LvbEvent e = LvbEvents.fromJson(json);
                        assertThat(e).isNotNull();
                        stats.collect("bound");
                    } catch (LvbProtocolException expected) {
                        stats.collect("protocol exception");
                        assertThat(expected.getMessage()).doesNotContain(KEY);
                    } catch (RuntimeException unexpected) {
                        fail("LvbEvents.fromJson threw " + unexpected + " for " + object.substring(0,
                                Math.min(200, object.length())), unexpected);
                    }
                });
        System.out.println(stats);
        String why = stats + System.lineSeparator() + result;
        assertThat(stats.count("bound")).as(why).isPositive();
        assertThat(stats.count("protocol exception")).as(why).isPositive();
    }

    // ---- the independent oracle ----------------------------------------------------------------------------------

    static boolean authentic(byte[] body) {
        JsonObject o;
        try {
            o = LvbJson.parseObject(body);
        } catch (RuntimeException e) {
            return false;
        }
        JsonValue t = o.get("t");
        String digits;
        if (t instanceof JsonString s) {
            digits = s.getString();
        } else if (t instanceof JsonNumber n) {
            BigDecimal bd = n.bigDecimalValue();
            if (bd.precision() > 40 || Math.abs(bd.scale()) > 40 || bd.signum() < 0) {
                return false;
            }
            bd = bd.stripTrailingZeros();
            if (bd.scale() > 0) {
                return false;
            }
            digits = bd.toBigInteger().toString();
        } else {
            return false;
        }
        if (!digits.matches("[0-9]{1,18}")) {
            return false;
        }
        long tv = Long.parseLong(digits);
        if (tv < NOW - SKEW || tv > NOW + LIFETIME + SKEW) {
            return false;
        }
        return o.get("sign") instanceof JsonString s && s.getString().equalsIgnoreCase(md5(KEY + digits));
    }

    static String md5(String s) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- honest events ---------------------------------------------------------------------------------------
    // (declared first: the generators below are built from these in declaration order)

    static final Gen<String> TEXT = Gen.nullable(0.15, Gen.frequency(
            weighted(5, Gen.strings(Gen.ASCII, 0, 24)),
            weighted(1, Gen.strings(Gen.range(0x0000, 0xD7FF), 0, 12)),
            // well-formed text beyond the BMP as well: emoji arrive as surrogate pairs in JSON-P strings
            weighted(1, Gen.strings(Gen.TEXT, 0, 12)),
            weighted(1, Gen.elements("", "3954_x", "直播", "a\"b\\c", "txSecret=a&txTime=5C2ACE7F"))));
    static final Gen<Long> LONGS = Gen.longs().orNull(0.15);
    static final Gen<Integer> INTS = Gen.ints().orNull(0.15);
    static final Gen<Double> SCORES = Gen.ints(0, 10_000).map(i -> i / 100.0).orNull(0.15);
    static final Gen<List<Integer>> PORN_TYPES = Gen.lists(Gen.ints(0, 5), 0, 5);

    static final Gen<LvbEvent> STREAM_BEGIN = r -> new StreamBeginEvent(LONGS.apply(r), TEXT.apply(r),
            TEXT.apply(r), TEXT.apply(r), TEXT.apply(r), LONGS.apply(r), TEXT.apply(r), TEXT.apply(r), TEXT.apply(r),
            TEXT.apply(r), INTS.apply(r), TEXT.apply(r), INTS.apply(r), INTS.apply(r), INTS.apply(r), TEXT.apply(r));

    static final Gen<LvbEvent> STREAM_END = r -> new StreamEndEvent(LONGS.apply(r), TEXT.apply(r), TEXT.apply(r),
            TEXT.apply(r), TEXT.apply(r), LONGS.apply(r), TEXT.apply(r), TEXT.apply(r), TEXT.apply(r), TEXT.apply(r),
            INTS.apply(r), TEXT.apply(r), INTS.apply(r), INTS.apply(r), INTS.apply(r), TEXT.apply(r),
            LONGS.apply(r));

    static final Gen<LvbEvent> RECORDING = r -> new RecordingFileEvent(LONGS.apply(r), TEXT.apply(r),
            TEXT.apply(r), TEXT.apply(r), TEXT.apply(r), LONGS.apply(r), LONGS.apply(r), LONGS.apply(r),
            TEXT.apply(r), TEXT.apply(r), INTS.apply(r), TEXT.apply(r), LONGS.apply(r), TEXT.apply(r),
            LONGS.apply(r), TEXT.apply(r));

    static final Gen<LvbEvent> SCREENSHOT = r -> new ScreenshotEvent(LONGS.apply(r), TEXT.apply(r), TEXT.apply(r),
            TEXT.apply(r), TEXT.apply(r), LONGS.apply(r), LONGS.apply(r), INTS.apply(r), INTS.apply(r),
            TEXT.apply(r), TEXT.apply(r), TEXT.apply(r), null);

    static final Gen<LvbEvent> PORN = r -> new PornDetectionEvent(LONGS.apply(r), TEXT.apply(r), TEXT.apply(r),
            TEXT.apply(r), TEXT.apply(r), INTS.apply(r), TEXT.apply(r), PORN_TYPES.apply(r), SCORES.apply(r),
            SCORES.apply(r), SCORES.apply(r), SCORES.apply(r), INTS.apply(r), TEXT.apply(r), LONGS.apply(r),
            LONGS.apply(r), SCORES.apply(r), null, TEXT.apply(r));

    // whatever the library types today (it grows): an unknown type is one that binds to UnknownEvent
    static final Gen<Integer> UNKNOWN_TYPE = Gen.ints().filter(i -> LvbEvents.typeOf(i) == UnknownEvent.class);
    static final Gen<Map<String, Object>> UNKNOWN_MEMBERS = Gen.maps(
            Gen.strings(Gen.ALPHA, 1, 10).filter(k -> !k.equals("t") && !k.equals("sign") && !k.equals("event_type")),
            Gen.oneOf(TEXT.filter(s -> s != null).asObject(), Gen.longs().asObject()), 0, 6);

    static final Gen<LvbEvent> UNKNOWN = r -> {
        int type = UNKNOWN_TYPE.apply(r);
        Map<String, Object> members = UNKNOWN_MEMBERS.apply(r);
        JsonObjectBuilder b = LvbJson.provider().createObjectBuilder();
        members.forEach((k, v) -> {
            if (v instanceof Long l) {
                b.add(k, l);
            } else {
                b.add(k, (String) v);
            }
        });
        return new UnknownEvent(type, b.build());
    };

    static final Gen<LvbEvent> EVENT = Gen.oneOf(STREAM_BEGIN, STREAM_END, RECORDING, SCREENSHOT, PORN, UNKNOWN);

    static final Gen<Long> T_IN_WINDOW = Gen.longs(NOW - SKEW, NOW + LIFETIME + SKEW);

    // ---- hostile generators ------------------------------------------------------------------------------------

    /** Random JSON text, including numbers and strings no sane sender uses. */
    static Gen<String> jsonValue(int depth) {
        Gen<String> numbers = Gen.oneOf(
                Gen.longs().map(String::valueOf),
                Gen.ints().map(String::valueOf),
                Gen.doubles().map(String::valueOf),
                Gen.bigIntegers(new BigInteger("-1" + "0".repeat(60)), new BigInteger("1" + "0".repeat(60)))
                        .map(String::valueOf),
                // unscaled values up to 128 bits with exponents up to ±2147483648 (some beyond what parsers read)
                Gen.bigDecimals().map(BigDecimal::toString),
                Gen.elements("1e999999999", "-1E-999999999", "1E+400", "0.000", "-0", "1" + "0".repeat(2000),
                        "0." + "0".repeat(1500) + "1", "9223372036854775808", "-9223372036854775809",
                        "1.7976931348623157E309", "2147483648", "1.0", "NaN", "Infinity", "01", "1.", ".5", "+1"));
        Gen<String> strings = Gen.oneOf(
                Gen.strings(0, 20).map(LvbCallbackHandlerPropertyTest::quote),
                Gen.strings(Gen.DIGITS, 0, 25).map(LvbCallbackHandlerPropertyTest::quote),
                Gen.elements("\"\\x\"", "\"\\ud800\"", "\"\\u00\"", "\"a\nb\"", "'single'", "\"unterminated"));
        Gen<String> scalars = Gen.frequency(weighted(3, numbers), weighted(3, strings),
                weighted(1, Gen.elements("true", "false", "null")));
        if (depth <= 0) {
            return scalars;
        }
        Gen<String> inner = jsonValue(depth - 1);
        Gen<String> arrays = inner.list(0, 3).map(l -> "[" + String.join(",", l) + "]");
        Gen<String> keys = Gen.frequency(weighted(2, Gen.elements("t", "sign", "event_type", "stream_id", "type")),
                weighted(1, Gen.strings(0, 6)));
        Gen<String> member = r -> quote(keys.apply(r)) + ":" + inner.apply(r);
        Gen<String> objects = member.list(0, 4).map(l -> "{" + String.join(",", l) + "}");
        return Gen.frequency(weighted(3, scalars), weighted(1, arrays), weighted(2, objects));
    }

    static final Gen<String> JSON_VALUE_2 = jsonValue(2);
    static final Gen<String> JSON_VALUE_3 = jsonValue(3);

    static final Gen<String> FIELD_NAME = Gen.frequency(
            weighted(4, Gen.elements("stream_id", "streamId", "channel_id", "channelId", "appid", "app",
                    "appname", "event_time", "sequence", "errcode", "push_duration", "set_id", "width", "height",
                    "idc_id", "file_size", "start_time", "end_time", "duration", "video_id", "file_id",
                    "vod2Flag", "task_id", "media_start_time", "pic_url", "pic_full_url", "create_time",
                    "pic_extra_info", "tid", "type", "confidence", "pornScore", "level", "screenshotTime",
                    "gameDetails", "stream_param")),
            weighted(1, Gen.strings(0, 8)))
            .filter(k -> !k.equals("t") && !k.equals("sign") && !k.equals("event_type"));

    /** Objects whose values have wrong, odd or hostile types and event types, as JSON text. */
    static final Gen<String> HOSTILE_CONTENT;

    static {
        Gen<String> eventType = Gen.oneOf(
                Gen.elements(0, 1, 100, 200, 317).map(String::valueOf),
                Gen.ints().map(String::valueOf),
                Gen.elements("\"1\"", "\"100\"", "\" 317 \"", "\"abc\"", "1.0", "1.5", "1e2", "-0", "null", "{}",
                        "[]", "true", "99999999999", "1E+999999999", "1E-999999999", "\"99999999999\""),
                Gen.constant(null));
        Gen<Map<String, String>> fields = Gen.maps(FIELD_NAME, JSON_VALUE_2, 0, 6);
        Gen<String> typedEventWithOneBadField = r -> {
            String text = LvbEvents.toJson(EVENT.apply(r)).toString();
            String member = quote(FIELD_NAME.apply(r)) + ":" + JSON_VALUE_2.apply(r);
            String base = text.substring(0, text.length() - 1);
            return base + (base.endsWith("{") ? "" : ",") + member + "}";
        };
        Gen<String> randomObject = r -> {
            String type = eventType.apply(r);
            Map<String, String> m = fields.apply(r);
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, v) -> {
                if (!k.equals("event_type")) {
                    sb.append(sb.length() > 1 ? "," : "").append(quote(k)).append(':').append(v);
                }
            });
            if (type != null) {
                sb.append(sb.length() > 1 ? "," : "").append("\"event_type\":").append(type);
            }
            return sb.append('}').toString();
        };
        HOSTILE_CONTENT = Gen.frequency(weighted(1, typedEventWithOneBadField), weighted(1, randomObject));
    }

    /** How t arrives: json text (null: absent), the digits a signer would use, whether it lies in the window. */
    record TVariant(String json, String digits, boolean inWindow) {
    }

    static final Gen<TVariant> T_VARIANT = Gen.frequency(
            weighted(4, T_IN_WINDOW.map(t -> new TVariant(Long.toString(t), Long.toString(t), true))),
            weighted(2, T_IN_WINDOW.map(t -> new TVariant(quote(Long.toString(t)), Long.toString(t), true))),
            weighted(2, Gen.longs(SKEW + 1, NOW).map(d -> NOW - d)
                    .map(t -> new TVariant(Long.toString(t), Long.toString(t), false))),
            weighted(2, Gen.longs(LIFETIME + SKEW + 1, 999_999_999_999_999_999L - NOW).map(d -> NOW + d)
                    .map(t -> new TVariant(Long.toString(t), Long.toString(t), false))),
            weighted(3, Gen.elements(
                    "\"abc\"", "\"\"", "\"0x6B49D200\"", "\"1.8e9\"", "1.5", "-1", "-0", "1e400", "1E-999999999",
                    "1E+999999999", "null", "{}", "[]", "[1800000600]", "true", "\"1800000600 \"", "\" 1800000600\"",
                    "\"+1800000600\"", "\"\u0661\u0668\u0660\u0660\u0660\u0660\u0660\u0666\u0660\u0660\"",
                    "\"18000006000000000000000\"", "180000060000000000000000000", "1.8000006E9", "\"6B49D258\"",
                    "0.0000000000000000000001")
                    .map(j -> new TVariant(j, j.startsWith("\"") ? j.substring(1, j.length() - 1) : j, false))),
            weighted(1, Gen.constant(new TVariant(null, "", false))));

    /** Sign json text; "CORRECT"/"UPPER_CORRECT" are resolved against t; null: absent. */
    static final Gen<String> SIGN_VARIANT = Gen.frequency(
            weighted(3, Gen.strings(Gen.HEX, 32).map(LvbCallbackHandlerPropertyTest::quote)),
            weighted(2, Gen.elements("\"\"", "12345", "null", "{}", "[\"x\"]", "true", "\"" + "a".repeat(1000) + "\"",
                    "\"\u00e9\u00e9\"")),
            weighted(3, Gen.elements("CORRECT", "UPPER_CORRECT")),
            weighted(1, Gen.constant(null)));

    /** A valid-looking event (or a random object) with a t and a sign that must not verify. */
    static final Gen<String> FORGED_OBJECT = Gen.frequency(
            weighted(3, EVENT.map(e -> LvbEvents.toJson(e).toString())), weighted(1, HOSTILE_CONTENT));

    static final Gen<String> FORGED_EVENT = r -> {
        String o = FORGED_OBJECT.apply(r);
        TVariant t = T_VARIANT.apply(r);
        String sign = SIGN_VARIANT.apply(r);
        String signJson = sign;
        if (sign == null) {
            signJson = null;
        } else if (sign.equals("CORRECT")) {
            // a correct sign only over a t that must be refused anyway
            signJson = t.inWindow() ? quote(md5(WRONG_KEY + t.digits())) : quote(md5(KEY + t.digits()));
        } else if (sign.equals("UPPER_CORRECT")) {
            signJson = t.inWindow() ? quote(md5(KEY + "1" + t.digits()).toUpperCase())
                    : quote(md5(KEY + t.digits()).toUpperCase());
        }
        return new String(withTAndSign(o, t.json(), signJson), StandardCharsets.UTF_8);
    };

    /** A genuine signed body cut short anywhere (0 to 99.9 % of it kept). */
    static final Gen<Integer> PERMILLE = Gen.ints(0, 999);
    static final Gen<Integer> POSITION = Gen.ints(0, 10_000);

    static final Gen<byte[]> TRUNCATED_EVENT = r -> {
        LvbEvent e = EVENT.apply(r);
        long t = T_IN_WINDOW.apply(r);
        int permille = PERMILLE.apply(r);
        byte[] full = signedBody(e, t, false);
        int n = (int) ((long) full.length * permille / 1000);
        byte[] out = new byte[n];
        System.arraycopy(full, 0, out, 0, n);
        return out;
    };

    static final Gen<List<Integer>> POSITIONS = POSITION.list(1, 4);
    static final Gen<byte[]> FOUR_BYTES = Gen.bytes(4, 4);
    static final Gen<byte[]> HIGH_BYTES = Gen.bytes(0x80, 0xFF, 1, 4);

    /** A genuine signed body with 1 to 4 bytes overwritten by arbitrary ones. */
    static final Gen<byte[]> MUTATED_SIGNED_BODY = r -> {
        LvbEvent e = EVENT.apply(r);
        long t = T_IN_WINDOW.apply(r);
        List<Integer> positions = POSITIONS.apply(r);
        byte[] values = FOUR_BYTES.apply(r);
        byte[] body = signedBody(e, t, false);
        for (int i = 0; i < positions.size(); i++) {
            body[positions.get(i) % body.length] = values[i];
        }
        return body;
    };

    /** A forged event with 1 to 4 bytes 0x80-0xFF (never valid UTF-8 on their own) inserted anywhere. */
    static final Gen<byte[]> INVALID_UTF8_EVENT = r -> {
        String text = FORGED_EVENT.apply(r);
        int pos = POSITION.apply(r);
        byte[] junk = HIGH_BYTES.apply(r);
        byte[] b = utf8(text);
        int at = pos % (b.length + 1);
        byte[] out = new byte[b.length + junk.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(junk, 0, out, at, junk.length);
        System.arraycopy(b, at, out, at + junk.length, b.length - at);
        return out;
    };

    /** Nesting from 1 level up to what fits into the body limit; brackets inside strings do not count. */
    static final Gen<String> DEEP_NESTING;

    static {
        Gen<Integer> depth = Gen.ints(1, LIMIT / 2 - 20);
        DEEP_NESTING = Gen.frequency(
                weighted(1, depth.map(n -> "{\"event_type\":1,\"a\":" + "[".repeat(n) + "]".repeat(n) + "}")),
                weighted(1, depth.map(n -> "{\"a\":".repeat(Math.min(n, LIMIT / 6)) + "1"
                        + "}".repeat(Math.min(n, LIMIT / 6)))),
                weighted(1, depth.map(n -> "[".repeat(n))),
                weighted(1, depth.map(n -> "{\"event_type\":1,\"a\":\"\\\"" + "[{".repeat(Math.min(n, LIMIT / 3))
                        + "\",\"b\":[[1]]}")));
    }

    /** Bodies just over the limit, up to 5,000 bytes over. */
    static final Gen<byte[]> OVERSIZE = Gen.ints(LIMIT + 1, LIMIT + 5000)
            .map(n -> utf8("{\"event_type\":1,\"pad\":\"" + "x".repeat(n) + "\"}"));

    static final Gen<byte[]> FORGED_BODY = Gen.frequency(
            weighted(2, Gen.bytes(0, 400)),
            weighted(2, JSON_VALUE_3.map(LvbCallbackHandlerPropertyTest::utf8)),
            weighted(6, FORGED_EVENT.map(LvbCallbackHandlerPropertyTest::utf8)),
            weighted(2, TRUNCATED_EVENT),
            weighted(1, DEEP_NESTING.map(LvbCallbackHandlerPropertyTest::utf8)),
            weighted(2, INVALID_UTF8_EVENT),
            weighted(1, OVERSIZE));

    static final Gen<byte[]> ANY_BODY = Gen.frequency(
            weighted(6, FORGED_BODY),
            weighted(2, r -> signedBody(EVENT.apply(r), T_IN_WINDOW.apply(r), r.nextBoolean())),
            weighted(2, MUTATED_SIGNED_BODY),
            weighted(1, r -> {
                String o = HOSTILE_CONTENT.apply(r);
                long t = T_IN_WINDOW.apply(r);
                return withTAndSign(o, Long.toString(t), quote(md5(KEY + t)));
            }));

    // ---- edge cases, checked before the random samples -----------------------------------------------------

    static final class Edges {

        private Edges() {
        }

        static final String HONEST = "{\"event_type\":1,\"stream_id\":\"3954_x\",\"sequence\":\"42\"}";

        /** Bodies that must never be delivered. */
        static List<byte[]> forgedBodies() {
            long t = NOW;
            List<byte[]> out = new ArrayList<>();
            for (String s : List.of("", " ", "{}", "[]", "null", "0", "\"{}\"", "{", "}", "{\"t\":", "\uFEFF{}",
                    "{\"event_type\":1}", "{\"event_type\":1,\"t\":" + t + "}",
                    "{\"event_type\":1,\"sign\":\"" + md5(KEY + t) + "\"}")) {
                out.add(utf8(s));
            }
            // a correct sign, but with the wrong key, over a t out of the window, over other digits, or twice
            out.add(withTAndSign(HONEST, Long.toString(t), quote(md5(WRONG_KEY + t))));
            for (long bad : new long[] { NOW - SKEW - 1, NOW + LIFETIME + SKEW + 1, 0, 999_999_999_999_999_999L }) {
                out.add(withTAndSign(HONEST, Long.toString(bad), quote(md5(KEY + bad))));
                out.add(withTAndSign(HONEST, quote(Long.toString(bad)), quote(md5(KEY + bad))));
            }
            out.add(withTAndSign(HONEST, quote("0" + t), quote(md5(KEY + t))));
            out.add(withTAndSign(HONEST, t + ".0", quote(md5(KEY + t + ".0"))));
            out.add(withTAndSign(HONEST, "1.8E9", quote(md5(KEY + "1.8E9"))));
            out.add(withTAndSign(HONEST, Long.toString(t), quote(md5(KEY + t) + " ")));
            out.add(withTAndSign(HONEST, Long.toString(t), quote(md5(KEY + (t + 1)))));
            out.add(utf8("{\"event_type\":1,\"t\":" + t + ",\"sign\":[\"" + md5(KEY + t) + "\"]}"));
            // the nesting limit, and just beyond it; the body limit, and just beyond it
            out.add(utf8("[".repeat(LvbCallbackHandler.MAX_DEPTH + 1) + "]".repeat(LvbCallbackHandler.MAX_DEPTH + 1)));
            out.add(utf8("{\"event_type\":1,\"a\":" + "[".repeat(LvbCallbackHandler.MAX_DEPTH - 1)
                    + "]".repeat(LvbCallbackHandler.MAX_DEPTH - 1) + "}"));
            out.add(padded(LIMIT));
            out.add(padded(LIMIT + 1));
            out.add(new byte[] { (byte) 0xC0, (byte) 0x80 });
            out.add(new byte[] { '{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ':', '1', '}' });
            return out;
        }

        /** Forged bodies plus genuine ones at the edges of the window, as number and as string, in any case. */
        static List<byte[]> bodies() {
            List<byte[]> out = new ArrayList<>(forgedBodies());
            for (long t : new long[] { NOW - SKEW, NOW, NOW + LIFETIME + SKEW }) {
                out.add(withTAndSign(HONEST, Long.toString(t), quote(md5(KEY + t))));
                out.add(withTAndSign(HONEST, quote(Long.toString(t)), quote(md5(KEY + t).toUpperCase())));
            }
            String t = Long.toString(NOW);
            // t in leading zeros, signed as received; duplicate members (the parser decides, the oracle agrees)
            out.add(withTAndSign(HONEST, quote("000" + t), quote(md5(KEY + "000" + t))));
            out.add(utf8("{\"event_type\":1,\"t\":" + t + ",\"sign\":\"" + md5(KEY + t) + "\",\"sign\":\"x\"}"));
            out.add(utf8("{\"event_type\":1,\"t\":1,\"t\":" + t + ",\"sign\":\"" + md5(KEY + t) + "\"}"));
            out.add(utf8("{\"event_type\":99999,\"t\":" + t + ",\"sign\":\"" + md5(KEY + t) + "\"}"));
            return out;
        }

        /** Every event type at both edges of the window. */
        static List<Delivery> deliveries() {
            List<LvbEvent> events = List.of(
                    new StreamBeginEvent(null, null, null, null, null, null, null, null, null, null, null, null,
                            null, null, null, null),
                    new StreamEndEvent(Long.MAX_VALUE, "", "直播", "😀", "a\"b\\c", Long.MIN_VALUE, "0", null, null,
                            null, Integer.MIN_VALUE, null, Integer.MAX_VALUE, 0, -1, "\u0000\u001f", 0L),
                    new RecordingFileEvent(1L, "c", "s", "v", "u", 0L, 1L, 2L, "f", "mp4", 1, "r", 3L, "t", 4L, "p"),
                    new ScreenshotEvent(1L, "c", "s", "u", "f", 0L, 0L, 0, 0, "a", "n", "p", null),
                    new PornDetectionEvent(1L, "a", "n", "s", "c", 1, "i", List.of(), 0.0, 100.0, 0.01, 99.99, 0,
                            "x", 0L, 0L, 50.0, null, "p"),
                    new UnknownEvent(Integer.MIN_VALUE, JsonValue.EMPTY_JSON_OBJECT),
                    new UnknownEvent(2, LvbJson.provider().createObjectBuilder().add("stream_id", "s").build()));
            List<Delivery> out = new ArrayList<>();
            for (LvbEvent e : events) {
                out.add(new Delivery(e, NOW - SKEW, false, NOW + LIFETIME + SKEW));
                out.add(new Delivery(e, NOW + LIFETIME + SKEW, true, NOW - SKEW));
            }
            return out;
        }

        /** Objects with the hostile values that matter most. */
        static List<String> hostileObjects() {
            return List.of("{}", "{\"event_type\":null}", "{\"event_type\":\"1\"}", "{\"event_type\":1.5}",
                    "{\"event_type\":1E+999999999}", "{\"event_type\":1E-999999999}",
                    "{\"event_type\":2147483648}", "{\"event_type\":1,\"appid\":\"abc\"}",
                    "{\"event_type\":1,\"appid\":1E+999999999}", "{\"event_type\":0,\"event_time\":1e400}",
                    "{\"event_type\":100,\"file_size\":" + "9".repeat(2000) + "}",
                    "{\"event_type\":200,\"width\":{}}", "{\"event_type\":317,\"type\":[\"x\"]}",
                    "{\"event_type\":317,\"type\":1}", "{\"event_type\":317,\"confidence\":\"NaN\"}",
                    "{\"event_type\":317,\"confidence\":1E-999999999}", "{\"event_type\":1,\"stream_id\":[]}",
                    "{\"event_type\":1,\"sequence\":1E+999999999}", "{\"event_type\":1,\"errcode\":2147483648}");
        }

        /** A body of exactly {@code size} bytes. */
        static byte[] padded(int size) {
            String head = "{\"event_type\":1,\"pad\":\"";
            return utf8(head + "x".repeat(size - head.length() - 2) + "\"}");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    static byte[] signedBody(LvbEvent event, long t, boolean tAsString) {
        return withTAndSign(LvbEvents.toJson(event).toString(), tAsString ? quote(Long.toString(t))
                : Long.toString(t), quote(md5(KEY + t)));
    }

    /** Appends t and sign (json texts; null: left out) to an object's text, as LVB puts them last. */
    static byte[] withTAndSign(String object, String tJson, String signJson) {
        StringBuilder sb = new StringBuilder(object.substring(0, object.length() - 1));
        boolean empty = object.trim().equals("{}");
        if (tJson != null) {
            sb.append(empty ? "" : ",").append("\"t\":").append(tJson);
            empty = false;
        }
        if (signJson != null) {
            sb.append(empty ? "" : ",").append("\"sign\":").append(signJson);
        }
        return utf8(sb.append('}').toString());
    }

    static void assertSameEvent(LvbEvent actual, LvbEvent expected) {
        if (expected instanceof UnknownEvent u) {
            assertThat(actual).isInstanceOf(UnknownEvent.class);
            UnknownEvent a = (UnknownEvent) actual;
            assertThat(a.eventType()).isEqualTo(u.eventType());
            JsonObject withoutEnvelope = LvbJson.provider().createObjectBuilder(a.raw()).remove("t")
                    .remove("event_type").build();
            assertThat(withoutEnvelope).isEqualTo(u.raw());
        } else {
            assertThat(actual).isEqualTo(expected);
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
