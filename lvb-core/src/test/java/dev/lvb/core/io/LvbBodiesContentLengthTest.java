package dev.lvb.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LvbBodiesContentLengthTest {

    @Test
    void announcedLengths() {
        assertThat(LvbBodies.contentLength("0")).isZero();
        assertThat(LvbBodies.contentLength(" 440 ")).isEqualTo(440);
        assertThat(LvbBodies.contentLength(Long.toString(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void absentOrInvalidIsUnknown() {
        assertThat(LvbBodies.contentLength(null)).isEqualTo(-1);
        assertThat(LvbBodies.contentLength("")).isEqualTo(-1);
        assertThat(LvbBodies.contentLength("abc")).isEqualTo(-1);
        assertThat(LvbBodies.contentLength("-5")).isEqualTo(-1);
        assertThat(LvbBodies.contentLength("12.5")).isEqualTo(-1);
        assertThat(LvbBodies.contentLength("99999999999999999999")).isEqualTo(-1);
    }
}
