package dev.lvb.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.model.LiveChannel;
import dev.lvb.core.model.MixResult;
import dev.lvb.core.model.RecordingTask;
import dev.lvb.core.model.StreamStat;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LvbJsonTest {

    @Test
    void parsesOneObjectFromTextAndFromUtf8Bytes() {
        String body = "{\"ret\":0,\"message\":\"直播码\",\"output\":[]}";
        JsonObject fromText = LvbJson.parseObject(body);
        JsonObject fromBytes = LvbJson.parseObject(body.getBytes(StandardCharsets.UTF_8));
        assertThat(fromText.getString("message")).isEqualTo("直播码");
        assertThat(fromBytes).isEqualTo(fromText);
        assertThat(LvbJson.parseObject("  {\"a\":1}\n")).isEqualTo(Json.createObjectBuilder().add("a", 1).build());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "", " ", "[1,2]", "5", "\"text\"", "null", "{\"a\":1", "{\"a\":1}x", "{\"a\":1}{\"b\":2}",
            "{\"a\":1} [", "<html></html>", "{a:1}" })
    void anythingButExactlyOneObjectIsAProtocolError(String body) {
        assertThatThrownBy(() -> LvbJson.parseObject(body)).isInstanceOf(LvbProtocolException.class);
        assertThatThrownBy(() -> LvbJson.parseObject(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(LvbProtocolException.class);
    }

    @Test
    void numbersTheParserRefusesAreProtocolErrorsToo() {
        String[] bodies = { "{\"t\":" + "1".repeat(2000) + "}", "{\"t\":1E+" + "9".repeat(20) + "}" };
        for (String body : bodies) {
            assertThatThrownBy(() -> LvbJson.parseObject(body)).isInstanceOf(LvbProtocolException.class);
            assertThatThrownBy(() -> LvbJson.parseObject(body.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(LvbProtocolException.class);
        }
    }

    @Test
    void protocolErrorsQuoteTheStartOfWhatArrived() {
        assertThatThrownBy(() -> LvbJson.parseObject("<html>" + "x".repeat(2000)))
                .isInstanceOfSatisfying(LvbProtocolException.class, e -> {
                    assertThat(e.lvbMessage()).startsWith("<html>").hasSize(303);
                    assertThat(e.getMessage()).contains("not valid JSON");
                    assertThat(e.interfaceName()).isNull();
                });
        assertThatThrownBy(() -> LvbJson.parseObject("[]")).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> LvbJson.parseObject("{}{}")).isInstanceOf(LvbProtocolException.class);
    }

    @Test
    void bytesAreUtf8WithMalformedSequencesReadAsReplacementCharacters() {
        // 直 in UTF-8, then a byte no UTF-8 sequence starts with, then a lead byte without its continuation
        byte[] body = { '{', '"', 'a', '"', ':', '"', (byte) 0xE7, (byte) 0x9B, (byte) 0xB4, (byte) 0xFF, (byte) 0xC3,
                '"', '}' };
        JsonObject o = LvbJson.parseObject(body);
        assertThat(o.getString("a")).isEqualTo("直\uFFFD\uFFFD");
        assertThat(o).isEqualTo(LvbJson.parseObject(new String(body, StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "", "[1]", "{\"a\":1}x", "{\"a\":", "<html>", "\uFEFF{}", "{\"t\":1E+99999999999}" })
    void bytesAreRefusedExactlyLikeTheirText(String text) {
        Throwable fromText = catchThrowable(() -> LvbJson.parseObject(text));
        Throwable fromBytes = catchThrowable(() -> LvbJson.parseObject(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(fromText).isInstanceOf(LvbProtocolException.class);
        assertThat(fromBytes).isInstanceOf(LvbProtocolException.class).hasMessage(fromText.getMessage());
        assertThat(((LvbProtocolException) fromBytes).lvbMessage())
                .isEqualTo(((LvbProtocolException) fromText).lvbMessage());
        assertThat(fromBytes.getCause() == null ? null : fromBytes.getCause().getClass())
                .isEqualTo(fromText.getCause() == null ? null : fromText.getCause().getClass());
    }

    @Test
    void bindFromTextIsBindFromTheValueItHolds() {
        String text = "{\"stream_name\":\"a\",\"zzz\":{\"nested\":[1]},\"online\":\"7\"}";
        assertThat(LvbJson.bind(text, StreamStat.class)).isNotNull()
                .isEqualTo(LvbJson.bind(LvbJson.parseObject(text), StreamStat.class));
        String bad = "{\"stream_name\":{}}";
        Throwable fromValue = catchThrowable(() -> LvbJson.bind(LvbJson.parseObject(bad), StreamStat.class));
        assertThatThrownBy(() -> LvbJson.bind(bad, StreamStat.class))
                .isInstanceOfSatisfying(LvbProtocolException.class, e -> {
                    assertThat(e.getMessage()).startsWith("unexpected value types in LVB's JSON")
                            .isEqualTo(fromValue.getMessage());
                    assertThat(e.lvbMessage()).isEqualTo(bad);
                    assertThat(e.getCause()).isNotNull();
                });
    }

    @Test
    void bindIgnoresUnknownFieldsAndTheClassOverloadIsTyped() {
        List<LiveChannel> list = List.of(LvbJson.bind(Json.createObjectBuilder().add("channel_id", "a")
                .add("zzz", Json.createObjectBuilder().add("nested", Json.createArrayBuilder().add(1))).build(),
                LiveChannel.class));
        assertThat(list).containsExactly(new LiveChannel("a"));
    }

    @Test
    void bindReportsWrongTypesAsProtocolErrorsWithTheValue() {
        JsonObject bad = Json.createObjectBuilder().add("stream_name", Json.createObjectBuilder()).build();
        assertThatThrownBy(() -> LvbJson.bind(bad, StreamStat.class))
                .isInstanceOfSatisfying(LvbProtocolException.class, e -> {
                    assertThat(e.getMessage()).startsWith("unexpected value types in LVB's JSON");
                    assertThat(e.lvbMessage()).isEqualTo("{\"stream_name\":{}}");
                    assertThat(e.getCause()).isNotNull();
                });
    }

    @Test
    void toJsonOmitsNullsAndUsesWireNames() {
        assertThat(LvbJson.toJson(new MixResult(0, null, "7", null))).isEqualTo("{\"code\":0,\"event_id\":\"7\"}");
        assertThat(LvbJson.toJsonObject(new RecordingTask("18446744073709551615")))
                .isEqualTo(Json.createObjectBuilder().add("task_id", "18446744073709551615").build());
    }

    @Test
    void sharedInstancesAreReused() {
        assertThat(LvbJson.jsonb()).isSameAs(LvbJson.jsonb());
        assertThat(LvbJson.provider()).isSameAs(LvbJson.provider());
    }
}
