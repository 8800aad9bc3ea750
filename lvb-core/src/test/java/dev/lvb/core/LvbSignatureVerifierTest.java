package dev.lvb.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.lvb.core.LvbVerification.Accepted;
import dev.lvb.core.LvbVerification.Reason;
import dev.lvb.core.LvbVerification.Rejected;
import dev.lvb.core.error.LvbSignatureException;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LvbSignatureVerifierTest {

    static final String KEY = "5d41402abc4b2a76b9719d911017c592";
    static final long NOW = 1_471_850_000L;
    static final long SKEW = 60;
    static final long LIFETIME = 600;

    private final LvbSignatureVerifier verifier = new LvbSignatureVerifier(
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC), Duration.ofSeconds(SKEW),
            Duration.ofSeconds(LIFETIME));

    private static String sign(long t) {
        return LvbSignature.sign(KEY, t);
    }

    private Reason reasonOf(Object t, String sign) {
        LvbVerification v = verifier.verify(KEY, t, sign);
        assertThat(v).isInstanceOf(Rejected.class);
        assertThat(v.accepted()).isFalse();
        return ((Rejected) v).reason();
    }

    @Test
    void acceptsTheSpecVectorWhileItIsValid() {
        // spec §1.3: t=1471850187 signed with 5d41...592 is b179...fb3; now is 187 s before it
        LvbVerification v = verifier.verify(KEY, "1471850187", "b17971b51ba0fe5916ddcd96692e9fb3");
        assertThat(v).isEqualTo(new Accepted(1471850187L));
        assertThat(v.accepted()).isTrue();
    }

    @Test
    void acceptsAnUppercaseSignature() {
        assertThat(verifier.verify(KEY, NOW + 600, sign(NOW + 600).toUpperCase()).accepted()).isTrue();
    }

    @Test
    void acceptsAMixedCaseSignature() {
        long t = NOW + 600;
        char[] mixed = sign(t).toCharArray();
        for (int i = 0; i < mixed.length; i += 2) {
            mixed[i] = Character.toUpperCase(mixed[i]);
        }
        assertThat(verifier.verify(KEY, t, new String(mixed))).isEqualTo(new Accepted(t));
    }

    @ParameterizedTest(name = "position {0}")
    @ValueSource(ints = { 0, 1, 15, 30, 31 })
    void aSignatureWithANonHexCharacterIsAMismatch(int position) {
        long t = NOW + 300;
        String good = sign(t);
        // look-alikes included: KELVIN SIGN and dotted I lower-case to letters, full-width digits are digits
        for (char c : new char[] { 'g', 'G', 'z', ' ', '-', '\u212A', '\u0130', '\uFF10', '\uFF21', '\u0000' }) {
            String bad = good.substring(0, position) + c + good.substring(position + 1);
            LvbVerification v = verifier.verify(KEY, t, bad);
            assertThat(v).as("'%s'", bad).isEqualTo(new Rejected(Reason.MISMATCH, "sign does not match"));
        }
    }

    @Test
    void aSignatureOfTheWrongLengthIsAMismatch() {
        long t = NOW + 300;
        String good = sign(t);
        for (String bad : new String[] { good.substring(0, 31), good + "0", good + good, " " + good, good + " ",
                good.substring(0, 16), "0" }) {
            assertThat(verifier.verify(KEY, t, bad)).as("'%s'", bad)
                    .isEqualTo(new Rejected(Reason.MISMATCH, "sign does not match"));
        }
    }

    @Test
    void anEmptyOrAbsentSignatureIsMissing() {
        long t = NOW + 300;
        assertThat(verifier.verify(KEY, t, "")).isEqualTo(new Rejected(Reason.MISSING, "sign is missing"));
        assertThat(verifier.verify(KEY, t, null)).isEqualTo(new Rejected(Reason.MISSING, "sign is missing"));
        assertThat(verifier.verify(KEY, TestValues.jsonNumber(Long.toString(t)), ""))
                .isEqualTo(new Rejected(Reason.MISSING, "sign is missing"));
    }

    @Test
    void jsonNumbersUpTo18DigitsAreTheirDigits() {
        LvbSignatureVerifier lax = new LvbSignatureVerifier(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC),
                Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(Long.MAX_VALUE));
        for (String digits : new String[] { "0", "7", "1471850187", "999999999999999999" }) {
            assertThat(lax.verify(KEY, TestValues.jsonNumber(digits), LvbSignature.sign(KEY, digits)))
                    .as(digits).isEqualTo(new Accepted(Long.parseLong(digits)));
        }
        assertThat(((Rejected) lax.verify(KEY, TestValues.jsonNumber("1000000000000000000"),
                LvbSignature.sign(KEY, "1000000000000000000"))).reason()).isEqualTo(Reason.MALFORMED_T);
        assertThat(((Rejected) lax.verify(KEY, TestValues.jsonNumber("-1"), LvbSignature.sign(KEY, "1"))).reason())
                .isEqualTo(Reason.MALFORMED_T);
    }

    /** A JSON-number t is signed over its digits whatever the key: non-ASCII and long keys take another path. */
    @Test
    void jsonNumbersAreSignedOverTheirDigitsWithAnyKey() {
        long t = NOW + 300;
        for (String key : new String[] { KEY, "clé-直播", "k".repeat(300), "" }) {
            String sign = LvbSignature.sign(key, Long.toString(t));
            assertThat(verifier.verify(key, TestValues.jsonNumber(Long.toString(t)), sign)).as(key)
                    .isEqualTo(new Accepted(t));
            assertThat(verifier.verify(key, Json.createValue(t), sign)).as(key).isEqualTo(new Accepted(t));
            assertThat(verifier.verify(key, Json.createValue(t + 1), sign)).as(key)
                    .isEqualTo(new Rejected(Reason.MISMATCH, "sign does not match"));
        }
    }

    @Test
    void rejectionsNameTheSameSecondsAsTheClock() {
        // a clock between two seconds counts the second begun, for the window and the message
        LvbSignatureVerifier late = new LvbSignatureVerifier(
                Clock.fixed(Instant.ofEpochSecond(NOW, 999_999_999), ZoneOffset.UTC), Duration.ofSeconds(SKEW),
                Duration.ofSeconds(LIFETIME));
        assertThat(late.verify(KEY, NOW - 100, sign(NOW - 100)))
                .isEqualTo(new Rejected(Reason.EXPIRED, "t expired 100 s ago"));
        assertThat(late.verify(KEY, NOW + 1000, sign(NOW + 1000)))
                .isEqualTo(new Rejected(Reason.TOO_FAR_IN_FUTURE, "t lies 1000 s ahead, more than the allowed 660 s"));
        LvbSignatureVerifier beforeEpoch = new LvbSignatureVerifier(
                Clock.fixed(Instant.ofEpochSecond(-10, 500_000_000), ZoneOffset.UTC), Duration.ofSeconds(SKEW),
                Duration.ofSeconds(LIFETIME));
        assertThat(beforeEpoch.verify(KEY, 650L, sign(650))).isEqualTo(new Accepted(650));
        assertThat(beforeEpoch.verify(KEY, 651L, sign(651)))
                .isEqualTo(new Rejected(Reason.TOO_FAR_IN_FUTURE, "t lies 661 s ahead, more than the allowed 660 s"));
    }

    @Test
    void aClockBeyondTheRangeOfMillisecondsStillTellsTheTime() {
        long far = 20_000_000_000_000_000L; // seconds: Instant holds them, epoch milliseconds overflow a long
        LvbSignatureVerifier future = new LvbSignatureVerifier(Clock.fixed(Instant.ofEpochSecond(far), ZoneOffset.UTC),
                Duration.ofSeconds(SKEW), Duration.ofSeconds(LIFETIME));
        assertThat(future.verify(KEY, NOW, sign(NOW)))
                .isEqualTo(new Rejected(Reason.EXPIRED, "t expired " + (far - NOW) + " s ago"));
    }

    @Test
    void missingT() {
        assertThat(reasonOf(null, sign(NOW))).isEqualTo(Reason.MISSING);
        assertThat(((Rejected) verifier.verify(KEY, null, sign(NOW))).detail()).contains("t is missing");
    }

    @Test
    void emptyTCountsAsMissing() {
        // LvbVerification.Reason.MISSING: "t or sign is absent or empty"
        assertThat(reasonOf("", sign(NOW))).isEqualTo(Reason.MISSING);
        assertThat(reasonOf(Json.createValue(""), sign(NOW))).isEqualTo(Reason.MISSING);
    }

    @Test
    void missingSign() {
        assertThat(reasonOf(NOW, null)).isEqualTo(Reason.MISSING);
        assertThat(reasonOf(NOW, "")).isEqualTo(Reason.MISSING);
        assertThat(((Rejected) verifier.verify(KEY, NOW, null)).detail()).contains("sign is missing");
    }

    @ParameterizedTest(name = "t=\"{0}\"")
    @ValueSource(strings = { "abc", "-5", "1.5", "1471850187.0", " 1471850187", "1471850187 ", "+1471850187",
            "0x57bab7cb", "1e9", "1471850187\n", "١٢٣", "9999999999999999999", "12345678901234567890123" })
    void malformedTextT(String t) {
        assertThat(reasonOf(t, sign(NOW))).isEqualTo(Reason.MALFORMED_T);
        assertThat(reasonOf(Json.createValue(t), sign(NOW))).isEqualTo(Reason.MALFORMED_T);
    }

    @Test
    void malformedNumericT() {
        assertThat(reasonOf(-5L, sign(NOW))).isEqualTo(Reason.MALFORMED_T);
        assertThat(reasonOf(-5, sign(NOW))).isEqualTo(Reason.MALFORMED_T);
        assertThat(reasonOf(BigInteger.valueOf(-1), sign(NOW))).isEqualTo(Reason.MALFORMED_T);
        assertThat(reasonOf(BigInteger.TEN.pow(30), sign(NOW))).isEqualTo(Reason.MALFORMED_T);
        assertThat(reasonOf(new BigDecimal("1.5"), sign(NOW))).isEqualTo(Reason.MALFORMED_T);
        assertThat(reasonOf(new BigDecimal("1e30"), sign(NOW))).isEqualTo(Reason.MALFORMED_T);
        assertThat(reasonOf(Json.createValue(1.5), sign(NOW))).isEqualTo(Reason.MALFORMED_T);
        assertThat(reasonOf(Json.createValue(new BigDecimal("1e30")), sign(NOW))).isEqualTo(Reason.MALFORMED_T);
        assertThat(reasonOf(Json.createValue(-1471850187L), sign(NOW))).isEqualTo(Reason.MALFORMED_T);
        // a double is not one of the accepted types, even when integral
        assertThat(reasonOf(1.471850187E9, sign(NOW))).isEqualTo(Reason.MALFORMED_T);
        // neither is anything else
        assertThat(reasonOf(new Object(), sign(NOW))).isEqualTo(Reason.MALFORMED_T);
        assertThat(reasonOf(Json.createArrayBuilder().add(1).build(), sign(NOW))).isEqualTo(Reason.MALFORMED_T);
    }

    /** An integral JSON number held as a huge BigDecimal (not Parsson's long form) is malformed, and quickly. */
    @Test
    void hugeIntegralJsonNumbersAreRejectedQuickly() {
        JsonNumber hostile = Json.createValue(new BigDecimal("1E+10000").setScale(0));
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThat(reasonOf(hostile, sign(0)))
                .isEqualTo(Reason.MALFORMED_T));
        assertThat(verifier.verify(KEY, Json.createValue(new BigDecimal(NOW + 100)), sign(NOW + 100)))
                .isEqualTo(new Accepted(NOW + 100));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "1E+1000000", "1E-1000000", "-1E+1000000", "1E+2147483647", "1E-2147483647",
            "1.0000000000000000000000000000000000000000000000000000000000001E+1000",
            "123E-100000000", "0E-1000000000" })
    void hugeExponentsAreRejectedQuickly(String number) {
        BigDecimal hostile = new BigDecimal(number);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            Reason r = reasonOf(hostile, sign(0)); // genuine for "0", the only digits these can stand for
            assertThat(r).isIn(Reason.MALFORMED_T, Reason.EXPIRED);
        });
        JsonNumber asJson = (JsonNumber) TestValues.jsonNumber(number);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            Reason r = reasonOf(asJson, sign(0));
            assertThat(r).isIn(Reason.MALFORMED_T, Reason.EXPIRED);
        });
    }

    @Test
    void hugeExponentIsMalformedNotExpired() {
        assertThat(reasonOf(new BigDecimal("1E+1000000"), sign(NOW))).isEqualTo(Reason.MALFORMED_T);
        assertThat(reasonOf(new BigDecimal("1E-1000000"), sign(NOW))).isEqualTo(Reason.MALFORMED_T);
        // zero written with an exponent is integral zero: long expired (when signed over "0")
        assertThat(reasonOf(new BigDecimal("0E-1000000"), sign(0))).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void integralJsonNumbersInOtherSpellingsAreUnderstood() {
        long t = NOW + 100;
        // 1471850100.000 and 1.4718501E+9 are the integer 1471850100; it is signed over its plain digits
        assertThat(verifier.verify(KEY, TestValues.jsonNumber(t + ".000"), sign(t))).isEqualTo(new Accepted(t));
        assertThat(verifier.verify(KEY, TestValues.jsonNumber("1.4718501E+9"), sign(t))).isEqualTo(new Accepted(t));
        assertThat(verifier.verify(KEY, new BigDecimal("1471850100.0"), sign(t))).isEqualTo(new Accepted(t));
    }

    @Test
    void expired() {
        long t = NOW - 3600;
        assertThat(reasonOf(t, sign(t))).isEqualTo(Reason.EXPIRED);
        assertThat(((Rejected) verifier.verify(KEY, t, sign(t))).detail()).contains("3600");
    }

    @Test
    void tooFarInTheFuture() {
        long t = NOW + 86_400;
        assertThat(reasonOf(t, sign(t))).isEqualTo(Reason.TOO_FAR_IN_FUTURE);
    }

    @Test
    void mismatch() {
        long t = NOW + 300;
        assertThat(reasonOf(t, sign(t + 1))).isEqualTo(Reason.MISMATCH);
        assertThat(reasonOf(t, LvbSignature.sign("another-key", t))).isEqualTo(Reason.MISMATCH);
        assertThat(reasonOf(t, "not-a-signature")).isEqualTo(Reason.MISMATCH);
    }

    @Test
    void theSignatureIsCheckedOverTheDigitsAsReceived() {
        long t = NOW + 300;
        String padded = "0" + t;
        // LVB signed "0<t>": accepted with that exact text, rejected if someone signed the number instead
        assertThat(verifier.verify(KEY, padded, LvbSignature.sign(KEY, padded))).isEqualTo(new Accepted(t));
        assertThat(reasonOf(padded, sign(t))).isEqualTo(Reason.MISMATCH);
    }

    @Test
    void theSignatureIsCheckedBeforeTheTime() {
        // without the key a sender learns only "mismatch", whatever its t: not the window, not the server's clock
        assertThat(reasonOf(NOW - 3600, "00000000000000000000000000000000")).isEqualTo(Reason.MISMATCH);
        assertThat(reasonOf(NOW + 8_203_760_729L, LvbSignature.sign("another-key", NOW + 8_203_760_729L)))
                .isEqualTo(Reason.MISMATCH);
        // a genuinely signed t out of the window (a replay, a skewed clock) gets the window's verdict
        assertThat(reasonOf(NOW - 3600, sign(NOW - 3600))).isEqualTo(Reason.EXPIRED);
        assertThat(reasonOf(NOW + 8_203_760_729L, sign(NOW + 8_203_760_729L))).isEqualTo(Reason.TOO_FAR_IN_FUTURE);
    }

    @Test
    void expiryExactlyAtNowMinusSkewIsAccepted() {
        long t = NOW - SKEW;
        assertThat(verifier.verify(KEY, t, sign(t))).isEqualTo(new Accepted(t));
    }

    @Test
    void expiryOneSecondBeforeNowMinusSkewIsExpired() {
        long t = NOW - SKEW - 1;
        assertThat(reasonOf(t, sign(t))).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void expiryExactlyAtNowPlusLifetimePlusSkewIsAccepted() {
        long t = NOW + LIFETIME + SKEW;
        assertThat(verifier.verify(KEY, t, sign(t))).isEqualTo(new Accepted(t));
    }

    @Test
    void expiryOneSecondBeyondNowPlusLifetimePlusSkewIsTooFar() {
        long t = NOW + LIFETIME + SKEW + 1;
        assertThat(reasonOf(t, sign(t))).isEqualTo(Reason.TOO_FAR_IN_FUTURE);
    }

    @Test
    void zeroSkewMakesNowTheEarliestExpiry() {
        LvbSignatureVerifier strict = new LvbSignatureVerifier(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC),
                Duration.ZERO, Duration.ofSeconds(LIFETIME));
        assertThat(strict.verify(KEY, NOW, sign(NOW)).accepted()).isTrue();
        assertThat(strict.verify(KEY, NOW - 1, sign(NOW - 1)).accepted()).isFalse();
        assertThat(strict.verify(KEY, NOW + LIFETIME, sign(NOW + LIFETIME)).accepted()).isTrue();
        assertThat(strict.verify(KEY, NOW + LIFETIME + 1, sign(NOW + LIFETIME + 1)).accepted()).isFalse();
    }

    @Test
    void anAbsurdlyLargeToleranceWidensTheWindowInsteadOfOverflowing() {
        LvbSignatureVerifier lax = new LvbSignatureVerifier(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC),
                Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(Long.MAX_VALUE));
        assertThat(lax.verify(KEY, NOW + 600, sign(NOW + 600)).accepted()).isTrue();
        assertThat(lax.verify(KEY, 0L, sign(0)).accepted()).isTrue();
        assertThat(lax.verify(KEY, 999_999_999_999_999_999L, sign(999_999_999_999_999_999L)).accepted()).isTrue();
    }

    @Test
    void tMayArriveAsAnyOfTheDocumentedTypes() {
        long t = NOW + 120;
        String s = sign(t);
        JsonProvider json = JsonProvider.provider();
        Object[] forms = { Long.toString(t), t, (int) t, BigInteger.valueOf(t), json.createValue(Long.toString(t)),
                json.createValue(t), json.createValue(BigInteger.valueOf(t)), json.createValue(new BigDecimal(t)) };
        for (Object form : forms) {
            assertThat(verifier.verify(KEY, form, s)).as("t as %s", form.getClass().getSimpleName())
                    .isEqualTo(new Accepted(t));
        }
        assertThat(Json.createValue(Long.toString(t))).isInstanceOf(JsonString.class);
        assertThat(Json.createValue(t)).isInstanceOf(JsonNumber.class);
    }

    @Test
    void shortAndByteAreIntegersToo() {
        LvbSignatureVerifier epoch = new LvbSignatureVerifier(Clock.fixed(Instant.ofEpochSecond(100), ZoneOffset.UTC),
                Duration.ofSeconds(60), Duration.ofSeconds(600));
        assertThat(epoch.verify(KEY, (short) 120, sign(120)).accepted()).isTrue();
        assertThat(epoch.verify(KEY, (byte) 120, sign(120)).accepted()).isTrue();
    }

    @Test
    void verifyOrThrowReturnsTheVerifiedT() {
        long t = NOW + 10;
        assertThat(verifier.verifyOrThrow(KEY, t, sign(t))).isEqualTo(t);
    }

    @Test
    void verifyOrThrowThrowsWithTheReason() {
        long t = NOW + 10;
        assertThatThrownBy(() -> verifier.verifyOrThrow(KEY, t, sign(t + 1)))
                .isInstanceOfSatisfying(LvbSignatureException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MISMATCH);
                    assertThat(e.code()).isEqualTo("MISMATCH");
                    assertThat(e.getMessage()).contains("sign does not match").doesNotContain(KEY)
                            .doesNotContain(sign(t)).doesNotContain(sign(t + 1));
                });
        assertThatThrownBy(() -> verifier.verifyOrThrow(KEY, NOW - 1000, sign(NOW - 1000)))
                .isInstanceOfSatisfying(LvbSignatureException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
        assertThatThrownBy(() -> verifier.verifyOrThrow(KEY, null, "x"))
                .isInstanceOfSatisfying(LvbSignatureException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING));
        assertThatThrownBy(() -> verifier.verifyOrThrow(KEY, "abc", "x"))
                .isInstanceOfSatisfying(LvbSignatureException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_T));
        assertThatThrownBy(() -> verifier.verifyOrThrow(KEY, NOW + 100_000, sign(NOW + 100_000)))
                .isInstanceOfSatisfying(LvbSignatureException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_FAR_IN_FUTURE));
    }

    @Test
    void rejectionDetailsNeverContainTheKeyOrTheSignature() {
        long[] ts = { NOW - 5000, NOW + 5000, NOW + 10 };
        for (long t : ts) {
            String wrong = LvbSignature.sign("other", t);
            LvbVerification v = verifier.verify(KEY, t, wrong);
            assertThat(((Rejected) v).detail()).doesNotContain(KEY).doesNotContain(wrong).doesNotContain(sign(t));
        }
    }

    @Test
    void constructorChecksItsArguments() {
        Clock clock = Clock.systemUTC();
        assertThatNullPointerException().isThrownBy(() -> new LvbSignatureVerifier(null, Duration.ZERO,
                Duration.ofMinutes(10)));
        assertThatNullPointerException().isThrownBy(() -> new LvbSignatureVerifier(clock, null, Duration.ofMinutes(10)));
        assertThatNullPointerException().isThrownBy(() -> new LvbSignatureVerifier(clock, Duration.ZERO, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LvbSignatureVerifier(clock, Duration.ofSeconds(-1), Duration.ofMinutes(10)))
                .withMessageContaining("skew");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LvbSignatureVerifier(clock, Duration.ZERO, Duration.ZERO))
                .withMessageContaining("lifetime");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LvbSignatureVerifier(clock, Duration.ZERO, Duration.ofSeconds(-600)));
    }

    @Test
    void verifyRequiresAKey() {
        assertThatNullPointerException().isThrownBy(() -> verifier.verify(null, NOW, sign(NOW)));
    }

    @Test
    void defaultsAcceptWhatLvbSendsNow() {
        long t = Instant.now().getEpochSecond() + 600;
        assertThat(LvbSignatureVerifier.defaults().verify(KEY, t, sign(t)).accepted()).isTrue();
        assertThat(LvbSignatureVerifier.DEFAULT_CLOCK_SKEW).isEqualTo(Duration.ofSeconds(60));
        assertThat(LvbSignatureVerifier.DEFAULT_MAX_LIFETIME).isEqualTo(Duration.ofMinutes(10));
    }
}
