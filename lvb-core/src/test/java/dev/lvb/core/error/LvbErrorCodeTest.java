package dev.lvb.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LvbErrorCodeTest {

    @ParameterizedTest(name = "ret {0} is {1}")
    @CsvSource({ "1000, STAT_USER_NOT_REGISTERED", "1001, STAT_SERVICE_STOPPED", "1201, INTERNAL_ERROR",
            "1202, INVALID_REQUEST_OR_RATE_LIMITED", "1204, INVALID_INPUT_PARAM", "1301, NO_LIVE_STREAM",
            "10003, QUERY_DATA_EMPTY", "20601, STREAM_NEVER_PUSHED" })
    void documentedRetValuesAreKnown(int ret, LvbErrorCode expected) {
        assertThat(LvbErrorCode.of(ret)).contains(expected);
        assertThat(expected.ret()).isEqualTo(ret);
        assertThat(expected.description()).isNotBlank();
    }

    @Test
    void undocumentedRetValuesAreUnknown() {
        assertThat(LvbErrorCode.of(0)).isEmpty();
        assertThat(LvbErrorCode.of(-1)).isEmpty();
        assertThat(LvbErrorCode.of(1002)).isEmpty();
        assertThat(LvbErrorCode.of(20602)).isEmpty();
        assertThat(LvbErrorCode.of(-505)).isEmpty();
    }

    @Test
    void descriptionsFollowTheSpec() {
        assertThat(LvbErrorCode.QUERY_DATA_EMPTY.description()).isEqualTo("query data is empty");
        assertThat(LvbErrorCode.NO_LIVE_STREAM.description()).isEqualTo("has not live stream");
    }

    @ParameterizedTest(name = "mix code {0} is {1}")
    @CsvSource({ "-1, BAD_REQUEST", "-2, BAD_PARAMETERS", "-3, INPUT_COUNT_OUT_OF_RANGE", "-4, BAD_STREAM_PARAMETERS",
            "-11, LAYER_ERROR", "-20, TEMPLATE_MISMATCH", "-21, TOO_FEW_INPUTS", "-28, BACKGROUND_SIZE_UNKNOWN",
            "-29, CROP_OUT_OF_RANGE", "-33, WATERMARK_ID_MISSING", "-34, WATERMARK_LOOKUP_FAILED",
            "-111, OUTPUT_TYPE_MISMATCH", "-300, OUTPUT_STREAM_IN_USE", "-505, INPUT_STREAM_NOT_FOUND",
            "-507, SIZE_LOOKUP_FAILED", "-508, SESSION_OUTPUT_CONFLICT", "-10031, MIX_TRIGGER_FAILED",
            "-30300, CANCEL_UNKNOWN_SESSION", "-31001, CANCEL_UNKNOWN_SESSION_1", "-31002, CANCEL_UNKNOWN_SESSION_2",
            "-31003, CANCEL_OUTPUT_MISMATCH", "-31004, BITRATE_OUT_OF_RANGE" })
    void documentedMixCodesAreKnown(int code, LvbMixErrorCode expected) {
        assertThat(LvbMixErrorCode.of(code)).contains(expected);
        assertThat(expected.code()).isEqualTo(code);
        assertThat(expected.description()).isNotBlank();
    }

    @Test
    void undocumentedMixCodesAreUnknown() {
        assertThat(LvbMixErrorCode.of(0)).isEmpty();
        assertThat(LvbMixErrorCode.of(100)).isEmpty();
        assertThat(LvbMixErrorCode.of(-506)).isEmpty();
        assertThat(LvbMixErrorCode.of(20601)).isEmpty();
    }

    @Test
    void mixCodesAreUnique() {
        assertThat(LvbMixErrorCode.values()).extracting(LvbMixErrorCode::code).doesNotHaveDuplicates();
        assertThat(LvbErrorCode.values()).extracting(LvbErrorCode::ret).doesNotHaveDuplicates();
    }

    @Test
    void bothSetsShareOneShape() {
        LvbDocumentedCode ret = LvbErrorCode.STREAM_NEVER_PUSHED;
        LvbDocumentedCode mix = LvbMixErrorCode.INPUT_STREAM_NOT_FOUND;
        assertThat(ret.value()).isEqualTo(20601);
        assertThat(mix.value()).isEqualTo(-505).isEqualTo(LvbMixErrorCode.INPUT_STREAM_NOT_FOUND.code());
        assertThat(LvbDocumentedCode.find(LvbMixErrorCode.class, 20601)).isEmpty();
        assertThat(LvbDocumentedCode.find(LvbErrorCode.class, 20601)).contains(LvbErrorCode.STREAM_NEVER_PUSHED);
    }
}
