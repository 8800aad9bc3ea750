package dev.lvb.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentLengthTest {

    @Test
    void announcedLengths() {
        assertThat(ContentLength.parse("0")).isZero();
        assertThat(ContentLength.parse(" 440 ")).isEqualTo(440);
        assertThat(ContentLength.parse(Long.toString(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void absentOrInvalidIsUnknown() {
        assertThat(ContentLength.parse(null)).isEqualTo(-1);
        assertThat(ContentLength.parse("")).isEqualTo(-1);
        assertThat(ContentLength.parse("abc")).isEqualTo(-1);
        assertThat(ContentLength.parse("-5")).isEqualTo(-1);
        assertThat(ContentLength.parse("12.5")).isEqualTo(-1);
        assertThat(ContentLength.parse("99999999999999999999")).isEqualTo(-1);
    }
}
