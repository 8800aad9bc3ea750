package dev.lvb.core.model;

import static dev.lvb.core.model.RequestAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;

import dev.lvb.core.LvbTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** fromParams(toParams(r)) == r for arbitrary valid requests, including through form encoding. */
class RequestRoundTripPropertiesTest {

    /** Ids as LVB accepts them: no whitespace or control characters, anything else (incl. &, =, +, %, 中文). */
    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(24)
                .filter(s -> s.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)))
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<RecordingFilesRequest> recordingFiles() {
        Arbitrary<Long> cstDays = Arbitraries.longs().between(16_000, 25_000); // days since 1970, 2013-2038
        Arbitrary<Integer> second1 = Arbitraries.integers().between(0, 86_399);
        Arbitrary<Integer> second2 = Arbitraries.integers().between(0, 86_399);
        Arbitrary<Integer> nanos = Arbitraries.integers().between(0, 999_999_999);
        Arbitrary<Instant[]> window = Combinators.combine(cstDays, second1, second2, nanos).as((day, a, b, n) -> {
            long midnightCst = day * 86_400 - 8 * 3600;
            return new Instant[] { Instant.ofEpochSecond(midnightCst + Math.min(a, b), n),
                    Instant.ofEpochSecond(midnightCst + Math.max(a, b)) };
        });
        return Combinators.combine(ids(), Arbitraries.integers().between(1, Integer.MAX_VALUE).injectNull(0.3),
                Arbitraries.integers().between(1, 100).injectNull(0.3),
                Arbitraries.of(SortOrder.class).injectNull(0.3), window, Arbitraries.integers().between(0, 3))
                .as((id, no, size, sort, w, open) -> new RecordingFilesRequest(id, no, size, sort,
                        open == 1 ? null : w[0], open == 2 ? null : w[1]));
    }

    @Property
    void recordingFilesRequestsRoundTrip(@ForAll("recordingFiles") RecordingFilesRequest r) {
        assertRoundTrip(r, RecordingFilesRequest::fromParams);
        if (r.startTime() != null && r.endTime() != null) {
            assertThat(LvbTime.cstDate(r.startTime())).isEqualTo(LvbTime.cstDate(r.endTime()));
        }
    }

    @Provide
    Arbitrary<StopRecordingRequest> stopRecording() {
        BigInteger max = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        Arbitrary<String> taskIds = Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, max).map(BigInteger::toString),
                Arbitraries.bigIntegers().between(max.subtract(BigInteger.valueOf(1000)), max).map(BigInteger::toString));
        return Combinators.combine(ids(), taskIds, Arbitraries.of(RecordingMode.class).injectNull(0.3))
                .as(StopRecordingRequest::new);
    }

    @Property
    void stopRecordingRequestsRoundTrip(@ForAll("stopRecording") StopRecordingRequest r) {
        assertRoundTrip(r, StopRecordingRequest::fromParams);
        assertThat(r.toParams().get("Param.n.task_id")).contains(r.taskId());
    }

    @Provide
    Arbitrary<LiveStatRequest> liveStat() {
        return Combinators.combine(Arbitraries.integers().between(1, Integer.MAX_VALUE).injectNull(0.3),
                Arbitraries.integers().between(1, 300).injectNull(0.3), ids().injectNull(0.3), ids().injectNull(0.3),
                ids().injectNull(0.3)).as(LiveStatRequest::new);
    }

    @Property
    void liveStatRequestsRoundTrip(@ForAll("liveStat") LiveStatRequest r) {
        assertRoundTrip(r, LiveStatRequest::fromParams);
    }

    @Provide
    Arbitrary<StartRecordingRequest> startRecording() {
        Arbitrary<Instant> starts = Arbitraries.longs().between(1_400_000_000L, 2_000_000_000L)
                .map(Instant::ofEpochSecond);
        Arbitrary<Long> lengths = Arbitraries.longs().between(1, 86_400);
        Arbitrary<RecordingFormat> formats = Arbitraries.of(RecordingFormat.class).injectNull(0.3);
        Arbitrary<RecordType> types = Arbitraries.of(RecordType.class).injectNull(0.3);
        return Combinators.combine(ids(), Arbitraries.of(RecordingMode.class).injectNull(0.2), starts, lengths,
                formats, types, ids().injectNull(0.5), Arbitraries.of(true, false).injectNull(0.3))
                .filter((id, mode, start, len, format, type, path, mix) -> format != RecordingFormat.AAC
                        || type == RecordType.AUDIO)
                .as((id, mode, start, len, format, type, path, mix) -> new StartRecordingRequest(id, mode, start,
                        start.plusSeconds(len), format, type, path, path, mix));
    }

    @Property
    void startRecordingRequestsRoundTrip(@ForAll("startRecording") StartRecordingRequest r) {
        assertRoundTrip(r, StartRecordingRequest::fromParams);
    }
}
