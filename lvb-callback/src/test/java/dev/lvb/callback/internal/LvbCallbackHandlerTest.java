package dev.lvb.callback.internal;

import static dev.lvb.callback.internal.LvbCallbackHandler.answerJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lvb.callback.InMemoryLvbDedupeStore;
import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.callback.LvbDedupeStore;
import dev.lvb.callback.LvbNotificationOutcome;
import dev.lvb.callback.LvbNotificationReport;
import dev.lvb.callback.MutableClock;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.core.LvbSignature;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.event.UnknownEvent;
import dev.lvb.core.json.LvbJson;
import jakarta.json.JsonObject;

/** The handler without HTTP or CDI: every branch, with a clock the test moves. */
class LvbCallbackHandlerTest {

    static final String API_KEY = "api-key-5d41402abc4b2a76b9719d911017c592";
    static final String CALLBACK_KEY = "callback-key-40328529ca4381a80c6ecf2e";

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    final List<LvbEvent> delivered = new CopyOnWriteArrayList<>();
    LvbCallbackSettings settings;
    InMemoryLvbDedupeStore store;

    @BeforeEach
    void setUp() {
        settings = LvbCallbackSettings.defaults().withClock(clock);
        store = new InMemoryLvbDedupeStore(1000, clock);
    }

    LvbCallbackHandler handler(LvbCredentials credentials) {
        return new LvbCallbackHandler(settings, LvbCredentialsProvider.of(credentials), store, delivered::add);
    }

    LvbCallbackHandler handler() {
        return handler(LvbCredentials.of(1252033264L, API_KEY).withCallbackKey(CALLBACK_KEY));
    }

    long now() {
        return clock.epochSecond();
    }

    static JsonObject begin(String stream) {
        return LvbJson.provider().createObjectBuilder().add("appid", 1252033264L).add("stream_id", stream)
                .add("channel_id", stream).add("event_type", 1).add("event_time", 1471256139L)
                .add("sequence", "5911795891871911817").build();
    }

    static byte[] signed(JsonObject body, String key, long t) {
        return LvbJson.provider().createObjectBuilder(body).add("t", t).add("sign", LvbSignature.sign(key, t)).build()
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signedEventIsDeliveredAndAcknowledged() {
        LvbNotificationReport o = handler().handle(signed(begin("s1"), CALLBACK_KEY, now() + 600));

        assertThat(o.status()).isEqualTo(200);
        assertThat(o.outcome()).isEqualTo(LvbNotificationOutcome.ACCEPTED);
        assertThat(answerJson(o)).isEqualTo("{\"code\":0}");
        assertThat(delivered).singleElement().isInstanceOfSatisfying(StreamBeginEvent.class,
                e -> assertThat(e.streamId()).isEqualTo("s1"));
    }

    @Test
    void withoutACallbackKeyTheApiKeySigns() {
        LvbCallbackHandler h = handler(LvbCredentials.of(1252033264L, API_KEY));
        assertThat(h.handle(signed(begin("s1"), API_KEY, now() + 600)).status()).isEqualTo(200);
        assertThat(h.handle(signed(begin("s2"), CALLBACK_KEY, now() + 600)).status()).isEqualTo(401);
        assertThat(delivered).hasSize(1);
    }

    @Test
    void withACallbackKeyTheApiKeyNoLongerSigns() {
        LvbNotificationReport o = handler().handle(signed(begin("s1"), API_KEY, now() + 600));
        assertThat(o.status()).isEqualTo(401);
        assertThat(o.outcome()).isEqualTo(LvbNotificationOutcome.REJECTED_SIGNATURE);
        assertThat(delivered).isEmpty();
    }

    @Test
    void theKeyIsAskedForEveryNotificationSoRotationWorks() {
        AtomicReference<LvbCredentials> current = new AtomicReference<>(LvbCredentials.of(1L, "old-key"));
        LvbCallbackHandler h = new LvbCallbackHandler(settings, current::get, store, delivered::add);
        assertThat(h.handle(signed(begin("s1"), "old-key", now() + 600)).status()).isEqualTo(200);
        current.set(LvbCredentials.of(1L, "new-key"));
        assertThat(h.handle(signed(begin("s2"), "old-key", now() + 600)).status()).isEqualTo(401);
        assertThat(h.handle(signed(begin("s3"), "new-key", now() + 600)).status()).isEqualTo(200);
    }

    @Test
    void expiryBoundariesFollowSkewAndLifetime() {
        LvbCallbackHandler h = handler();
        long skew = settings.clockSkew().getSeconds();
        long life = settings.maxLifetime().getSeconds();
        assertThat(h.handle(signed(begin("a"), CALLBACK_KEY, now() - skew)).status()).isEqualTo(200);
        assertThat(h.handle(signed(begin("b"), CALLBACK_KEY, now() - skew - 1)).status()).isEqualTo(403);
        assertThat(h.handle(signed(begin("c"), CALLBACK_KEY, now() + life + skew)).status()).isEqualTo(200);
        LvbNotificationReport future = h.handle(signed(begin("d"), CALLBACK_KEY, now() + life + skew + 1));
        assertThat(future.status()).isEqualTo(403);
        assertThat(future.outcome()).isEqualTo(LvbNotificationOutcome.REJECTED_EXPIRED);
        assertThat(delivered).extracting(LvbEvent::streamId).containsExactly("a", "c");
    }

    @Test
    void replayAfterExpiryIsRefused() {
        LvbCallbackHandler h = handler();
        byte[] body = signed(begin("s1"), CALLBACK_KEY, now() + 600);
        assertThat(h.handle(body).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(12));
        assertThat(h.handle(body).status()).isEqualTo(403);
        assertThat(delivered).hasSize(1);
    }

    @Test
    void signatureRejectionsAre401WithTheVerifiersReason() {
        LvbCallbackHandler h = handler();
        JsonObject b = begin("s");
        assertThat(h.handle(bytes(b.toString())).reason()).isEqualTo("t is missing");
        assertThat(h.handle(bytes(LvbJson.provider().createObjectBuilder(b).add("t", now() + 600).build().toString()))
                .reason()).isEqualTo("sign is missing");
        LvbNotificationReport forged = h.handle(bytes(LvbJson.provider().createObjectBuilder(b).add("t", now() + 600)
                .add("sign", "00000000000000000000000000000000").build().toString()));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.reason()).isEqualTo("sign does not match");
        LvbNotificationReport numericSign = h.handle(bytes(LvbJson.provider().createObjectBuilder(b)
                .add("t", now() + 600).add("sign", 12345).build().toString()));
        assertThat(numericSign.status()).isEqualTo(401);
        assertThat(delivered).isEmpty();
    }

    @Test
    void absurdNumbersAsTAreMalformedAndCheap() {
        LvbCallbackHandler h = handler();
        for (String t : List.of("1E-999999999", "1E+999999999", "1471850187.5", "-1", "1e400", "0.0000000001")) {
            String body = "{\"event_type\":1,\"stream_id\":\"x\",\"t\":" + t + ",\"sign\":\"abc\"}";
            long start = System.nanoTime();
            LvbNotificationReport o = h.handle(bytes(body));
            assertThat(o.status()).as(t).isEqualTo(401);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(t).isLessThan(Duration.ofSeconds(1));
        }
        assertThat(LvbCallbackHandler.tOf(LvbJson.parseObject("{\"t\":1471850187}").get("t")))
                .isEqualTo(LvbJson.parseObject("{\"t\":1471850187}").get("t"));
    }

    @Test
    void integralTWrittenWithAFractionStillVerifies() {
        long t = now() + 600;
        String body = begin("s1").toString().replace("}", ",\"t\":" + t + ".0,\"sign\":\""
                + LvbSignature.sign(CALLBACK_KEY, t) + "\"}");
        assertThat(handler().handle(bytes(body)).status()).isEqualTo(200);
    }

    @Test
    void malformedInputIs400WithoutDelivery() {
        LvbCallbackHandler h = handler();
        assertThat(h.handle(null).reason()).isEqualTo("empty body");
        assertThat(h.handle(new byte[0]).reason()).isEqualTo("empty body");
        assertThat(h.handle(bytes("nope")).reason()).isEqualTo("body is not valid JSON");
        assertThat(h.handle(bytes("[1,2]")).reason()).isEqualTo("body is not a JSON object");
        assertThat(h.handle(bytes("{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}")).reason())
                .isEqualTo("JSON nested too deeply");
        assertThat(h.handle(signed(LvbJson.provider().createObjectBuilder(begin("s")).remove("event_type").build(),
                CALLBACK_KEY, now() + 600)).reason()).isEqualTo("event_type is missing");
        assertThat(h.handle(signed(LvbJson.provider().createObjectBuilder(begin("s")).add("event_type", "one").build(),
                CALLBACK_KEY, now() + 600)).reason()).isEqualTo("event_type is not an integer");
        LvbNotificationReport types = h.handle(signed(LvbJson.provider().createObjectBuilder(begin("s"))
                .add("event_time", "noon").build(), CALLBACK_KEY, now() + 600));
        assertThat(types.status()).isEqualTo(400);
        assertThat(types.reason()).isEqualTo("fields of event_type 1 have unexpected types").doesNotContain("noon");
        assertThat(delivered).isEmpty();
    }

    @Test
    void bodyLimitIsExact() {
        settings = settings.withMaxBodyBytes(1024);
        LvbCallbackHandler h = handler();
        byte[] base = signed(begin("s"), CALLBACK_KEY, now() + 600);
        String padded = new String(base, StandardCharsets.UTF_8).replace("\"appid\"",
                "\"pad\":\"" + "x".repeat(1024 - base.length - 9) + "\",\"appid\"");
        assertThat(padded).hasSize(1024);
        assertThat(h.handle(bytes(padded)).status()).isEqualTo(200);
        LvbNotificationReport big = h.handle(bytes(padded.replace("\"pad\":\"", "\"pad\":\"x")));
        assertThat(big.status()).isEqualTo(413);
        assertThat(answerJson(big)).isEqualTo("{\"code\":413,\"message\":\"body exceeds 1024 bytes\"}");
    }

    /** The body text with {@code t} and a matching {@code sign} appended, keeping the text as it is otherwise. */
    static byte[] signedText(String object, String key, long t) {
        return bytes(object.substring(0, object.lastIndexOf('}')) + ",\"t\":" + t + ",\"sign\":\""
                + LvbSignature.sign(key, t) + "\"}");
    }

    @Test
    void aDuplicateKeyTakesItsLastValue() {
        LvbNotificationReport o = handler().handle(signedText("{\"event_type\":1,\"stream_id\":\"first\",\"appid\":1,"
                + "\"stream_id\":\"second\",\"width\":1,\"width\":\"720\"}", CALLBACK_KEY, now() + 600));

        assertThat(o.outcome()).isEqualTo(LvbNotificationOutcome.ACCEPTED);
        assertThat(delivered).singleElement().isInstanceOfSatisfying(StreamBeginEvent.class, e -> {
            assertThat(e.streamId()).isEqualTo("second");
            assertThat(e.width()).isEqualTo(720);
            assertThat(e.appId()).isEqualTo(1L);
        });
    }

    @Test
    void aDuplicateKeyWhoseEarlierValueHasTheWrongTypeIsStillDelivered() {
        // Only the last value counts, as for any other key: the earlier one is not even bound.
        LvbNotificationReport o = handler().handle(signedText("{\"event_type\":1,\"stream_id\":\"s\",\"width\":\"wide\","
                + "\"event_time\":{},\"width\":720,\"event_time\":1471256139}", CALLBACK_KEY, now() + 600));

        assertThat(o.outcome()).as(o.reason()).isEqualTo(LvbNotificationOutcome.ACCEPTED);
        assertThat(delivered).singleElement().isInstanceOfSatisfying(StreamBeginEvent.class, e -> {
            assertThat(e.width()).isEqualTo(720);
            assertThat(e.eventTime()).isEqualTo(1471256139L);
        });
    }

    @Test
    void aDuplicateKeyWhoseLastValueHasTheWrongTypeIsRejected() {
        LvbNotificationReport o = handler().handle(signedText("{\"event_type\":1,\"stream_id\":\"s\",\"width\":720,"
                + "\"width\":\"wide\"}", CALLBACK_KEY, now() + 600));

        assertThat(o.status()).isEqualTo(400);
        assertThat(o.reason()).isEqualTo("fields of event_type 1 have unexpected types");
        assertThat(delivered).isEmpty();
    }

    @Test
    void aDuplicateSignOrTIsCheckedWithItsLastValue() {
        long t = now() + 600;
        String good = LvbSignature.sign(CALLBACK_KEY, t);
        LvbCallbackHandler h = handler();
        assertThat(h.handle(bytes("{\"event_type\":1,\"stream_id\":\"a\",\"sign\":\"00000000000000000000000000000000\","
                + "\"t\":1,\"t\":" + t + ",\"sign\":\"" + good + "\"}")).outcome()).isEqualTo(LvbNotificationOutcome.ACCEPTED);
        assertThat(h.handle(bytes("{\"event_type\":1,\"stream_id\":\"b\",\"t\":" + t + ",\"sign\":\"" + good + "\","
                + "\"sign\":\"00000000000000000000000000000000\"}")).status()).isEqualTo(401);
        assertThat(delivered).extracting(LvbEvent::streamId).containsExactly("a");
    }

    @Test
    void unknownEventTypesAreDeliveredWithTheirJson() {
        JsonObject odd = LvbJson.provider().createObjectBuilder().add("event_type", 4242).add("stream_id", "u")
                .add("novel", true).build();
        assertThat(handler().handle(signed(odd, CALLBACK_KEY, now() + 600)).status()).isEqualTo(200);
        assertThat(delivered).singleElement().isInstanceOfSatisfying(UnknownEvent.class, e -> {
            assertThat(e.eventType()).isEqualTo(4242);
            assertThat(e.raw().getBoolean("novel")).isTrue();
        });
    }

    @Test
    void verificationOffAcceptsUnsignedEventsWithoutAskingForCredentials() {
        settings = settings.withVerifySignature(false);
        LvbCallbackHandler h = new LvbCallbackHandler(settings, () -> {
            throw new IllegalStateException("must not be asked");
        }, store, delivered::add);
        assertThat(h.handle(bytes(begin("s").toString())).status()).isEqualTo(200);
        assertThat(h.handle(signed(begin("s2"), "any-key", 1)).status()).isEqualTo(200);
        assertThat(h.handle(bytes("[]")).status()).isEqualTo(400);
        assertThat(delivered).hasSize(2);
    }

    @Test
    void missingCredentialsAreA503ThatLeaksNothing() {
        LvbCallbackHandler h = new LvbCallbackHandler(settings, () -> {
            throw new IllegalStateException("LVB credentials are incomplete: lvb.api-key is not set");
        }, store, delivered::add);
        LvbNotificationReport o = h.handle(signed(begin("s"), CALLBACK_KEY, now() + 600));
        assertThat(o.status()).isEqualTo(503);
        assertThat(o.outcome()).isEqualTo(LvbNotificationOutcome.UNAVAILABLE);
        assertThat(o.reason()).isEqualTo("callback receiver is not configured");
        LvbCallbackHandler nul = new LvbCallbackHandler(settings, () -> null, store, delivered::add);
        assertThat(nul.handle(signed(begin("s"), CALLBACK_KEY, now() + 600)).status()).isEqualTo(503);
        assertThat(delivered).isEmpty();
    }

    @Test
    void retryWithFreshSignatureIsADuplicate() {
        LvbCallbackHandler h = handler();
        assertThat(h.handle(signed(begin("s"), CALLBACK_KEY, now() + 600)).outcome()).isEqualTo(LvbNotificationOutcome.ACCEPTED);
        clock.advance(Duration.ofMinutes(1));
        LvbNotificationReport again = h.handle(signed(begin("s"), CALLBACK_KEY, now() + 600));
        assertThat(again.outcome()).isEqualTo(LvbNotificationOutcome.DUPLICATE);
        assertThat(answerJson(again)).isEqualTo("{\"code\":0}");
        assertThat(delivered).hasSize(1);
    }

    @Test
    void afterTheWindowTheSameEventIsDeliveredAgain() {
        LvbCallbackHandler h = handler();
        h.handle(signed(begin("s"), CALLBACK_KEY, now() + 600));
        clock.advance(settings.dedupeWindow().plusSeconds(1));
        assertThat(h.handle(signed(begin("s"), CALLBACK_KEY, now() + 600)).outcome()).isEqualTo(LvbNotificationOutcome.ACCEPTED);
        assertThat(delivered).hasSize(2);
    }

    @Test
    void zeroWindowTurnsDedupeOff() {
        settings = settings.withDedupeWindow(Duration.ZERO);
        LvbCallbackHandler h = handler();
        h.handle(signed(begin("s"), CALLBACK_KEY, now() + 600));
        h.handle(signed(begin("s"), CALLBACK_KEY, now() + 600));
        assertThat(delivered).hasSize(2);
        assertThat(store.size()).isZero();
    }

    @Test
    void failingObserverIsA500AndTheRetryIsDelivered() {
        AtomicInteger calls = new AtomicInteger();
        Consumer<LvbEvent> flaky = e -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database down, secret=" + CALLBACK_KEY);
            }
            delivered.add(e);
        };
        LvbCallbackHandler h = new LvbCallbackHandler(settings,
                LvbCredentialsProvider.of(LvbCredentials.of(1L, CALLBACK_KEY)), store, flaky);

        LvbNotificationReport failed = h.handle(signed(begin("s"), CALLBACK_KEY, now() + 600));
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.outcome()).isEqualTo(LvbNotificationOutcome.FAILED);
        assertThat(answerJson(failed)).isEqualTo("{\"code\":500,\"message\":\"event processing failed\"}");

        assertThat(h.handle(signed(begin("s"), CALLBACK_KEY, now() + 601)).outcome()).isEqualTo(LvbNotificationOutcome.ACCEPTED);
        assertThat(h.handle(signed(begin("s"), CALLBACK_KEY, now() + 602)).outcome()).isEqualTo(LvbNotificationOutcome.DUPLICATE);
        assertThat(delivered).hasSize(1);
    }

    @Test
    void observerErrorsAreFailuresToo() {
        LvbCallbackHandler h = new LvbCallbackHandler(settings,
                LvbCredentialsProvider.of(LvbCredentials.of(1L, CALLBACK_KEY)), store, e -> {
                    throw new AssertionError("boom");
                });
        assertThat(h.handle(signed(begin("s"), CALLBACK_KEY, now() + 600)).status()).isEqualTo(500);
        assertThat(store.tryClaim(LvbDedupeKeys.of(begin("s")), "test", Duration.ofMinutes(1)))
                .isEqualTo(LvbDedupeStore.Claim.NEW);
    }

    @Test
    void concurrentDeliveryInProgressIsA409() {
        LvbDedupeStore busy = new FixedStore(LvbDedupeStore.Claim.IN_PROGRESS);
        LvbCallbackHandler h = new LvbCallbackHandler(settings,
                LvbCredentialsProvider.of(LvbCredentials.of(1L, CALLBACK_KEY)), busy, delivered::add);
        LvbNotificationReport o = h.handle(signed(begin("s"), CALLBACK_KEY, now() + 600));
        assertThat(o.status()).isEqualTo(409);
        assertThat(o.outcome()).isEqualTo(LvbNotificationOutcome.IN_PROGRESS);
        assertThat(o.status()).isEqualTo(409);
        assertThat(delivered).isEmpty();
    }

    @Test
    void storeFailuresNeverLoseEvents() {
        FixedStore broken = new FixedStore(null);
        LvbCallbackHandler h = new LvbCallbackHandler(settings,
                LvbCredentialsProvider.of(LvbCredentials.of(1L, CALLBACK_KEY)), broken, delivered::add);
        LvbNotificationReport o = h.handle(signed(begin("s"), CALLBACK_KEY, now() + 600));
        assertThat(o.status()).isEqualTo(503);
        assertThat(delivered).isEmpty();

        FixedStore cannotComplete = new FixedStore(LvbDedupeStore.Claim.NEW);
        cannotComplete.failComplete = true;
        LvbCallbackHandler h2 = new LvbCallbackHandler(settings,
                LvbCredentialsProvider.of(LvbCredentials.of(1L, CALLBACK_KEY)), cannotComplete, delivered::add);
        assertThat(h2.handle(signed(begin("s"), CALLBACK_KEY, now() + 600)).status()).isEqualTo(200);
        assertThat(delivered).hasSize(1);

        cannotComplete.failRelease = true;
        LvbCallbackHandler h3 = new LvbCallbackHandler(settings,
                LvbCredentialsProvider.of(LvbCredentials.of(1L, CALLBACK_KEY)), cannotComplete, e -> {
                    throw new IllegalStateException("observer");
                });
        assertThat(h3.handle(signed(begin("s"), CALLBACK_KEY, now() + 600)).status()).isEqualTo(500);
    }

    @Test
    void answersNeverContainKeysOrSigns() {
        LvbCallbackHandler h = handler();
        byte[] withApiKey = signed(begin("s"), API_KEY, now() + 600);
        String sign = LvbJson.parseObject(withApiKey).getString("sign");
        for (byte[] body : List.of(withApiKey, signed(begin("s"), CALLBACK_KEY, now() - 7200),
                bytes("{\"sign\":\"" + sign + "\",\"t\":\"x\"}"))) {
            String answer = answerJson(h.handle(body));
            assertThat(answer).doesNotContain(API_KEY).doesNotContain(CALLBACK_KEY).doesNotContain(sign);
        }
    }

    @Test
    void depthScanIgnoresBracketsInStrings() {
        assertThat(LvbCallbackHandler.nestedDeeperThan(bytes("{\"a\":\"[[[[[[[[[[\\\"[[[[\"}"), 2)).isFalse();
        assertThat(LvbCallbackHandler.nestedDeeperThan(bytes("{\"a\":[[1]]}"), 2)).isTrue();
        assertThat(LvbCallbackHandler.nestedDeeperThan(bytes("{\"a\":[1]}"), 2)).isFalse();
    }

    /** A store that always answers the same, or fails. */
    static final class FixedStore implements LvbDedupeStore {
        final Claim claim;
        boolean failComplete;
        boolean failRelease;

        FixedStore(Claim claim) {
            this.claim = claim;
        }

        @Override
        public Claim tryClaim(String key, String owner, Duration lease) {
            if (claim == null) {
                throw new IllegalStateException("store down");
            }
            return claim;
        }

        @Override
        public boolean renew(String key, String owner, Duration lease) {
            return true;
        }

        @Override
        public void complete(String key, String owner, Duration window) {
            if (failComplete) {
                throw new IllegalStateException("store down");
            }
        }

        @Override
        public void release(String key, String owner) {
            if (failRelease) {
                throw new IllegalStateException("store down");
            }
        }
    }

    @Test
    void previousCallbackKeyIsAcceptedWhileListedAndRefusedOnceRemoved() {
        String previous = "previous-callback-key-7f3a9c0e1b2d4f6a";
        AtomicReference<List<String>> listed = new AtomicReference<>(List.of(previous));
        LvbCredentials current = LvbCredentials.of(1252033264L, API_KEY).withCallbackKey(CALLBACK_KEY);
        LvbCredentialsProvider provider = new LvbCredentialsProvider() {
            @Override
            public LvbCredentials credentials() {
                return current;
            }

            @Override
            public List<String> previousCallbackKeys() {
                return listed.get();
            }
        };
        LvbCallbackHandler handler = new LvbCallbackHandler(settings, provider, store, delivered::add);

        LvbNotificationReport old = handler.handle(signed(begin("rot1"), previous, now() + 600));
        assertThat(old.outcome()).isEqualTo(LvbNotificationOutcome.ACCEPTED);
        assertThat(old.previousKey()).isTrue();
        assertThat(old.keyTag()).isEqualTo("previous");
        LvbNotificationReport fresh = handler.handle(signed(begin("rot2"), CALLBACK_KEY, now() + 600));
        assertThat(fresh.outcome()).isEqualTo(LvbNotificationOutcome.ACCEPTED);
        assertThat(fresh.keyTag()).isEqualTo("current");

        listed.set(List.of());
        LvbNotificationReport removed = handler.handle(signed(begin("rot3"), previous, now() + 600));
        assertThat(removed.status()).isEqualTo(401);
        assertThat(removed.outcome()).isEqualTo(LvbNotificationOutcome.REJECTED_SIGNATURE);
        assertThat(delivered).extracting(LvbEvent::streamId).containsExactly("rot1", "rot2");
    }

    @Test
    void givenBindersTheEventIsBoundWithThemFromTheBodyWithoutSign() {
        List<Class<?>> asked = new CopyOnWriteArrayList<>();
        List<JsonObject> bound = new CopyOnWriteArrayList<>();
        dev.lvb.core.json.LvbBinders binders = new dev.lvb.core.json.LvbBinders() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> dev.lvb.core.json.LvbBinder<T> binder(Class<T> type) {
                asked.add(type);
                return o -> {
                    bound.add(o);
                    return (T) new StreamBeginEvent(7L, null, null, null, "from-binder", null, null, null, null, null,
                            null, null, null, null, null, null, o);
                };
            }
        };
        LvbCallbackHandler h = new LvbCallbackHandler(settings,
                LvbCredentialsProvider.of(LvbCredentials.of(1252033264L, API_KEY).withCallbackKey(CALLBACK_KEY)), store,
                delivered::add, LvbLeaseTimer.shared(), binders);

        LvbNotificationReport o = h.handle(signed(begin("s1"), CALLBACK_KEY, now() + 600));

        assertThat(o.outcome()).isEqualTo(LvbNotificationOutcome.ACCEPTED);
        assertThat(asked).containsExactly(StreamBeginEvent.class);
        assertThat(bound).singleElement().satisfies(b -> assertThat(b).doesNotContainKey("sign").containsKey("t"));
        assertThat(delivered).singleElement().extracting(LvbEvent::streamId).isEqualTo("from-binder");
    }

    @Test
    void aValueTheBindersRefuseIsMalformedAsWithJsonb() {
        dev.lvb.core.json.LvbBinders binders = new dev.lvb.core.json.LvbBinders() {
            @Override
            public <T> dev.lvb.core.json.LvbBinder<T> binder(Class<T> type) {
                return o -> {
                    throw new jakarta.json.bind.JsonbException("expected an integer, got TRUE");
                };
            }
        };
        LvbCallbackHandler h = new LvbCallbackHandler(settings,
                LvbCredentialsProvider.of(LvbCredentials.of(1252033264L, API_KEY).withCallbackKey(CALLBACK_KEY)), store,
                delivered::add, LvbLeaseTimer.shared(), binders);

        LvbNotificationReport o = h.handle(signed(begin("s1"), CALLBACK_KEY, now() + 600));

        assertThat(o.status()).isEqualTo(400);
        assertThat(o.reason()).isEqualTo("fields of event_type 1 have unexpected types");
        assertThat(delivered).isEmpty();
    }
}
