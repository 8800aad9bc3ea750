package dev.lvb.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final String SIGN = "b17971b51ba0fe5916ddcd96692e9fb3";

    @Test
    void nullStaysNull() {
        assertThat(Redaction.clip(null)).isNull();
    }

    @Test
    void shortTextWithoutSecretsIsUnchanged() {
        assertThat(Redaction.clip("appid is invalid")).isEqualTo("appid is invalid");
    }

    @Test
    void masksSignInAQueryString() {
        String url = "http://fcgi.video.qcloud.com/common_access?appid=1252500000&interface=Live_Channel_GetStatus"
                + "&Param.s.channel_id=2519_a&t=1471850187&sign=" + SIGN;
        String clipped = Redaction.clip(url);
        assertThat(clipped).doesNotContain(SIGN).doesNotContain("b17971b5").endsWith("&sign=***")
                .contains("t=1471850187").contains("appid=1252500000");
    }

    @Test
    void masksSignInJsonAndAnyCase() {
        assertThat(Redaction.clip("{\"t\":1471850187,\"sign\":\"" + SIGN + "\"}")).doesNotContain(SIGN)
                .contains("\"sign\":\"***\"");
        assertThat(Redaction.clip("SIGN=" + SIGN.toUpperCase())).isEqualTo("SIGN=***");
        assertThat(Redaction.clip("sign = " + SIGN)).isEqualTo("sign = ***");
        assertThat(Redaction.clip("'sign': '" + SIGN + "'")).doesNotContain(SIGN);
    }

    @Test
    void masksEverySignatureInTheText() {
        String text = "first sign=" + SIGN + " then sign=7f29ed83c61b77de1b0d66936fd4fd44 end";
        assertThat(Redaction.clip(text)).isEqualTo("first sign=*** then sign=*** end");
    }

    @Test
    void leavesOtherHexAlone() {
        // only the value of a sign parameter is a credential; a file id is not
        assertThat(Redaction.clip("file_id=9031868222958931071")).isEqualTo("file_id=9031868222958931071");
    }

    @Test
    void clipsLongTextToAFewHundredCharacters() {
        String longText = "x".repeat(10_000);
        String clipped = Redaction.clip(longText);
        assertThat(clipped).hasSize(303).endsWith("...").startsWith("xxx");
    }

    @Test
    void textOfExactlyTheLimitIsNotMarked() {
        assertThat(Redaction.clip("y".repeat(300))).isEqualTo("y".repeat(300));
        assertThat(Redaction.clip("y".repeat(301))).isEqualTo("y".repeat(300) + "...");
    }

    @Test
    void replacesControlCharacters() {
        assertThat(Redaction.clip("line1\nline2\r\tend\u0000")).isEqualTo("line1 line2  end ");
    }

    @Test
    void aSignatureNearTheCutIsMaskedNotHalfShown() {
        String text = "z".repeat(290) + "sign=" + SIGN;
        String clipped = Redaction.clip(text);
        assertThat(clipped).doesNotContain("b17971").startsWith("z".repeat(290) + "sign=***");
    }

    @Test
    void clippingIsIdempotent() {
        String[] texts = { "x".repeat(5000), "a sign=" + SIGN + " b", "short", "q".repeat(299) + "\n" + "r".repeat(50) };
        for (String t : texts) {
            String once = Redaction.clip(t);
            assertThat(Redaction.clip(once)).isEqualTo(once);
        }
    }
}
