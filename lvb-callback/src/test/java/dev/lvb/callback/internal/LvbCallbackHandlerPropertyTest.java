package dev.lvb.callback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lvb.callback.InMemoryLvbDedupeStore;
import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.callback.internal.LvbCallbackOutcome.Kind;
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
import dev.lvb.core.internal.LvbJson;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

/**
 * Thousands of generated bodies, hostile and honest, straight into {@link LvbCallbackHandler} (no HTTP). The
 * oracle is independent of lvb-core: an event may only be delivered when the body is a JSON object whose {@code t}
 * lies in the window and whose {@code sign} is md5(key + t) computed here.
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
    static final Set<Integer> KNOWN_TYPES = Set.of(0, 1, 100, 200, 317);
    /** What the handler answers when something unforeseen escaped the stages: must never happen. */
    static final String CATCH_ALL = "malformed notification";

    record Run(LvbCallbackOutcome outcome, List<LvbEvent> delivered) {
    }

    static Run run(byte[] body, boolean verify) {
        List<LvbEvent> delivered = new ArrayList<>();
        LvbCallbackHandler handler = new LvbCallbackHandler(SETTINGS.withVerifySignature(verify),
                LvbCredentialsProvider.of(LvbCredentials.of(1252033264L, WRONG_KEY).withCallbackKey(KEY)),
                new InMemoryLvbDedupeStore(100, SETTINGS.clock()), delivered::add);
        LvbCallbackOutcome outcome = handler.handle(body);
        assertThat(outcome).isNotNull();
        return new Run(outcome, delivered);
    }

    // ---- properties ----------------------------------------------------------------------------------------------

    @Property(tries = 2500, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void anyBodyIsAnsweredSafelyAndOnlyAuthenticOnesAreDelivered(@ForAll("anyBody") byte[] body) {
        Run r = run(body, true);
        LvbCallbackOutcome o = r.outcome();
        Statistics.label("outcome").collect(o.kind());
        Statistics.label("outcome").coverage(c -> {
            // the mix really exercises every branch, not just the cheap rejections
            c.check(Kind.ACCEPTED).percentage(p -> p > 10);
            c.check(Kind.REJECTED_SIGNATURE).percentage(p -> p > 10);
            c.check(Kind.REJECTED_EXPIRED).percentage(p -> p > 1);
            c.check(Kind.REJECTED_MALFORMED).percentage(p -> p > 10);
            c.check(Kind.REJECTED_TOO_LARGE).count(n -> n > 0);
        });
        assertThat(o.status()).isIn(200, 400, 401, 403, 413);
        assertThat(o.message()).isNotEqualTo(CATCH_ALL);
        assertThat(r.delivered()).hasSize(o.status() == 200 ? 1 : 0);
        if (!r.delivered().isEmpty()) {
            assertThat(authentic(body)).as("delivered, so it must be authentic").isTrue();
        }
        assertThat(o.answerJson()).doesNotContain(KEY).doesNotContain(WRONG_KEY);
    }

    @Property(tries = 2000, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void forgedOrExpiredBodiesAreNeverDelivered(@ForAll("forgedBody") byte[] body) {
        Run r = run(body, true);
        Statistics.label("outcome").collect(r.outcome().kind(), r.outcome().message().replaceAll("[0-9]+", "N"));
        assertThat(r.delivered()).isEmpty();
        assertThat(r.outcome().status()).isIn(400, 401, 403, 413);
        assertThat(r.outcome().message()).isNotEqualTo(CATCH_ALL);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.BOUNDED)
    void properlySignedEventsAreDeliveredExactlyOnce(@ForAll("event") LvbEvent event, @ForAll("tInWindow") long t,
            @ForAll boolean tAsString, @ForAll("tInWindow") long retryT) {
        List<LvbEvent> delivered = new ArrayList<>();
        LvbCallbackHandler handler = new LvbCallbackHandler(SETTINGS,
                LvbCredentialsProvider.of(LvbCredentials.of(1L, KEY)),
                new InMemoryLvbDedupeStore(100, SETTINGS.clock()), delivered::add);

        LvbCallbackOutcome first = handler.handle(signedBody(event, t, tAsString));
        assertThat(first.kind()).as(first.message()).isEqualTo(Kind.ACCEPTED);
        assertThat(first.answerJson()).isEqualTo("{\"code\":0}");
        assertThat(delivered).hasSize(1);
        assertSameEvent(delivered.get(0), event);

        LvbCallbackOutcome retry = handler.handle(signedBody(event, retryT, !tAsString));
        assertThat(retry.kind()).isEqualTo(Kind.DUPLICATE);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(delivered).hasSize(1);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void signedButHostileContentIsNeverA5xx(@ForAll("hostileContent") String object, @ForAll("tInWindow") long t) {
        byte[] body = withTAndSign(object, Long.toString(t), quote(md5(KEY + t)));
        Run r = run(body, true);
        assertThat(r.outcome().status()).isIn(200, 400, 413);
        assertThat(r.outcome().message()).isNotEqualTo(CATCH_ALL);
        assertThat(r.delivered()).hasSize(r.outcome().status() == 200 ? 1 : 0);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void withVerificationOffBadInputIsStillNeverA5xx(@ForAll("anyBody") byte[] body) {
        Run r = run(body, false);
        assertThat(r.outcome().status()).isIn(200, 400, 413);
        assertThat(r.outcome().message()).isNotEqualTo(CATCH_ALL);
        assertThat(r.delivered()).hasSize(r.outcome().status() == 200 ? 1 : 0);
    }

    /** lvb-core's binding on its own: only its protocol exception may come out, never anything else. */
    @Property(tries = 1000, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void bindingThrowsNothingButProtocolExceptions(@ForAll("hostileContent") String object) {
        JsonObject json;
        try {
            json = LvbJson.parseObject(object);
        } catch (RuntimeException notAnObject) {
            // Parsing is the handler's business (it maps every parse failure to 400). Note: LvbJson.parseObject
            // lets Parsson's UnsupportedOperationException for numbers over 1100 characters through unwrapped.
            return;
        }
        try {
            LvbEvent e = LvbEvents.fromJson(json);
            assertThat(e).isNotNull();
        } catch (LvbProtocolException expected) {
            assertThat(expected.getMessage()).doesNotContain(KEY);
        } catch (RuntimeException unexpected) {
            fail("LvbEvents.fromJson threw " + unexpected + " for " + object.substring(0,
                    Math.min(200, object.length())), unexpected);
        }
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

    // ---- generators ----------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<byte[]> anyBody() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, forgedBody()),
                Tuple.of(2, Combinators.combine(event(), tInWindow(), Arbitraries.of(true, false))
                        .as((e, t, s) -> signedBody(e, t, s))),
                Tuple.of(2, mutatedSignedBody()),
                Tuple.of(1, Combinators.combine(hostileContent(), tInWindow())
                        .as((o, t) -> withTAndSign(o, Long.toString(t), quote(md5(KEY + t))))));
    }

    @Provide
    Arbitrary<byte[]> forgedBody() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(400)),
                Tuple.of(2, jsonValue(3).map(LvbCallbackHandlerPropertyTest::utf8)),
                Tuple.of(6, forgedEvent().map(LvbCallbackHandlerPropertyTest::utf8)),
                Tuple.of(2, truncatedEvent()),
                Tuple.of(1, deepNesting().map(LvbCallbackHandlerPropertyTest::utf8)),
                Tuple.of(2, invalidUtf8Event()),
                Tuple.of(1, oversize()));
    }

    /** A valid-looking event (or a random object) with a t and a sign that must not verify. */
    Arbitrary<String> forgedEvent() {
        Arbitrary<String> objects = Arbitraries.frequencyOf(
                Tuple.of(3, event().map(e -> LvbEvents.toJson(e).toString())),
                Tuple.of(1, hostileContent()));
        return Combinators.combine(objects, tVariant(), signVariant()).as((o, t, sign) -> {
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
        });
    }

    /** How t arrives: json text (null: absent), the digits a signer would use, whether it lies in the window. */
    record TVariant(String json, String digits, boolean inWindow) {
    }

    Arbitrary<TVariant> tVariant() {
        Arbitrary<TVariant> inWindowNumber = tInWindow()
                .map(t -> new TVariant(Long.toString(t), Long.toString(t), true));
        Arbitrary<TVariant> inWindowString = tInWindow().map(t -> new TVariant(quote(Long.toString(t)),
                Long.toString(t), true));
        Arbitrary<TVariant> expired = Arbitraries.longs().between(SKEW + 1, NOW).map(d -> NOW - d)
                .map(t -> new TVariant(Long.toString(t), Long.toString(t), false));
        Arbitrary<TVariant> future = Arbitraries.longs().between(LIFETIME + SKEW + 1, 999_999_999_999_999_999L - NOW)
                .map(d -> NOW + d).map(t -> new TVariant(Long.toString(t), Long.toString(t), false));
        Arbitrary<TVariant> garbage = Arbitraries.of(
                "\"abc\"", "\"\"", "\"0x6B49D200\"", "\"1.8e9\"", "1.5", "-1", "-0", "1e400", "1E-999999999",
                "1E+999999999", "null", "{}", "[]", "[1800000600]", "true", "\"1800000600 \"", "\" 1800000600\"",
                "\"+1800000600\"", "\"\u0661\u0668\u0660\u0660\u0660\u0660\u0660\u0666\u0660\u0660\"",
                "\"18000006000000000000000\"", "180000060000000000000000000", "1.8000006E9", "\"6B49D258\"",
                "0.0000000000000000000001")
                .map(j -> new TVariant(j, j.startsWith("\"") ? j.substring(1, j.length() - 1) : j, false));
        Arbitrary<TVariant> absent = Arbitraries.just(new TVariant(null, "", false));
        return Arbitraries.frequencyOf(Tuple.of(4, inWindowNumber), Tuple.of(2, inWindowString),
                Tuple.of(2, expired), Tuple.of(2, future), Tuple.of(3, garbage), Tuple.of(1, absent));
    }

    /** Sign json text; "CORRECT"/"UPPER_CORRECT" are resolved against t; null: absent. */
    Arbitrary<String> signVariant() {
        Arbitrary<String> forged = Arbitraries.strings().withChars("0123456789abcdef").ofLength(32)
                .map(LvbCallbackHandlerPropertyTest::quote);
        Arbitrary<String> odd = Arbitraries.of("\"\"", "12345", "null", "{}", "[\"x\"]", "true",
                "\"" + "a".repeat(1000) + "\"", "\"\u00e9\u00e9\"");
        return Arbitraries.frequencyOf(Tuple.of(3, forged), Tuple.of(2, odd),
                Tuple.of(3, Arbitraries.of("CORRECT", "UPPER_CORRECT")), Tuple.of(1, Arbitraries.just(null)));
    }

    @Provide
    Arbitrary<Long> tInWindow() {
        return Arbitraries.longs().between(NOW - SKEW, NOW + LIFETIME + SKEW);
    }

    Arbitrary<byte[]> truncatedEvent() {
        return Combinators.combine(event(), tInWindow(), Arbitraries.integers().between(0, 999))
                .as((e, t, permille) -> {
                    byte[] full = signedBody(e, t, false);
                    int n = (int) ((long) full.length * permille / 1000);
                    byte[] out = new byte[n];
                    System.arraycopy(full, 0, out, 0, n);
                    return out;
                });
    }

    Arbitrary<byte[]> mutatedSignedBody() {
        return Combinators.combine(event(), tInWindow(),
                Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.bytes().list().ofSize(4))
                .as((e, t, positions, values) -> {
                    byte[] body = signedBody(e, t, false);
                    for (int i = 0; i < positions.size(); i++) {
                        body[positions.get(i) % body.length] = values.get(i);
                    }
                    return body;
                });
    }

    Arbitrary<byte[]> invalidUtf8Event() {
        return Combinators.combine(forgedEvent(), Arbitraries.integers().between(0, 10_000),
                Arbitraries.bytes().between((byte) 0x80, (byte) 0xFF).array(byte[].class).ofMinSize(1).ofMaxSize(4))
                .as((text, pos, junk) -> {
                    byte[] b = utf8(text);
                    int at = pos % (b.length + 1);
                    byte[] out = new byte[b.length + junk.length];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(junk, 0, out, at, junk.length);
                    System.arraycopy(b, at, out, at + junk.length, b.length - at);
                    return out;
                });
    }

    Arbitrary<String> deepNesting() {
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, LIMIT / 2 - 20);
        return Arbitraries.frequencyOf(
                Tuple.of(1, depth.map(n -> "{\"event_type\":1,\"a\":" + "[".repeat(n) + "]".repeat(n) + "}")),
                Tuple.of(1, depth.map(n -> "{\"a\":".repeat(Math.min(n, LIMIT / 6)) + "1"
                        + "}".repeat(Math.min(n, LIMIT / 6)))),
                Tuple.of(1, depth.map(n -> "[".repeat(n))));
    }

    Arbitrary<byte[]> oversize() {
        return Arbitraries.integers().between(LIMIT + 1, LIMIT + 5000)
                .map(n -> utf8("{\"event_type\":1,\"pad\":\"" + "x".repeat(n) + "\"}"));
    }

    /** Objects whose values have wrong, odd or hostile types and event types, as JSON text. */
    @Provide
    Arbitrary<String> hostileContent() {
        Arbitrary<String> eventType = Arbitraries.oneOf(
                Arbitraries.of(0, 1, 100, 200, 317).map(String::valueOf),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("\"1\"", "\"100\"", "\" 317 \"", "\"abc\"", "1.0", "1.5", "1e2", "-0", "null", "{}",
                        "[]", "true", "99999999999", "1E+999999999", "1E-999999999", "\"99999999999\""),
                Arbitraries.just(null));
        Arbitrary<Map<String, String>> fields = Arbitraries.maps(fieldName(), jsonValue(2)).ofMaxSize(6);
        Arbitrary<String> typedEventWithOneBadField = Combinators.combine(event(), fieldName(), jsonValue(2))
                .as((e, f, v) -> {
                    JsonObject o = LvbEvents.toJson(e);
                    String text = o.toString();
                    String member = quote(f) + ":" + v;
                    String base = text.substring(0, text.length() - 1);
                    return base + (base.endsWith("{") ? "" : ",") + member + "}";
                });
        Arbitrary<String> randomObject = Combinators.combine(eventType, fields).as((type, m) -> {
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
        });
        return Arbitraries.frequencyOf(Tuple.of(1, typedEventWithOneBadField), Tuple.of(1, randomObject));
    }

    Arbitrary<String> fieldName() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("stream_id", "streamId", "channel_id", "channelId", "appid", "app",
                        "appname", "event_time", "sequence", "errcode", "push_duration", "set_id", "width", "height",
                        "idc_id", "file_size", "start_time", "end_time", "duration", "video_id", "file_id",
                        "vod2Flag", "task_id", "media_start_time", "pic_url", "pic_full_url", "create_time",
                        "pic_extra_info", "tid", "type", "confidence", "pornScore", "level", "screenshotTime",
                        "gameDetails", "stream_param")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(8)))
                .filter(k -> !k.equals("t") && !k.equals("sign") && !k.equals("event_type"));
    }

    /** Random JSON text, including numbers and strings no sane sender uses. */
    static Arbitrary<String> jsonValue(int depth) {
        Arbitrary<String> numbers = Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.bigIntegers().between(new java.math.BigInteger("-1" + "0".repeat(60)),
                        new java.math.BigInteger("1" + "0".repeat(60))).map(String::valueOf),
                Arbitraries.of("1e999999999", "-1E-999999999", "1E+400", "0.000", "-0", "1" + "0".repeat(2000),
                        "0." + "0".repeat(1500) + "1", "9223372036854775808", "-9223372036854775809",
                        "1.7976931348623157E309", "2147483648", "1.0", "NaN", "Infinity", "01", "1.", ".5", "+1"));
        Arbitrary<String> strings = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20).map(LvbCallbackHandlerPropertyTest::quote),
                Arbitraries.strings().numeric().ofMaxLength(25).map(LvbCallbackHandlerPropertyTest::quote),
                Arbitraries.of("\"\\x\"", "\"\\ud800\"", "\"\\u00\"", "\"a\nb\"", "'single'", "\"unterminated"));
        Arbitrary<String> scalars = Arbitraries.frequencyOf(Tuple.of(3, numbers), Tuple.of(3, strings),
                Tuple.of(1, Arbitraries.of("true", "false", "null")));
        if (depth <= 0) {
            return scalars;
        }
        Arbitrary<String> inner = jsonValue(depth - 1);
        Arbitrary<String> arrays = inner.list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> objects = Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of("t", "sign", "event_type", "stream_id", "type")),
                        Tuple.of(1, Arbitraries.strings().ofMaxLength(6))),
                inner).as((k, v) -> quote(k) + ":" + v).list().ofMaxSize(4)
                .map(l -> "{" + String.join(",", l) + "}");
        return Arbitraries.frequencyOf(Tuple.of(3, scalars), Tuple.of(1, arrays), Tuple.of(2, objects));
    }

    // ---- honest events ---------------------------------------------------------------------------------------

    @Provide
    Arbitrary<LvbEvent> event() {
        return Arbitraries.oneOf(streamBegin(), streamEnd(), recording(), screenshot(), porn(), unknown());
    }

    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(24)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(12)),
                Tuple.of(1, Arbitraries.of("", "3954_x", "直播", "a\"b\\c", "txSecret=a&txTime=5C2ACE7F")))
                .injectNull(0.15);
    }

    static Arbitrary<Object> o(Arbitrary<?> a) {
        return a.map(x -> (Object) x);
    }

    static Arbitrary<Long> longs() {
        return Arbitraries.longs().injectNull(0.15);
    }

    static Arbitrary<Integer> ints() {
        return Arbitraries.integers().injectNull(0.15);
    }

    static Arbitrary<Double> scores() {
        return Arbitraries.doubles().between(0, 100).ofScale(2).injectNull(0.15);
    }

    Arbitrary<LvbEvent> streamBegin() {
        return Combinators.combine(List.of(o(longs()), o(text()), o(text()), o(text()), o(text()), o(longs()),
                o(text()), o(text()), o(text()), o(text()), o(ints()), o(text()), o(ints()), o(ints()),
                o(ints()), o(text())))
                .as(v -> new StreamBeginEvent((Long) v.get(0), (String) v.get(1), (String) v.get(2),
                        (String) v.get(3), (String) v.get(4), (Long) v.get(5), (String) v.get(6), (String) v.get(7),
                        (String) v.get(8), (String) v.get(9), (Integer) v.get(10), (String) v.get(11),
                        (Integer) v.get(12), (Integer) v.get(13), (Integer) v.get(14), (String) v.get(15)));
    }

    Arbitrary<LvbEvent> streamEnd() {
        return Combinators.combine(List.of(o(longs()), o(text()), o(text()), o(text()), o(text()), o(longs()),
                o(text()), o(text()), o(text()), o(text()), o(ints()), o(text()), o(ints()), o(ints()),
                o(ints()), o(text()), o(longs())))
                .as(v -> new StreamEndEvent((Long) v.get(0), (String) v.get(1), (String) v.get(2),
                        (String) v.get(3), (String) v.get(4), (Long) v.get(5), (String) v.get(6), (String) v.get(7),
                        (String) v.get(8), (String) v.get(9), (Integer) v.get(10), (String) v.get(11),
                        (Integer) v.get(12), (Integer) v.get(13), (Integer) v.get(14), (String) v.get(15),
                        (Long) v.get(16)));
    }

    Arbitrary<LvbEvent> recording() {
        return Combinators.combine(List.of(o(longs()), o(text()), o(text()), o(text()), o(text()), o(longs()),
                o(longs()), o(longs()), o(text()), o(text()), o(ints()), o(text()), o(longs()), o(text()),
                o(longs()), o(text())))
                .as(v -> new RecordingFileEvent((Long) v.get(0), (String) v.get(1), (String) v.get(2),
                        (String) v.get(3), (String) v.get(4), (Long) v.get(5), (Long) v.get(6), (Long) v.get(7),
                        (String) v.get(8), (String) v.get(9), (Integer) v.get(10), (String) v.get(11),
                        (Long) v.get(12), (String) v.get(13), (Long) v.get(14), (String) v.get(15)));
    }

    Arbitrary<LvbEvent> screenshot() {
        return Combinators.combine(List.of(o(longs()), o(text()), o(text()), o(text()), o(text()), o(longs()),
                o(longs()), o(ints()), o(ints()), o(text()), o(text()), o(text())))
                .as(v -> new ScreenshotEvent((Long) v.get(0), (String) v.get(1), (String) v.get(2),
                        (String) v.get(3), (String) v.get(4), (Long) v.get(5), (Long) v.get(6), (Integer) v.get(7),
                        (Integer) v.get(8), (String) v.get(9), (String) v.get(10), (String) v.get(11), null));
    }

    Arbitrary<LvbEvent> porn() {
        Arbitrary<Object> types = Arbitraries.integers().between(0, 5).list().ofMaxSize(5).map(l -> (Object) l);
        return Combinators.combine(List.of(o(longs()), o(text()), o(text()), o(text()), o(text()), o(ints()),
                o(text()), types, o(scores()), o(scores()), o(scores()), o(scores()), o(ints()), o(text()),
                o(longs()), o(longs()), o(scores()), o(text())))
                .as(v -> {
                    @SuppressWarnings("unchecked")
                    List<Integer> type = (List<Integer>) v.get(7);
                    return new PornDetectionEvent((Long) v.get(0), (String) v.get(1), (String) v.get(2),
                            (String) v.get(3), (String) v.get(4), (Integer) v.get(5), (String) v.get(6), type,
                            (Double) v.get(8), (Double) v.get(9), (Double) v.get(10), (Double) v.get(11),
                            (Integer) v.get(12), (String) v.get(13), (Long) v.get(14), (Long) v.get(15),
                            (Double) v.get(16), null, (String) v.get(17));
                });
    }

    Arbitrary<LvbEvent> unknown() {
        Arbitrary<Integer> type = Arbitraries.integers().filter(i -> !KNOWN_TYPES.contains(i));
        Arbitrary<JsonObject> raw = Arbitraries.maps(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)
                        .filter(k -> !k.equals("t") && !k.equals("sign") && !k.equals("event_type")),
                Arbitraries.oneOf(text().filter(s -> s != null).map(s -> (Object) s),
                        Arbitraries.longs().map(l -> (Object) l)))
                .ofMaxSize(6).map(m -> {
                    JsonObjectBuilder b = LvbJson.provider().createObjectBuilder();
                    m.forEach((k, v) -> {
                        if (v instanceof Long l) {
                            b.add(k, l);
                        } else {
                            b.add(k, (String) v);
                        }
                    });
                    return b.build();
                });
        return Combinators.combine(type, raw).as(UnknownEvent::new);
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
