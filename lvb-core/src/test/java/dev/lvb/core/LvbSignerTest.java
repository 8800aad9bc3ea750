package dev.lvb.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LvbSignerTest {

    private static final String KEY = "5d41402abc4b2a76b9719d911017c592";

    @Test
    void tIsNowPlusValidityAndSignIsMd5OfKeyAndT() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1471850127L), ZoneOffset.UTC);
        LvbSignedTime signed = new LvbSigner(clock, Duration.ofSeconds(60)).sign(KEY);

        assertThat(signed.t()).isEqualTo(1471850187L);
        // spec §1.3 vector: the same t with the same key
        assertThat(signed.sign()).isEqualTo("b17971b51ba0fe5916ddcd96692e9fb3");
    }

    @Test
    void subSecondPartOfNowIsDropped() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1490858047L, 999_999_999), ZoneOffset.UTC);
        LvbSignedTime signed = new LvbSigner(clock, Duration.ofMinutes(5)).sign("40328529ca4381a80c6ecf2e6aa57438");

        assertThat(signed.t()).isEqualTo(1490858347L);
        assertThat(signed.sign()).isEqualTo("7f29ed83c61b77de1b0d66936fd4fd44");
    }

    @Test
    void theKeyIsTakenPerCall() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_000_000L), ZoneOffset.UTC);
        LvbSigner signer = new LvbSigner(clock, Duration.ofSeconds(1));

        assertThat(signer.sign("key-a").sign()).isEqualTo(LvbSignature.sign("key-a", 1_000_001L));
        assertThat(signer.sign("key-b").sign()).isEqualTo(LvbSignature.sign("key-b", 1_000_001L));
    }

    @Test
    void theSignedTimeFollowsTheClock() {
        MutableClock clock = new MutableClock(Instant.ofEpochSecond(100));
        LvbSigner signer = new LvbSigner(clock, Duration.ofSeconds(10));
        assertThat(signer.sign("k").t()).isEqualTo(110);
        clock.now = Instant.ofEpochSecond(200);
        assertThat(signer.sign("k").t()).isEqualTo(210);
    }

    @Test
    void validityBelowOneSecondIsRejected() {
        Clock clock = Clock.systemUTC();
        assertThatIllegalArgumentException().isThrownBy(() -> new LvbSigner(clock, Duration.ZERO))
                .withMessageContaining("at least 1 second");
        assertThatIllegalArgumentException().isThrownBy(() -> new LvbSigner(clock, Duration.ofMillis(999)));
        assertThatIllegalArgumentException().isThrownBy(() -> new LvbSigner(clock, Duration.ofSeconds(-60)));
    }

    @Test
    void oneSecondValidityIsAccepted() {
        assertThat(new LvbSigner(Clock.systemUTC(), Duration.ofSeconds(1)).validity()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> new LvbSigner(null, Duration.ofSeconds(60)));
        assertThatNullPointerException().isThrownBy(() -> new LvbSigner(Clock.systemUTC(), null));
    }

    @Test
    void defaultsUseSixtySecondsAndTheSystemClock() {
        LvbSigner signer = LvbSigner.defaults();
        assertThat(signer.validity()).isEqualTo(Duration.ofSeconds(60)).isEqualTo(LvbSigner.DEFAULT_VALIDITY);
        long before = Instant.now().getEpochSecond();
        long t = signer.sign("k").t();
        long after = Instant.now().getEpochSecond();
        assertThat(t).isBetween(before + 60, after + 60);
    }

    @Test
    void signedTimeToStringHidesTheSign() {
        LvbSignedTime signed = new LvbSignedTime(1471850187L, "b17971b51ba0fe5916ddcd96692e9fb3");
        assertThat(signed.toString()).contains("1471850187").doesNotContain("b17971b51ba0fe5916ddcd96692e9fb3")
                .doesNotContain("b17971");
        assertThat(signed.sign()).isEqualTo("b17971b51ba0fe5916ddcd96692e9fb3");
    }

    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
