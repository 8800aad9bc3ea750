package dev.lvb.callback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.lvb.core.internal.LvbJson;

class LvbDedupeKeysTest {

    private static String key(String json) {
        return LvbDedupeKeys.of(LvbJson.parseObject(json));
    }

    @Test
    void isASha256InHex() {
        assertThat(key("{\"a\":1}")).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void ignoresTAndSignAtTheTopOnly() {
        String k = key("{\"event_type\":1,\"stream_id\":\"s\"}");
        assertThat(key("{\"event_type\":1,\"stream_id\":\"s\",\"t\":1700000000,\"sign\":\"abc\"}")).isEqualTo(k);
        assertThat(key("{\"t\":\"1700000600\",\"event_type\":1,\"sign\":\"def\",\"stream_id\":\"s\"}")).isEqualTo(k);
        assertThat(key("{\"event_type\":1,\"stream_id\":\"s\",\"x\":{\"t\":1}}"))
                .isNotEqualTo(key("{\"event_type\":1,\"stream_id\":\"s\",\"x\":{\"t\":2}}"));
    }

    @Test
    void keyOrderDoesNotMatterAtAnyDepth() {
        assertThat(key("{\"a\":1,\"b\":{\"x\":[1,{\"p\":1,\"q\":2}],\"y\":null}}"))
                .isEqualTo(key("{\"b\":{\"y\":null,\"x\":[1,{\"q\":2,\"p\":1}]},\"a\":1}"));
    }

    @Test
    void anyOtherDifferenceMatters() {
        String base = key("{\"event_type\":1,\"stream_id\":\"s\",\"sequence\":\"1\"}");
        assertThat(key("{\"event_type\":0,\"stream_id\":\"s\",\"sequence\":\"1\"}")).isNotEqualTo(base);
        assertThat(key("{\"event_type\":1,\"stream_id\":\"s2\",\"sequence\":\"1\"}")).isNotEqualTo(base);
        assertThat(key("{\"event_type\":1,\"stream_id\":\"s\",\"sequence\":1}")).isNotEqualTo(base);
        assertThat(key("{\"event_type\":1,\"stream_id\":\"s\"}")).isNotEqualTo(base);
        assertThat(key("{\"a\":[1,2]}")).isNotEqualTo(key("{\"a\":[2,1]}"));
        assertThat(key("{\"a\":true}")).isNotEqualTo(key("{\"a\":\"true\"}"));
        assertThat(key("{\"a\":null}")).isNotEqualTo(key("{}"));
    }

    @Test
    void stringsCannotImitateStructure() {
        assertThat(key("{\"a\":\"1\\\",\\\"b\\\":\\\"2\"}")).isNotEqualTo(key("{\"a\":\"1\",\"b\":\"2\"}"));
        assertThat(key("{\"ab\":\"c\"}")).isNotEqualTo(key("{\"a\":\"bc\"}"));
    }
}
