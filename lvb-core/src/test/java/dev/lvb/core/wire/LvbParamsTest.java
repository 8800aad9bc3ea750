package dev.lvb.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigInteger;

import dev.lvb.core.error.LvbValidationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LvbParamsTest {

    @Test
    void encodesTheDocumentedStartTimeExactlyOnce() {
        // spec §1.2: 2017-01-01 10:10:01 travels as 2017-01-01+10%3a10%3a01 (hex case is irrelevant)
        LvbParams p = LvbParams.builder().s("start_time", "2017-01-01 10:10:01").build();
        assertThat(p.toFormEncoded()).isEqualTo("Param.s.start_time=2017-01-01+10%3A10%3A01");
        // not double-encoded (which would give %2B and %253A)
        assertThat(p.toFormEncoded()).doesNotContain("%25").doesNotContain("%2B");
    }

    @Test
    void prefixesTypeTagsAndKeepsOrder() {
        LvbParams p = LvbParams.builder().s("channel_id", "2519_a").n("page_no", 2).n("page_size", 100L)
                .s("sort_type", "desc").raw("interface", "Live_Tape_GetFilelist").nDigits("task_id",
                        "18446744073709551615")
                .build();
        assertThat(p.entries()).containsExactly(entry("Param.s.channel_id", "2519_a"), entry("Param.n.page_no", "2"),
                entry("Param.n.page_size", "100"), entry("Param.s.sort_type", "desc"),
                entry("interface", "Live_Tape_GetFilelist"), entry("Param.n.task_id", "18446744073709551615"));
        assertThat(p.toFormEncoded()).isEqualTo("Param.s.channel_id=2519_a&Param.n.page_no=2&Param.n.page_size=100"
                + "&Param.s.sort_type=desc&interface=Live_Tape_GetFilelist&Param.n.task_id=18446744073709551615");
    }

    @Test
    void nullValuesAreLeftOut() {
        LvbParams p = LvbParams.builder().s("a", null).n("b", null).nDigits("c", null).raw("d", null).s("e", "1")
                .build();
        assertThat(p.entries()).containsExactly(entry("Param.s.e", "1"));
        assertThat(p.toFormEncoded()).isEqualTo("Param.s.e=1");
    }

    @Test
    void emptyValuesAreKept() {
        LvbParams p = LvbParams.builder().s("path", "").build();
        assertThat(p.toFormEncoded()).isEqualTo("Param.s.path=");
        assertThat(LvbParams.parseFormEncoded("Param.s.path=").get("Param.s.path")).contains("");
        assertThat(LvbParams.parseFormEncoded("Param.s.path").get("Param.s.path")).contains("");
    }

    @Test
    void noParametersGiveAnEmptyQuery() {
        assertThat(LvbParams.builder().build().toFormEncoded()).isEmpty();
        assertThat(LvbParams.parseFormEncoded("").entries()).isEmpty();
        assertThat(LvbParams.parseFormEncoded(null).entries()).isEmpty();
        assertThat(LvbParams.parseFormEncoded("&&").entries()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "a+b", "a&b=c", "50%", "x=y", "直播码 测试", "😀", "2017-01-01 10:10:01", " ", "#?/",
            "txSecret=abc&txTime=5C2A2B80", "%2B" })
    void specialAndNonAsciiValuesRoundTrip(String value) {
        LvbParams p = LvbParams.builder().s("channel_id", value).n("page_no", 1).build();
        String encoded = p.toFormEncoded();
        // every reserved character is escaped: exactly one '&' (between the two pairs) and two '='
        assertThat(encoded.chars().filter(c -> c == '&').count()).isEqualTo(1);
        assertThat(encoded.chars().filter(c -> c == '=').count()).isEqualTo(2);
        assertThat(encoded).matches("[A-Za-z0-9._*+%&=-]*");

        LvbParams back = LvbParams.parseFormEncoded(encoded);
        assertThat(back.entries()).isEqualTo(p.entries());
        assertThat(back.param("channel_id")).contains(value);
    }

    @Test
    void chineseIsEncodedAsUtf8() {
        assertThat(LvbParams.builder().s("domain", "直播").build().toFormEncoded())
                .isEqualTo("Param.s.domain=%E7%9B%B4%E6%92%AD");
    }

    @Test
    void plusIsEncodedAndSpaceBecomesPlus() {
        assertThat(LvbParams.builder().s("x", "a+b c").build().toFormEncoded()).isEqualTo("Param.s.x=a%2Bb+c");
    }

    @Test
    void parseDecodesPlusAsSpaceAndPercentEscapes() {
        LvbParams p = LvbParams.parseFormEncoded("Param.s.start_time=2017-01-01+10%3a10%3a01&t=1471850187");
        assertThat(p.get("Param.s.start_time")).contains("2017-01-01 10:10:01");
        assertThat(p.get("t")).contains("1471850187");
        assertThat(p.get("sign")).isEmpty();
    }

    @Test
    void parseRejectsBrokenEscapesNamingTheParameter() {
        assertThatThrownBy(() -> LvbParams.parseFormEncoded("Param.s.channel_id=%zz"))
                .isInstanceOfSatisfying(LvbValidationException.class,
                        e -> assertThat(e.parameter()).isEqualTo("Param.s.channel_id"));
    }

    @Test
    void paramFindsBothTypeTags() {
        LvbParams p = LvbParams.parseFormEncoded("Param.s.task_id=123&Param.n.page_no=2");
        assertThat(p.param("task_id")).contains("123");
        assertThat(p.param("page_no")).contains("2");
        assertThat(p.param("missing")).isEmpty();
        assertThat(p.textOrNull("missing")).isNull();
        assertThat(p.intOrNull("missing")).isNull();
        assertThat(p.number("missing")).isEmpty();
        // a full name is not a business name
        assertThat(p.param("Param.s.task_id")).isEmpty();
    }

    @Test
    void getReturnsTheFirstValue() {
        LvbParams p = LvbParams.parseFormEncoded("a=1&a=2");
        assertThat(p.get("a")).contains("1");
        assertThat(p.entries()).hasSize(2);
    }

    @Test
    void numbersAreParsedStrictly() {
        LvbParams p = LvbParams.parseFormEncoded(
                "Param.n.page_no=2&Param.n.page_size=abc&Param.n.big=99999999999&Param.n.huge=99999999999999999999");
        assertThat(p.intOrNull("page_no")).isEqualTo(2);
        assertThat(p.number("big")).contains(99_999_999_999L);
        assertThatThrownBy(() -> p.intOrNull("page_size")).isInstanceOfSatisfying(LvbValidationException.class,
                e -> assertThat(e.parameter()).isEqualTo("Param.n.page_size"));
        // beyond int: a validation error naming the parameter, not an ArithmeticException
        assertThatThrownBy(() -> p.intOrNull("big")).isInstanceOfSatisfying(LvbValidationException.class,
                e -> assertThat(e.parameter()).isEqualTo("Param.n.big"));
        assertThatThrownBy(() -> p.number("huge")).isInstanceOfSatisfying(LvbValidationException.class,
                e -> assertThat(e.parameter()).isEqualTo("Param.n.huge"));
    }

    @Test
    void numberBuilderWritesPlainDecimal() {
        assertThat(LvbParams.builder().n("x", 1490079362L).n("y", BigInteger.TWO.pow(64).subtract(BigInteger.ONE))
                .build().entries()).containsExactly(entry("Param.n.x", "1490079362"),
                        entry("Param.n.y", "18446744073709551615"));
    }

    @Test
    void toStringIsTheFormEncoding() {
        LvbParams p = LvbParams.builder().s("a", "b c").build();
        assertThat(p).hasToString("Param.s.a=b+c");
    }

    @Test
    void entriesCannotBeModified() {
        LvbParams p = LvbParams.builder().s("a", "b").build();
        assertThatThrownBy(() -> p.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theBuilderCanBeReusedWithoutChangingBuiltParams() {
        LvbParams.Builder b = LvbParams.builder().s("a", "1");
        LvbParams first = b.build();
        b.s("b", "2");
        assertThat(first.entries()).hasSize(1);
        assertThat(b.build().entries()).hasSize(2);
    }
}
