package dev.lvb.core.json;

import static dev.lvb.core.testing.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.event.RecordingFileEvent;
import dev.lvb.core.model.MixResult;
import dev.lvb.core.model.PushStatPoint;
import dev.lvb.core.model.StreamStat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The type leniency of {@link Lenient}, seen through the models that use it. */
class LvbLenientTest {

    private static RecordingFileEvent recording(String fields) {
        return LvbJson.bind(json("{" + fields + "}"), RecordingFileEvent.class);
    }

    @Test
    void integersAsNumbersOrDigitStrings() {
        assertThat(recording("\"file_size\":30045521").fileSize()).isEqualTo(30045521L);
        assertThat(recording("\"file_size\":\"30045521\"").fileSize()).isEqualTo(30045521L);
        assertThat(recording("\"file_size\":\" 30045521 \"").fileSize()).isEqualTo(30045521L);
        assertThat(recording("\"file_size\":30045521.0").fileSize()).isEqualTo(30045521L);
        assertThat(recording("\"file_size\":\"9223372036854775807\"").fileSize()).isEqualTo(Long.MAX_VALUE);
        assertThat(LvbJson.bind(json("{\"fps\":25}"), PushStatPoint.class).fps()).isEqualTo(25);
        assertThat(LvbJson.bind(json("{\"fps\":\"25\"}"), PushStatPoint.class).fps()).isEqualTo(25);
    }

    @Test
    void emptyStringsAndNullsAreAbsentValues() {
        assertThat(recording("\"file_size\":\"\"").fileSize()).isNull();
        assertThat(recording("\"file_size\":null").fileSize()).isNull();
        assertThat(recording("\"duration\":\"  \"").duration()).isNull();
        assertThat(LvbJson.bind(json("{\"bandwidth\":\"\"}"), StreamStat.class).bandwidth()).isNull();
    }

    @ParameterizedTest(name = "file_size {0}")
    @ValueSource(strings = { "\"abc\"", "1.5", "\"1.5\"", "9223372036854775808", "\"-9223372036854775809\"", "true",
            "{}", "[1]", "\"123456789012345678901234567890123456789012\"", "1E+1000000", "1E-1000000" })
    void nonIntegersAreProtocolErrors(String value) {
        assertThatThrownBy(() -> recording("\"file_size\":" + value)).isInstanceOfSatisfying(
                LvbProtocolException.class, e -> assertThat(e.getMessage().length()).isLessThan(1000));
    }

    @ParameterizedTest(name = "fps {0}")
    @ValueSource(strings = { "2147483648", "\"-2147483649\"", "25.5", "\"fast\"" })
    void intsOutOfRangeOrFractionalAreProtocolErrors(String value) {
        assertThatThrownBy(() -> LvbJson.bind(json("{\"fps\":" + value + "}"), PushStatPoint.class))
                .isInstanceOf(LvbProtocolException.class);
    }

    @Test
    void decimalsAsNumbersOrStrings() {
        assertThat(LvbJson.bind(json("{\"bandwidth\":2.5}"), StreamStat.class).bandwidth()).isEqualTo(2.5);
        assertThat(LvbJson.bind(json("{\"bandwidth\":\"2.5\"}"), StreamStat.class).bandwidth()).isEqualTo(2.5);
        assertThat(LvbJson.bind(json("{\"bandwidth\":3}"), StreamStat.class).bandwidth()).isEqualTo(3.0);
    }

    @ParameterizedTest(name = "bandwidth {0}")
    @ValueSource(strings = { "1E+400", "\"1e999\"", "\"NaN\"", "\"Infinity\"", "false" })
    void decimalsThatAreNotFiniteNumbersAreProtocolErrors(String value) {
        assertThatThrownBy(() -> LvbJson.bind(json("{\"bandwidth\":" + value + "}"), StreamStat.class))
                .isInstanceOf(LvbProtocolException.class);
    }

    @Test
    void textFieldsKeepNumbersAsTheirExactDigits() {
        assertThat(LvbJson.bind(json("{\"event_id\":\"1527240138\"}"), MixResult.class).eventId()).isEqualTo("1527240138");
        assertThat(LvbJson.bind(json("{\"event_id\":1527240138}"), MixResult.class).eventId()).isEqualTo("1527240138");
        assertThat(recording("\"task_id\":18446744073709551615").taskId()).isEqualTo("18446744073709551615");
        assertThat(recording("\"task_id\":\"18446744073709551615\"").taskId()).isEqualTo("18446744073709551615");
        assertThat(recording("\"task_id\":null").taskId()).isNull();
        assertThatThrownBy(() -> LvbJson.bind(json("{\"event_id\":true}"), MixResult.class))
                .isInstanceOf(LvbProtocolException.class);
        assertThatThrownBy(() -> LvbJson.bind(json("{\"event_id\":{}}"), MixResult.class))
                .isInstanceOf(LvbProtocolException.class);
    }

    @Test
    void aListOfRecordsHoldsObjectsOnlyWhereJsonbAloneSkippedAValueBeforeAnObject() {
        // Yasson read [false,{"type":1}] as one Abnormal: the false was dropped, the body accepted.
        assertThatThrownBy(() -> LvbJson.bind(json("{\"abnormal_event\":[false,{\"type\":1}]}"),
                dev.lvb.core.event.PushErrorEvent.class)).isInstanceOf(LvbProtocolException.class)
                .hasMessageContaining("expected objects, got FALSE");
        var e = LvbJson.bind(json("{\"abnormal_event\":[{\"type\":1},{\"type\":\"2\"}]}"),
                dev.lvb.core.event.PushErrorEvent.class);
        assertThat(e.abnormalEvents()).extracting(dev.lvb.core.event.PushErrorEvent.Abnormal::type)
                .containsExactly(1, 2);
        assertThat(LvbJson.bind(json("{\"abnormal_event\":null}"), dev.lvb.core.event.PushErrorEvent.class)
                .abnormalEvents()).isEmpty();
    }
}
