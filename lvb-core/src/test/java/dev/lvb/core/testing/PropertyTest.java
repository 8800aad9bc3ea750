package dev.lvb.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The property harness itself: failure reports, reproducibility, edge cases, and what the generators cover. */
class PropertyTest {

    record Pair(String text, byte[] bytes) {
    }

    @Test
    void aFailingPropertyReportsNameTrySeedAndSampleWithTheCause() {
        Gen<Pair> pairs = r -> new Pair(Gen.strings(Gen.ASCII, 5, 5).apply(r), new byte[] { 1, (byte) 0xFF });

        assertThatThrownBy(() -> Property.named("texts are short").tries(100).seed(42).quiet().check(List.of(),
                pairs, p -> assertThat(p.text()).hasSizeLessThan(5)))
                .isInstanceOfSatisfying(AssertionError.class, e -> {
                    assertThat(e.getMessage()).contains("Property 'texts are short' failed on try 1 of 100")
                            .contains("seed 42, reproduce with -Dlvb.property.seed=42")
                            .contains("sample: Pair[text=\"").contains("bytes=byte[2] \"\\x01\\xFF\"]")
                            .contains("cause: java.lang.AssertionError").contains("to be less than 5 but was 5");
                    assertThat(e.getCause()).isInstanceOf(AssertionError.class)
                            .hasMessageContaining("to be less than 5 but was 5");
                });
    }

    @Test
    void aRuntimeExceptionIsAFailureToo_andLongSamplesAreClipped() {
        assertThatThrownBy(() -> Property.named("no exceptions").seed(7).quiet().check(List.of(),
                Gen.constant("x".repeat(5000) + "\u0000"), s -> {
                    throw new IllegalStateException("boom");
                })).isInstanceOfSatisfying(AssertionError.class, e -> {
                    assertThat(e.getMessage()).contains("try 1 of 1000").contains("boom")
                            .contains("more chars)").hasSizeLessThan(1500);
                    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
                });
    }

    @Test
    void edgeCasesComeFirstAndAreNamedInTheReport() {
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> Property.named("edges").seed(1).quiet().check(List.of("ok", "bad \n"),
                Gen.constant("never"), s -> {
                    seen.add(s);
                    assertThat(s).doesNotStartWith("bad");
                })).hasMessageContaining("failed on edge case 2 of 2").hasMessageContaining("sample: \"bad \\n\"");
        assertThat(seen).containsExactly("ok", "bad \n");
    }

    @Test
    void aFailingGeneratorIsReportedWithTheSeed() {
        assertThatThrownBy(() -> Property.named("gen").seed(3).quiet().check(List.of(),
                Gen.ints(0, 10).filter(i -> i > 10), i -> {
                })).hasMessageContaining("the generator failed on try 1").hasMessageContaining("seed 3")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSameSeedGivesTheSameSamples_anotherSeedOthers() {
        Gen<Object> gen = Gen.oneOf(Gen.strings(0, 30), Gen.longs(), Gen.bigDecimals(), Gen.doubles(),
                Gen.bytes(0, 10).map(b -> new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertThat(seeded(gen, 99)).isEqualTo(seeded(gen, 99)).isNotEqualTo(seeded(gen, 100));
    }

    @Test
    void theSeedComesFromTheSystemProperty() {
        assertThat(Property.parseSeed(" -123 ")).isEqualTo(-123L);
        assertThatThrownBy(() -> Property.parseSeed("0x10")).hasMessageContaining("-Dlvb.property.seed");
        Property.Result result = Property.named("counts").tries(5).quiet().check(List.of(1, 2), Gen.ints(), i -> {
        });
        assertThat(result.checked()).isEqualTo(7);
        assertThat(result.reproduce()).isEqualTo("-Dlvb.property.seed=" + result.seed());
    }

    @Test
    void numbersStayInRangeAndHitTheBoundaries() {
        List<Long> longs = samples(Gen.longs(-5, 1_000_000), 2000);
        assertThat(longs).allMatch(v -> v >= -5 && v <= 1_000_000).contains(-5L, 1_000_000L, 0L, -1L, 1L);
        assertThat(longs).anyMatch(v -> v > 100 && v < 10_000);
        assertThat(samples(Gen.longs(), 2000)).contains(Long.MIN_VALUE, Long.MAX_VALUE)
                .anyMatch(v -> Math.abs(v) < 1000).anyMatch(v -> Math.abs(v) > 1L << 60);
        assertThat(samples(Gen.longs(Long.MIN_VALUE + 3, Long.MAX_VALUE), 500)).allMatch(v -> v > Long.MIN_VALUE + 2);
        assertThat(samples(Gen.ints(7, 7), 10)).containsOnly(7);
        List<BigDecimal> decimals = samples(Gen.bigDecimals(), 3000);
        assertThat(decimals).anyMatch(d -> d.scale() == Integer.MIN_VALUE).anyMatch(d -> d.scale() > 1_000_000)
                .anyMatch(d -> d.unscaledValue().bitLength() > 100).anyMatch(d -> d.signum() < 0);
        assertThat(samples(Gen.doubles(), 1000)).anyMatch(d -> d.isNaN()).anyMatch(d -> d.isInfinite());
    }

    @Test
    void stringsUseTheirAlphabetAndTheAnyAlphabetCoversTheHardCharacters() {
        assertThat(samples(Gen.strings(Gen.HEX, 32), 200)).allMatch(s -> s.matches("[0-9a-f]{32}"));
        assertThat(samples(Gen.strings(Gen.DIGITS, 1, 18), 200)).allMatch(s -> s.matches("[0-9]{1,18}"))
                .anyMatch(s -> s.length() == 1).anyMatch(s -> s.length() == 18);
        assertThat(samples(Gen.strings(Gen.TEXT, 0, 30), 500)).allMatch(PropertyTest::wellFormed)
                .noneMatch(s -> s.chars().anyMatch(Character::isISOControl));
        String all = String.join("", samples(Gen.strings(0, 50), 1000));
        assertThat(all.codePoints()).anyMatch(c -> c < 0x20).anyMatch(c -> c >= 0x80 && c <= 0x9F)
                .anyMatch(c -> c >= 0xA0 && c <= 0xFF).anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)
                .anyMatch(Character::isSupplementaryCodePoint).anyMatch(Character::isWhitespace)
                .anyMatch(c -> c >= 0x20 && c < 0x7F);
        assertThat(all.chars()).anyMatch(c -> c >= 0xD800 && c <= 0xDFFF);
        assertThat(wellFormed(all)).isFalse();
        assertThat(samples(Gen.strings(0, 5), 300)).contains("");
    }

    @Test
    void choicesFollowTheirWeights() {
        List<String> picks = samples(Gen.frequency(Gen.weighted(9, Gen.constant("a")),
                Gen.weighted(1, Gen.constant("b"))), 5000);
        long b = picks.stream().filter("b"::equals).count();
        assertThat(b).isBetween(350L, 650L);
        List<Integer> maybe = samples(Gen.nullable(0.3, Gen.ints(1, 3)), 5000);
        assertThat(maybe.stream().filter(x -> x == null).count()).isBetween(1300L, 1700L);
        assertThat(samples(Gen.enums(Thread.State.class), 500)).containsAll(List.of(Thread.State.values()));
        assertThat(samples(Gen.bytes(0x80, 0xFF, 1, 4), 300)).allMatch(a -> a.length >= 1 && a.length <= 4)
                .allMatch(a -> {
                    for (byte x : a) {
                        if ((x & 0xFF) < 0x80) {
                            return false;
                        }
                    }
                    return true;
                });
        assertThat(samples(Gen.maps(Gen.strings(Gen.ALPHA, 1, 3), Gen.ints(), 0, 6), 300))
                .allMatch(m -> m.size() <= 6).anyMatch(m -> m.size() == 6);
    }

    static <T> List<T> samples(Gen<T> gen, int n) {
        return samples(gen, n, 20240101L);
    }

    static <T> List<T> seeded(Gen<T> gen, long seed) {
        return samples(gen, 200, seed);
    }

    static <T> List<T> samples(Gen<T> gen, int n, long seed) {
        List<T> out = new ArrayList<>();
        Property.named("collect").tries(n).seed(seed).quiet().check(List.of(), gen, out::add);
        return out;
    }

    static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
