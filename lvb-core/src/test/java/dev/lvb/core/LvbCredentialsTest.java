package dev.lvb.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LvbCredentialsTest {

    // distinctive values that cannot appear in any message by accident
    private static final String API_KEY = "ApiKeySecret7f3a9c";
    private static final String CALLBACK_KEY = "CallbackSecret51e0d2";

    @Test
    void toStringNeverShowsEitherKey() {
        LvbCredentials plain = LvbCredentials.of(1252500000L, API_KEY);
        LvbCredentials both = plain.withCallbackKey(CALLBACK_KEY);

        for (LvbCredentials c : new LvbCredentials[] { plain, both }) {
            assertThat(c.toString()).contains("1252500000").doesNotContain(API_KEY).doesNotContain(CALLBACK_KEY)
                    .doesNotContain("Secret");
        }
        assertThat(plain.toString()).contains("callbackKey=<api key>");
        assertThat(both.toString()).contains("callbackKey=***");
    }

    @Test
    void accessorsReturnWhatWasGiven() {
        LvbCredentials c = LvbCredentials.of(1252500000L, API_KEY).withCallbackKey(CALLBACK_KEY);
        assertThat(c.appId()).isEqualTo(1252500000L);
        assertThat(c.apiKey()).isEqualTo(API_KEY);
        assertThat(c.callbackKey()).contains(CALLBACK_KEY);
    }

    @Test
    void effectiveCallbackKeyFallsBackToTheApiKey() {
        LvbCredentials plain = LvbCredentials.of(1L, API_KEY);
        assertThat(plain.callbackKey()).isEmpty();
        assertThat(plain.effectiveCallbackKey()).isEqualTo(API_KEY);

        LvbCredentials separate = plain.withCallbackKey(CALLBACK_KEY);
        assertThat(separate.effectiveCallbackKey()).isEqualTo(CALLBACK_KEY);

        assertThat(separate.withCallbackKey(null).effectiveCallbackKey()).isEqualTo(API_KEY);
    }

    @Test
    void equalsAndHashCodeCoverEveryField() {
        LvbCredentials a = LvbCredentials.of(1L, API_KEY);
        assertThat(a).isEqualTo(LvbCredentials.of(1L, API_KEY)).hasSameHashCodeAs(LvbCredentials.of(1L, API_KEY));
        assertThat(a).isNotEqualTo(LvbCredentials.of(2L, API_KEY));
        assertThat(a).isNotEqualTo(LvbCredentials.of(1L, API_KEY + "x"));
        assertThat(a).isNotEqualTo(a.withCallbackKey(CALLBACK_KEY));
        assertThat(a.withCallbackKey(CALLBACK_KEY)).isEqualTo(LvbCredentials.of(1L, API_KEY).withCallbackKey(CALLBACK_KEY))
                .hasSameHashCodeAs(LvbCredentials.of(1L, API_KEY).withCallbackKey(CALLBACK_KEY));
        assertThat(a.withCallbackKey(CALLBACK_KEY)).isNotEqualTo(a.withCallbackKey(CALLBACK_KEY + "x"));
        assertThat(a).isNotEqualTo(null).isNotEqualTo(API_KEY);
    }

    @ParameterizedTest(name = "key with {0}")
    @ValueSource(strings = { "newline", "crlf", "tab", "space", "nbsp-free-control", "leading-space" })
    void keysWithWhitespaceOrLineBreaksAreRejectedWithoutEchoingTheKey(String kind) {
        String key = switch (kind) {
            case "newline" -> API_KEY + "\n";
            case "crlf" -> API_KEY + "\r\n";
            case "tab" -> API_KEY.substring(0, 5) + "\t" + API_KEY.substring(5);
            case "space" -> API_KEY.substring(0, 5) + " " + API_KEY.substring(5);
            case "nbsp-free-control" -> API_KEY + "\u0000";
            default -> " " + API_KEY;
        };
        assertThatIllegalArgumentException().isThrownBy(() -> LvbCredentials.of(1L, key))
                .withMessageContaining("API key").withMessageContaining("whitespace or a control character")
                .withMessageNotContaining(API_KEY).withMessageNotContaining(API_KEY.substring(0, 5))
                .withMessageNotContaining(API_KEY.substring(5));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LvbCredentials.of(1L, API_KEY).withCallbackKey(key.replace(API_KEY, CALLBACK_KEY)))
                .withMessageContaining("callback key").withMessageNotContaining(CALLBACK_KEY);
    }

    @Test
    void theMessageSaysWhereTheLineBreakIs() {
        assertThatIllegalArgumentException().isThrownBy(() -> LvbCredentials.of(1L, "abcd\nefgh"))
                .withMessageContaining("position 4").withMessageContaining("line break");
    }

    @Test
    void emptyAndMissingKeysAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> LvbCredentials.of(1L, "")).withMessageContaining("empty");
        assertThatIllegalArgumentException().isThrownBy(() -> LvbCredentials.of(1L, "   "))
                .withMessageContaining("empty");
        assertThatNullPointerException().isThrownBy(() -> LvbCredentials.of(1L, null)).withMessageContaining("API key");
        assertThatIllegalArgumentException().isThrownBy(() -> LvbCredentials.of(1L, API_KEY).withCallbackKey(""))
                .withMessageContaining("callback key");
    }

    @Test
    void appIdMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> LvbCredentials.of(0L, API_KEY))
                .withMessageContaining("app id").withMessageNotContaining(API_KEY);
        assertThatIllegalArgumentException().isThrownBy(() -> LvbCredentials.of(-1L, API_KEY));
    }

    private static Function<String, Optional<String>> props(Map<String, String> map) {
        return name -> Optional.ofNullable(map.get(name));
    }

    @Test
    void fromPropertiesReadsAllThreeSettings() {
        Map<String, String> map = Map.of("lvb.app-id", " 1252500000 ", "lvb.api-key", API_KEY, "lvb.callback-key",
                CALLBACK_KEY);
        LvbCredentials c = LvbCredentials.fromProperties(props(map), "lvb.");
        assertThat(c).isEqualTo(LvbCredentials.of(1252500000L, API_KEY).withCallbackKey(CALLBACK_KEY));
    }

    @Test
    void fromPropertiesUsesThePrefix() {
        Map<String, String> map = Map.of("quarkus.lvb.app-id", "7", "quarkus.lvb.api-key", API_KEY, "lvb.app-id", "8");
        assertThat(LvbCredentials.fromProperties(props(map), "quarkus.lvb.").appId()).isEqualTo(7L);
    }

    @Test
    void fromPropertiesCallbackKeyIsOptional() {
        Map<String, String> map = new HashMap<>(Map.of("lvb.app-id", "1", "lvb.api-key", API_KEY));
        LvbCredentials c = LvbCredentials.fromProperties(props(map), "lvb.");
        assertThat(c.callbackKey()).isEmpty();
        assertThat(c.effectiveCallbackKey()).isEqualTo(API_KEY);

        map.put("lvb.callback-key", "");
        assertThat(LvbCredentials.fromProperties(props(map), "lvb.").callbackKey()).isEmpty();
    }

    @Test
    void fromPropertiesNamesEveryMissingSettingInOneMessage() {
        assertThatIllegalStateException().isThrownBy(() -> LvbCredentials.fromProperties(props(Map.of()), "lvb."))
                .withMessageContaining("lvb.app-id").withMessageContaining("lvb.api-key");
        assertThatIllegalStateException()
                .isThrownBy(() -> LvbCredentials.fromProperties(props(Map.of("lvb.app-id", " ", "lvb.api-key", "")),
                        "lvb."))
                .withMessageContaining("lvb.app-id").withMessageContaining("lvb.api-key");
    }

    @Test
    void fromPropertiesNamesTheOneMissingSetting() {
        assertThatIllegalStateException()
                .isThrownBy(() -> LvbCredentials.fromProperties(props(Map.of("lvb.app-id", "1")), "lvb."))
                .withMessageContaining("lvb.api-key").withMessageNotContaining("lvb.app-id");
        assertThatIllegalStateException()
                .isThrownBy(() -> LvbCredentials.fromProperties(props(Map.of("lvb.api-key", API_KEY)), "lvb."))
                .withMessageContaining("lvb.app-id").withMessageNotContaining("lvb.api-key")
                .withMessageNotContaining(API_KEY);
    }

    @Test
    void fromPropertiesRejectsANonNumericAppId() {
        assertThatIllegalStateException()
                .isThrownBy(() -> LvbCredentials.fromProperties(
                        props(Map.of("lvb.app-id", "bizid_2519", "lvb.api-key", API_KEY)), "lvb."))
                .withMessageContaining("lvb.app-id").withMessageContaining("must be a number")
                .withMessageNotContaining(API_KEY);
    }

    @Test
    void fromPropertiesReportsAnInvalidKeyWithoutItsValue() {
        assertThatThrownBy(() -> LvbCredentials.fromProperties(
                props(Map.of("lvb.app-id", "1", "lvb.api-key", API_KEY + "\n")), "lvb."))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("API key")
                .hasMessageNotContaining(API_KEY).hasCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LvbCredentials.fromProperties(
                props(Map.of("lvb.app-id", "1", "lvb.api-key", API_KEY, "lvb.callback-key", CALLBACK_KEY + "\r\n")),
                "lvb."))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("callback key")
                .hasMessageNotContaining(CALLBACK_KEY).hasMessageNotContaining(API_KEY);
        assertThatThrownBy(() -> LvbCredentials.fromProperties(
                props(Map.of("lvb.app-id", "0", "lvb.api-key", API_KEY)), "lvb."))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("positive")
                .hasMessageNotContaining(API_KEY);
    }

    @Test
    void providerReturnsTheGivenCredentials() {
        LvbCredentials c = LvbCredentials.of(1L, API_KEY);
        assertThat(LvbCredentialsProvider.of(c).credentials()).isSameAs(c);
        assertThatNullPointerException().isThrownBy(() -> LvbCredentialsProvider.of(null));
    }
}
