package dev.lvb.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.lvb.core.LvbSignatureVerifier;

class LvbCallbackSettingsTest {

    private static Function<String, Optional<String>> props(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return name -> Optional.ofNullable(m.get(name));
    }

    @Test
    void defaults() {
        LvbCallbackSettings d = LvbCallbackSettings.defaults();
        assertThat(d.clockSkew()).isEqualTo(LvbSignatureVerifier.DEFAULT_CLOCK_SKEW);
        assertThat(d.maxLifetime()).isEqualTo(LvbSignatureVerifier.DEFAULT_MAX_LIFETIME);
        assertThat(d.maxBodyBytes()).isEqualTo(64 * 1024);
        assertThat(d.dedupeWindow()).isEqualTo(Duration.ofMinutes(30));
        assertThat(d.dedupeMaxEntries()).isEqualTo(100_000);
        assertThat(d.dedupeLease()).isEqualTo(Duration.ofSeconds(30)).isLessThan(Duration.ofMinutes(1));
        assertThat(d.verifySignature()).isTrue();
        assertThat(d.dedupeEnabled()).isTrue();
        assertThat(LvbCallbackSettings.fromProperties(props(), "lvb.")).isEqualTo(d);
    }

    @Test
    void readsEveryProperty() {
        LvbCallbackSettings s = LvbCallbackSettings.fromProperties(props(
                "lvb.callback.clock-skew", "PT30S",
                "lvb.callback.max-lifetime", "15m",
                "lvb.callback.max-body-size", "32K",
                "lvb.callback.dedupe-window", "3600",
                "lvb.callback.dedupe-lease", "20s",
                "lvb.callback.dedupe-max-entries", "500",
                "lvb.callback.verify-signature", "false"), "lvb.");
        assertThat(s.clockSkew()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.maxLifetime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.maxBodyBytes()).isEqualTo(32 * 1024);
        assertThat(s.dedupeWindow()).isEqualTo(Duration.ofHours(1));
        assertThat(s.dedupeMaxEntries()).isEqualTo(500);
        assertThat(s.dedupeLease()).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.verifySignature()).isFalse();
    }

    @Test
    void usesTheGivenPrefix() {
        LvbCallbackSettings s = LvbCallbackSettings.fromProperties(props(
                "quarkus.lvb.callback.max-body-size", "1M", "lvb.callback.max-body-size", "2K"), "quarkus.lvb.");
        assertThat(s.maxBodyBytes()).isEqualTo(1024 * 1024);
    }

    @ParameterizedTest
    @CsvSource({"PT30S,30000", "pt1m,60000", "30,30000", "500ms,500", "30s,30000", "10m,600000", "1h,3600000",
            "1d,86400000", "0,0", " 45 ,45000", "P1D,86400000"})
    void durations(String text, long millis) {
        LvbCallbackSettings s = LvbCallbackSettings.fromProperties(props("lvb.callback.dedupe-window", text), "lvb.");
        assertThat(s.dedupeWindow()).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @CsvSource({"65536,65536", "64K,65536", "64kb,65536", "64KiB,65536", "1M,1048576", "1mb,1048576", "256,256",
            "16M,16777216", "300b,300"})
    void sizes(String text, int bytes) {
        LvbCallbackSettings s = LvbCallbackSettings.fromProperties(props("lvb.callback.max-body-size", text), "lvb.");
        assertThat(s.maxBodyBytes()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"true,true", "FALSE,false", "yes,true", "off,false", "1,true", "0,false"})
    void booleans(String text, boolean value) {
        assertThat(LvbCallbackSettings.fromProperties(props("lvb.callback.verify-signature", text), "lvb.")
                .verifySignature()).isEqualTo(value);
    }

    @Test
    void blankValuesKeepTheDefault() {
        assertThat(LvbCallbackSettings.fromProperties(props("lvb.callback.max-body-size", "  "), "lvb."))
                .isEqualTo(LvbCallbackSettings.defaults());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lvb.callback.clock-skew|-5",
            "lvb.callback.clock-skew|soon",
            "lvb.callback.max-lifetime|0",
            "lvb.callback.max-lifetime|PT-10M",
            "lvb.callback.max-body-size|12X",
            "lvb.callback.max-body-size|17M",
            "lvb.callback.max-body-size|100",
            "lvb.callback.max-body-size|99999999999999999999K",
            "lvb.callback.dedupe-window|-1s",
            "lvb.callback.dedupe-max-entries|0",
            "lvb.callback.dedupe-max-entries|lots",
            "lvb.callback.dedupe-max-entries|3000000000",
            "lvb.callback.verify-signature|maybe"})
    void invalidValuesAreReportedByName(String property, String value) {
        assertThatThrownBy(() -> LvbCallbackSettings.fromProperties(props(property, value), "lvb."))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(property)
                .hasMessageContaining("expected");
    }

    @Test
    void everyInvalidPropertyIsReportedAtOnce() {
        assertThatThrownBy(() -> LvbCallbackSettings.fromProperties(props(
                "lvb.callback.clock-skew", "x", "lvb.callback.verify-signature", "perhaps"), "lvb."))
                .hasMessageContaining("lvb.callback.clock-skew").hasMessageContaining("lvb.callback.verify-signature");
    }

    @Test
    void aZeroLeaseIsRefusedWithItsName() {
        assertThatThrownBy(() -> LvbCallbackSettings.fromProperties(props("lvb.callback.dedupe-lease", "0"), "lvb."))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lvb.callback.dedupe-lease");
    }

    @Test
    void constructorValidates() {
        LvbCallbackSettings d = LvbCallbackSettings.defaults();
        assertThatThrownBy(() -> d.withMaxBodyBytes(10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withDedupeWindow(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LvbCallbackSettings(Duration.ofSeconds(-1), d.maxLifetime(), d.maxBodyBytes(),
                d.dedupeWindow(), d.dedupeLease(), d.dedupeMaxEntries(), true, d.clock()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withDedupeLease(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(d.withDedupeWindow(Duration.ZERO).dedupeEnabled()).isFalse();
    }
}
