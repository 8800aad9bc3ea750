package dev.lvb.quarkus.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.client.LvbClientSettings;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbCredentialsProvider;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * One table of property values read both ways: as {@code quarkus.lvb.*} through the extension's
 * {@code @ConfigMapping} and producers, and as {@code lvb.*} through plain MicroProfile Config
 * ({@link LvbClientSettings#fromConfig}, {@link LvbCallbackSettings#fromProperties}). Both must accept the same
 * values with the same meaning and refuse the same values.
 */
class LvbConfigParityTest {

    static Stream<Arguments> table() {
        return Stream.of(
                // durations
                Arguments.of("callback.clock-skew", "500ms", "PT0.5S"),
                Arguments.of("callback.clock-skew", "PT1S", "PT1S"),
                Arguments.of("callback.clock-skew", "pt1s", "PT1S"),
                Arguments.of("callback.clock-skew", "2s", "PT2S"),
                Arguments.of("callback.clock-skew", "30", "PT30S"),
                Arguments.of("callback.clock-skew", "0", "PT0S"),
                Arguments.of("callback.max-lifetime", "10m", "PT10M"),
                Arguments.of("callback.dedupe-window", "1h", "PT1H"),
                Arguments.of("callback.dedupe-window", "1d", "PT24H"),
                Arguments.of("callback.dedupe-lease", "0", "refused"),
                Arguments.of("callback.clock-skew", "-1s", "refused"),
                Arguments.of("callback.clock-skew", "soon", "refused"),
                Arguments.of("signature-validity", "2s", "PT2S"),
                Arguments.of("signature-validity", "PT1S", "PT1S"),
                Arguments.of("signature-validity", "90", "PT1M30S"),
                Arguments.of("signature-validity", "500ms", "refused"),
                Arguments.of("signature-validity", "1.5s", "refused"),
                // sizes
                Arguments.of("callback.max-body-size", "64K", "65536"),
                Arguments.of("callback.max-body-size", "64k", "65536"),
                Arguments.of("callback.max-body-size", "1M", "1048576"),
                Arguments.of("callback.max-body-size", "4096", "4096"),
                Arguments.of("callback.max-body-size", "1G", "refused"),
                Arguments.of("callback.max-body-size", "12", "refused"),
                Arguments.of("callback.max-body-size", "big", "refused"),
                // booleans
                Arguments.of("callback.verify-signature", "true", "true"),
                Arguments.of("callback.verify-signature", "FALSE", "false"),
                Arguments.of("callback.verify-signature", "yes", "true"),
                Arguments.of("callback.verify-signature", "off", "false"),
                Arguments.of("callback.verify-signature", "0", "false"),
                Arguments.of("callback.verify-signature", "maybe", "refused"),
                Arguments.of("wire.task-id-as-string", "yes", "true"),
                Arguments.of("wire.task-id-as-string", "n", "false"),
                Arguments.of("wire.task-id-as-string", "maybe", "refused"));
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @MethodSource("table")
    void bothPathsAgree(String property, String value, String expected) {
        String viaQuarkus = viaQuarkus(property, value);
        String viaMicroProfile = viaMicroProfile(property, value);
        assertThat(viaQuarkus).as("quarkus.lvb." + property + "=" + value).isEqualTo(expected);
        assertThat(viaMicroProfile).as("lvb." + property + "=" + value).isEqualTo(expected);
    }

    private static SmallRyeConfigBuilder builder(String prefix, String property, String value) {
        Map<String, String> props = new HashMap<>();
        props.put(prefix + "app-id", "1400000001");
        props.put(prefix + "api-key", "parity-test-api-key");
        props.put(prefix + property, value);
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(props, "table", 500));
    }

    private static String viaQuarkus(String property, String value) {
        LvbConfig config;
        try {
            SmallRyeConfig c = builder("quarkus.lvb.", property, value).withMapping(LvbConfig.class).build();
            config = c.getConfigMapping(LvbConfig.class);
        } catch (RuntimeException e) {
            return "refused";
        }
        LvbProducers producers = new LvbProducers();
        return read(property, () -> producers.clientSettings(config,
                LvbCredentialsProvider.of(LvbCredentials.of(1400000001L, "parity-test-api-key"))),
                () -> producers.callbackSettings(config));
    }

    private static String viaMicroProfile(String property, String value) {
        Config config = builder("lvb.", property, value).build();
        Function<String, java.util.Optional<String>> lookup = name -> config.getOptionalValue(name, String.class);
        return read(property, () -> LvbClientSettings.fromConfig(config, "lvb."),
                () -> LvbCallbackSettings.fromProperties(lookup, "lvb."));
    }

    private static String read(String property, java.util.function.Supplier<LvbClientSettings> client,
            java.util.function.Supplier<LvbCallbackSettings> callback) {
        try {
            return switch (property) {
                case "signature-validity" -> client.get().signatureValidity().toString();
                case "wire.task-id-as-string" -> String.valueOf(client.get().wire().taskIdAsString());
                case "callback.clock-skew" -> callback.get().clockSkew().toString();
                case "callback.max-lifetime" -> callback.get().maxLifetime().toString();
                case "callback.dedupe-window" -> callback.get().dedupeWindow().toString();
                case "callback.dedupe-lease" -> callback.get().dedupeLease().toString();
                case "callback.max-body-size" -> String.valueOf(callback.get().maxBodyBytes());
                case "callback.verify-signature" -> String.valueOf(callback.get().verifySignature());
                default -> throw new AssertionError(property);
            };
        } catch (IllegalArgumentException | IllegalStateException e) {
            return "refused";
        }
    }

    @org.junit.jupiter.api.Test
    void previousCallbackKeysAreReadOnBothPaths() {
        String keys = "old-callback-key-1,old-callback-key-2";
        SmallRyeConfig quarkus = builder("quarkus.lvb.", "callback.previous-keys", keys).withMapping(LvbConfig.class)
                .build();
        assertThat(new LvbConfigCredentials(quarkus.getConfigMapping(LvbConfig.class)).previousCallbackKeys())
                .containsExactly("old-callback-key-1", "old-callback-key-2");
        Config plain = builder("lvb.", "callback.previous-keys", keys).build();
        assertThat(new dev.lvb.callback.internal.LvbCallbackConfigProducer(plain).credentialsProvider()
                .previousCallbackKeys()).containsExactly("old-callback-key-1", "old-callback-key-2");
        Config none = builder("lvb.", "callback.clock-skew", "1s").build();
        assertThat(new dev.lvb.callback.internal.LvbCallbackConfigProducer(none).credentialsProvider()
                .previousCallbackKeys()).isEmpty();
    }
}
