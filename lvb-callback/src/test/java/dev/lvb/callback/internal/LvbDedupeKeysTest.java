package dev.lvb.callback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.lvb.core.json.LvbJson;

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

    /**
     * Keys computed by the library before it was optimised (0.1.0, commit 42fb650): a store shared by instances
     * of several versions (or kept across a deployment) only recognises a re-send if every version computes the
     * very same key.
     */
    @Test
    void keysStayExactlyWhatEarlierVersionsComputed() {
        assertThat(key("""
                {"app":"3954.livepush.myqcloud.com","appname":"live","appid":1252033264,"channel_id":"3954_y",
                 "stream_id":"3954_y","event_type":1,"event_time":1471256139,"sequence":"5911795891871911817",
                 "node":"123.10.1.1","user_ip":"127.0.0.1","errcode":0,"errmsg":"",
                 "stream_param":"txSecret=0c2d3a1e8b2f0c3a&txTime=5C2ACE7F","set_id":2,"width":0,"height":0,
                 "idc_id":"38","sign":"0123456789abcdef0123456789abcdef","t":1471256800}"""))
                .isEqualTo("9db17e645ab760f942b10eae151e3fc12d9b647e7b7727474bdd5d2cdd04e7ba");
        // nesting, arrays, literals and numbers in several spellings
        assertThat(key("""
                {"tid":20001,"streamId":"2519_2500649","type":[1,3],"confidence":92,"normalScore":3.5,"pornScore":86.25,
                 "ocrMsg":"","gameDetails":{"b":[true,false,null],
                 "a":{"z":1E+2,"y":-0,"x":1.50,"w":12345678901234567890}},"event_type":317}"""))
                .isEqualTo("c7be09e9dd22dc5ffd952957d277cf8175f3ba0bcc316051fdcb7fae5ebb124b");
        // non-ASCII keys and values, a lone surrogate, a string of 1234 bytes (four length digits), empty key and
        // value, t and sign below the top, empty array and object
        assertThat(key("{\"event_type\":999,\"stream_id\":\"直播码_é\",\"键\":\"值\",\"emoji\":\"\\ud83d\\ude00\","
                + "\"lone\":\"\\ud800\",\"long\":\"" + "x".repeat(1234) + "\",\"\":\"\","
                + "\"nested\":{\"t\":1,\"sign\":\"s\"},\"list\":[],\"obj\":{}}"))
                .isEqualTo("79a20917c23e5ece83d17b4a9180d517aa6faa17204f65d33a13462152784447");
        // nothing at all: the SHA-256 of "{}"
        assertThat(key("{}")).isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    }

    /**
     * An object with more members than the insertion sort takes (60: only hostile bodies have so many) is sorted the
     * other way; its key is still the one earlier versions computed, whatever the order of its members.
     */
    @Test
    void largeObjectsKeepTheirKeysToo() {
        StringBuilder shuffled = new StringBuilder("{");
        StringBuilder reversed = new StringBuilder("{");
        for (int i = 0; i < 60; i++) {
            int k = (i * 37) % 60;
            shuffled.append(i > 0 ? "," : "").append(member(k));
            reversed.append(i > 0 ? "," : "").append(member(59 - i));
        }
        String expected = "3371b3d2a90d37057dfaf5794a66d9718bd65b0174a07831789c8017342fe51d";
        assertThat(key(shuffled + ",\"t\":1,\"sign\":\"x\"}")).isEqualTo(expected);
        assertThat(key(reversed + "}")).isEqualTo(expected);
    }

    private static String member(int k) {
        return "\"k" + k + "\":" + (k % 3 == 0 ? "\"v" + k + "\"" : Integer.toString(k));
    }

    @Test
    void keysDoNotDependOnTheThreadOrOnEarlierCalls() throws Exception {
        String json = "{\"event_type\":1,\"stream_id\":\"s\",\"x\":[1,{\"b\":2,\"a\":\"" + "y".repeat(5000) + "\"}]}";
        String expected = key(json);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<String>> keys = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int n = i;
                keys.add(pool.submit(() -> {
                    key("{\"other\":" + n + "}"); // leaves its state behind on this thread, if any
                    return key(json);
                }));
            }
            for (java.util.concurrent.Future<String> k : keys) {
                assertThat(k.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void stringsCannotImitateStructure() {
        assertThat(key("{\"a\":\"1\\\",\\\"b\\\":\\\"2\"}")).isNotEqualTo(key("{\"a\":\"1\",\"b\":\"2\"}"));
        assertThat(key("{\"ab\":\"c\"}")).isNotEqualTo(key("{\"a\":\"bc\"}"));
    }
}
