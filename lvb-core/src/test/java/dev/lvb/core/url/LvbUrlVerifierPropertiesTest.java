package dev.lvb.core.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.lvb.core.testing.Gen;
import dev.lvb.core.testing.Property;

class LvbUrlVerifierPropertiesTest {

    record Case(String stream, long expiry, String pushKey, String playKey, long ageSeconds) {
    }

    static final Gen<String> STREAM = Gen.strings(Gen.chars(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.~"), 1, 40);
    static final Gen<String> KEY = Gen.strings(Gen.HEX, 1, 40);

    static final Gen<Case> CASES = r -> new Case(STREAM.apply(r), Gen.longs(0, 0xFFFFFFFFFL).apply(r),
            KEY.apply(r), KEY.apply(r), Gen.longs(0, 600).apply(r));

    static LvbStreamUrls urls(Case c) {
        return LvbStreamUrls.builder().pushDomain("push.example.com").playDomain("play.example.com")
                .pushKey(LvbAuthKey.of(c.pushKey())).playKey(LvbAuthKey.of(c.playKey())).build();
    }

    static List<String> all(Case c) {
        Instant expiry = Instant.ofEpochSecond(c.expiry());
        LvbPushUrls push = urls(c).push(c.stream(), expiry);
        LvbPlayUrls play = urls(c).play(c.stream(), expiry);
        return List.of(push.rtmp(), push.webrtc(), push.srt(), play.rtmp(), play.flv(), play.hls(), play.webrtc());
    }

    @Test
    void everySignedUrlVerifiesUntilItsDeltaRunsOut() {
        Property.forAll("round trip", 300, List.of(new Case("test", 0x5C271099L, "e12c46f2612d5106e2034781ab261ca3",
                "k", 0), new Case("a.flv", 1, "0", "1", 600)), CASES, c -> {
                    Instant expiry = Instant.ofEpochSecond(c.expiry());
                    Instant now = expiry.plusSeconds(c.ageSeconds());
                    List<String> urls = all(c);
                    for (int i = 0; i < urls.size(); i++) {
                        LvbAuthKey key = LvbAuthKey.of(i < 3 ? c.pushKey() : c.playKey());
                        assertThat(new LvbUrlVerifier(key, Duration.ofSeconds(600)).verify(urls.get(i), now))
                                .as(urls.get(i)).isEqualTo(new LvbUrlVerification.Valid(c.stream(), expiry, false));
                        LvbUrlVerification late = new LvbUrlVerifier(key, Duration.ZERO).verify(urls.get(i),
                                now.plusSeconds(1));
                        assertThat(late).as(urls.get(i))
                                .isEqualTo(new LvbUrlVerification.Expired(c.stream(), expiry));
                    }
                });
    }

    @Test
    void aTamperedStreamNameIsForged() {
        Property.forAll("tampered stream", 300, CASES, c -> {
            Instant expiry = Instant.ofEpochSecond(c.expiry());
            String url = urls(c).push(c.stream(), expiry).rtmp();
            String other = c.stream() + "x";
            String tampered = url.replace("/live/" + c.stream() + "?", "/live/" + other + "?");
            LvbUrlVerification v = new LvbUrlVerifier(LvbAuthKey.of(c.pushKey()), Duration.ZERO).verify(tampered,
                    expiry);
            assertThat(v).isEqualTo(new LvbUrlVerification.Forged("txSecret does not match"));
            // and a play URL is no push URL: the keys differ
            if (!c.pushKey().equalsIgnoreCase(c.playKey())) {
                assertThat(new LvbUrlVerifier(LvbAuthKey.of(c.pushKey()), Duration.ZERO)
                        .verify(urls(c).play(c.stream(), expiry).flv(), expiry).valid()).isFalse();
            }
        });
    }

    @Test
    void txTimeIsHashedAsSpelled() {
        Property.forAll("txTime case", 300, CASES, c -> {
            Instant expiry = Instant.ofEpochSecond(c.expiry());
            String upper = LvbTxSecret.txTime(expiry);
            assertThat(upper).isEqualTo(upper.toUpperCase(Locale.ROOT));
            assertThat(Long.parseLong(upper, 16)).isEqualTo(c.expiry());
            LvbUrlVerifier verifier = new LvbUrlVerifier(LvbAuthKey.of(c.pushKey()), Duration.ZERO);
            String lower = upper.toLowerCase(Locale.ROOT);
            // A URL whose secret was computed over the same text is valid in either case ...
            assertThat(verifier.verify(c.stream(), LvbTxSecret.txSecret(c.pushKey(), c.stream(), lower), lower,
                    expiry).valid()).isTrue();
            // ... but changing the case after signing breaks it whenever the hex has letters.
            if (!lower.equals(upper)) {
                assertThat(verifier.verify(c.stream(), LvbTxSecret.txSecret(c.pushKey(), c.stream(), upper), lower,
                        expiry)).isInstanceOf(LvbUrlVerification.Forged.class);
            }
        });
    }

    @Test
    void theBackupKeyIsAcceptedAndOtherKeysAreNot() {
        Property.forAll("backup key", 300, CASES, c -> {
            Instant expiry = Instant.ofEpochSecond(c.expiry());
            String url = urls(c).push(c.stream(), expiry).webrtc();
            assertThat(new LvbUrlVerifier(new LvbAuthKey("other", c.pushKey()), Duration.ZERO).verify(url, expiry))
                    .isEqualTo(new LvbUrlVerification.Valid(c.stream(), expiry, true));
            assertThat(new LvbUrlVerifier(LvbAuthKey.of(c.pushKey() + "0"), Duration.ZERO).verify(url, expiry))
                    .isInstanceOf(LvbUrlVerification.Forged.class);
        });
    }

    @Test
    void malformedUrlsAreForgedNeverThrown() {
        LvbUrlVerifier verifier = new LvbUrlVerifier(LvbAuthKey.of("k"), Duration.ZERO);
        Property.forAll("no crash", 1000, List.of("", "?", "srt://x", "srt://x?streamid=#!::h=x", "rtmp://a/b/c?txSecret=",
                "rtmp://a/b/c?txSecret=ab&txTime=zz", "rtmp://a/b/c?txSecret=ab&txTime=FFFFFFFFFFFFFFFFFF"),
                Gen.strings(Gen.ANY, 0, 80), (String url) -> assertThat(verifier.verify(url, Instant.EPOCH))
                        .isInstanceOf(LvbUrlVerification.Forged.class));
        assertThat(verifier.verify(null, Instant.EPOCH)).isInstanceOf(LvbUrlVerification.Forged.class);
    }

}
