package dev.lvb.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LvbTimeTest {

    @Test
    void cstIsUtcPlusEight() {
        assertThat(LvbTime.CST).isEqualTo(ZoneOffset.ofHours(8));
    }

    @Test
    void parsesTheDocumentedExampleAsChinaStandardTime() {
        // spec §1.2: Param.s.start_time=2017-01-01 10:10:01 (CST) is 02:10:01 UTC
        assertThat(LvbTime.parse("2017-01-01 10:10:01")).isEqualTo(Instant.parse("2017-01-01T02:10:01Z"));
    }

    @Test
    void formatsAnInstantAsChinaStandardTime() {
        assertThat(LvbTime.format(Instant.parse("2017-01-01T02:10:01Z"))).isEqualTo("2017-01-01 10:10:01");
        // the UTC evening is already the next day in CST
        assertThat(LvbTime.format(Instant.parse("2016-12-31T16:00:00Z"))).isEqualTo("2017-01-01 00:00:00");
        assertThat(LvbTime.format(Instant.parse("2016-12-31T15:59:59Z"))).isEqualTo("2016-12-31 23:59:59");
    }

    @Test
    void formatDropsFractionsOfASecond() {
        assertThat(LvbTime.format(Instant.parse("2017-01-01T02:10:01.999Z"))).isEqualTo("2017-01-01 10:10:01");
    }

    @Test
    void parseAndFormatAreInverse() {
        Instant i = Instant.ofEpochSecond(1496220622L);
        assertThat(LvbTime.parse(LvbTime.format(i))).isEqualTo(i);
        assertThat(LvbTime.format(LvbTime.parse("2017-05-31 16:50:22"))).isEqualTo("2017-05-31 16:50:22");
    }

    @Test
    void parseAcceptsALeapDay() {
        assertThat(LvbTime.parse("2016-02-29 23:59:59")).isEqualTo(Instant.parse("2016-02-29T15:59:59Z"));
    }

    @Test
    void parseToleratesSurroundingWhitespace() {
        assertThat(LvbTime.parse(" 2017-01-01 10:10:01\n")).isEqualTo(Instant.parse("2017-01-01T02:10:01Z"));
    }

    @Test
    void cstDateNearMidnight() {
        // 15:59:59 UTC is 23:59:59 CST the same day; 16:00:00 UTC is the next CST day
        assertThat(LvbTime.cstDate(Instant.parse("2017-01-01T15:59:59Z"))).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(LvbTime.cstDate(Instant.parse("2017-01-01T16:00:00Z"))).isEqualTo(LocalDate.of(2017, 1, 2));
        // shortly after UTC midnight it is morning in CST of that same date
        assertThat(LvbTime.cstDate(Instant.parse("2017-01-02T00:10:00Z"))).isEqualTo(LocalDate.of(2017, 1, 2));
        assertThat(LvbTime.cstDate(Instant.parse("2017-01-01T23:59:59Z"))).isEqualTo(LocalDate.of(2017, 1, 2));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "2017-01-01T10:10:01", "2017-01-01 10:10", "2017/01/01 10:10:01", "2017-13-01 10:10:01",
            "2017-02-30 10:10:01", "2017-01-01 24:00:01", "1471850187", "", "2017-01-01 10:10:01+08:00" })
    void parseRejectsOtherFormatsNamingTheTextAndTheFormat(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> LvbTime.parse(text))
                .withMessageContaining("'" + text + "'").withMessageContaining("yyyy-MM-dd HH:mm:ss")
                .withMessageContaining("UTC+8");
    }

    @Test
    void parseRejectsNullWithTheSameKindOfMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> LvbTime.parse(null)).withMessageContaining("'null'");
    }
}
