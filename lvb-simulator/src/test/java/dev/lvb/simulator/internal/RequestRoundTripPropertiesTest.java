package dev.lvb.simulator.internal;

import static dev.lvb.simulator.internal.RequestAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbTime;
import dev.lvb.core.wire.LvbRequestParams;
import dev.lvb.core.testing.Gen;
import dev.lvb.core.testing.Property;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.RecordType;
import dev.lvb.core.model.RecordingFilesRequest;
import dev.lvb.core.model.RecordingFormat;
import dev.lvb.core.model.RecordingMode;
import dev.lvb.core.model.SortOrder;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;

/**
 * The simulator reads back what the client writes: parse(LvbRequestParams.of(r)) == r for arbitrary valid requests, also
 * through form encoding.
 */
class RequestRoundTripPropertiesTest {
    private static final int TRIES = 1000;

    /**
     * Ids as LVB accepts them: no whitespace or control characters, anything else (incl. &amp;, =, +, %, 中文,
     * Latin-1, emoji as surrogate pairs, noncharacters). Well-formed text only: a lone surrogate cannot be sent as
     * UTF-8 (form encoding turns it into '?').
     */
    static final Gen<String> IDS = Gen.strings(Gen.frequency(
            Gen.weighted(6, Gen.ANY.filter(c -> c < 0xD800 || c > 0xDFFF)),
            Gen.weighted(2, Gen.chars("&=+%#?/;,:@$!*'()[]{}<>\"\\|^`~")), Gen.weighted(1, Gen.CJK),
            Gen.weighted(1, Gen.EMOJI)), 1, 24)
            .filter(s -> s.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)))
            .filter(s -> !s.isBlank());

    /** Ids that must always round trip: every character form encoding treats specially. */
    static final List<String> EDGE_IDS = List.of("a", "a&b=c+d%20e", "%", "+", "直播", "😀", "ÿ", "x".repeat(24),
            "\u00A0", "\uFEFFid", "a\u00ADb", "\uFFFF");

    // ---- RecordingFilesRequest ----------------------------------------------------------------------------------

    static final Gen<Long> CST_DAYS = Gen.longs(16_000, 25_000); // days since 1970, 2013-2038
    static final Gen<Integer> SECONDS_OF_DAY = Gen.ints(0, 86_399);

    static final Gen<Integer> NANOS = Gen.ints(0, 999_999_999);

    static final Gen<Integer> PAGE_NOS = Gen.ints(1, Integer.MAX_VALUE).orNull(0.3);

    static final Gen<Instant[]> WINDOWS = r -> {
        long day = CST_DAYS.apply(r);
        int a = SECONDS_OF_DAY.apply(r);
        int b = SECONDS_OF_DAY.apply(r);
        int n = NANOS.apply(r);
        long midnightCst = day * 86_400 - 8 * 3600;
        return new Instant[] { Instant.ofEpochSecond(midnightCst + Math.min(a, b), n),
                Instant.ofEpochSecond(midnightCst + Math.max(a, b)) };
    };

    static final Gen<Integer> PAGE_SIZES = Gen.ints(1, 100).orNull(0.3);

    static final Gen<SortOrder> SORTS = Gen.enums(SortOrder.class).orNull(0.3);

    /** 0: both ends given, 1: no start, 2: no end, 3: both ends given. */
    static final Gen<Integer> OPEN_ENDS = Gen.ints(0, 3);

    static final Gen<RecordingFilesRequest> RECORDING_FILES = r -> {
        String id = IDS.apply(r);
        Integer no = PAGE_NOS.apply(r);
        Integer size = PAGE_SIZES.apply(r);
        SortOrder sort = SORTS.apply(r);
        Instant[] w = WINDOWS.apply(r);
        int open = OPEN_ENDS.apply(r);
        return new RecordingFilesRequest(id, no, size, sort, open == 1 ? null : w[0], open == 2 ? null : w[1]);
    };

    @Test
    void recordingFilesRequestsRoundTrip() {
        long firstDay = 16_000L * 86_400 - 8 * 3600;
        long lastDay = 25_000L * 86_400 - 8 * 3600;
        List<RecordingFilesRequest> edges = EDGE_IDS.stream().map(id -> new RecordingFilesRequest(id, 1, 1,
                SortOrder.values()[0], Instant.ofEpochSecond(firstDay), Instant.ofEpochSecond(firstDay + 86_399)))
                .collect(java.util.stream.Collectors.toList());
        edges.add(new RecordingFilesRequest("a", Integer.MAX_VALUE, 100, null, null, null));
        edges.add(new RecordingFilesRequest("a", null, null, null, Instant.ofEpochSecond(lastDay, 999_999_999),
                Instant.ofEpochSecond(lastDay + 86_399)));
        edges.add(new RecordingFilesRequest("a", null, null, null, Instant.ofEpochSecond(lastDay + 1, 1), null));
        edges.add(new RecordingFilesRequest("a", null, null, null, null, Instant.ofEpochSecond(lastDay)));
        Property.forAll("recordingFilesRequestsRoundTrip", TRIES, edges, RECORDING_FILES, r -> {
            assertRoundTrip(r, RequestParsers::recordingFiles);
            if (r.startTime() != null && r.endTime() != null) {
                assertThat(LvbTime.cstDate(r.startTime())).isEqualTo(LvbTime.cstDate(r.endTime()));
            }
        });
    }

    // ---- StopRecordingRequest -----------------------------------------------------------------------------------

    static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    static final Gen<String> TASK_IDS = Gen.oneOf(Gen.bigIntegers(BigInteger.ZERO, MAX_U64),
            Gen.bigIntegers(MAX_U64.subtract(BigInteger.valueOf(1000)), MAX_U64)).map(BigInteger::toString);

    static final Gen<RecordingMode> STOP_MODES = Gen.enums(RecordingMode.class).orNull(0.3);

    static final Gen<StopRecordingRequest> STOP_RECORDING = r -> new StopRecordingRequest(IDS.apply(r),
            TASK_IDS.apply(r), STOP_MODES.apply(r));

    @Test
    void stopRecordingRequestsRoundTrip() {
        List<StopRecordingRequest> edges = List.of(new StopRecordingRequest("a", "0", null),
                new StopRecordingRequest("a&b", MAX_U64.toString(), RecordingMode.values()[0]),
                new StopRecordingRequest("直播", Long.toString(Long.MAX_VALUE), null),
                new StopRecordingRequest("😀", new BigInteger(Long.toString(Long.MAX_VALUE)).add(BigInteger.ONE)
                        .toString(), null));
        Property.forAll("stopRecordingRequestsRoundTrip", TRIES, edges, STOP_RECORDING, r -> {
            assertRoundTrip(r, RequestParsers::stopRecording);
            assertThat(LvbRequestParams.of(r).get("Param.n.task_id")).contains(r.taskId());
        });
    }

    // ---- LiveStatRequest ----------------------------------------------------------------------------------------

    static final Gen<Integer> STAT_PAGE_SIZES = Gen.ints(1, 300).orNull(0.3);

    static final Gen<String> OPTIONAL_IDS = IDS.orNull(0.3);

    static final Gen<LiveStatRequest> LIVE_STAT = r -> new LiveStatRequest(PAGE_NOS.apply(r),
            STAT_PAGE_SIZES.apply(r), OPTIONAL_IDS.apply(r), OPTIONAL_IDS.apply(r), OPTIONAL_IDS.apply(r));

    @Test
    void liveStatRequestsRoundTrip() {
        List<LiveStatRequest> edges = List.of(new LiveStatRequest(null, null, null, null, null),
                new LiveStatRequest(1, 1, "a", "b", "c"), new LiveStatRequest(Integer.MAX_VALUE, 300, "%", "+", "&"));
        Property.forAll("liveStatRequestsRoundTrip", TRIES, edges, LIVE_STAT,
                r -> assertRoundTrip(r, RequestParsers::liveStat));
    }

    // ---- StartRecordingRequest ----------------------------------------------------------------------------------

    record StartParts(String id, RecordingMode mode, Instant start, long length, RecordingFormat format,
            RecordType type, String path, Boolean mix) {
    }

    static final Gen<RecordingMode> START_MODES = Gen.enums(RecordingMode.class).orNull(0.2);

    static final Gen<Instant> STARTS = Gen.longs(1_400_000_000L, 2_000_000_000L).map(Instant::ofEpochSecond);

    static final Gen<Long> LENGTHS = Gen.longs(1, 86_400);

    static final Gen<RecordingFormat> FORMATS = Gen.enums(RecordingFormat.class).orNull(0.3);

    static final Gen<RecordType> TYPES = Gen.enums(RecordType.class).orNull(0.3);

    static final Gen<String> PATHS = IDS.orNull(0.5);

    static final Gen<Boolean> MIX = Gen.booleans().orNull(0.3);

    static final Gen<StartParts> START_PARTS = r -> new StartParts(IDS.apply(r), START_MODES.apply(r),
            STARTS.apply(r), LENGTHS.apply(r), FORMATS.apply(r), TYPES.apply(r), PATHS.apply(r), MIX.apply(r));

    static final Gen<StartRecordingRequest> START_RECORDING = START_PARTS
            .filter(p -> p.format() != RecordingFormat.AAC || p.type() == RecordType.AUDIO)
            .map(p -> new StartRecordingRequest(p.id(), p.mode(), p.start(), p.start().plusSeconds(p.length()),
                    p.format(), p.type(), p.path(), p.path(), p.mix()));

    @Test
    void startRecordingRequestsRoundTrip() {
        Instant start = Instant.ofEpochSecond(1_400_000_000L);
        Instant last = Instant.ofEpochSecond(2_000_000_000L);
        List<StartRecordingRequest> edges = List.of(
                new StartRecordingRequest("a", null, start, start.plusSeconds(1), null, null, null, null, null),
                new StartRecordingRequest("a&b", RecordingMode.values()[0], last, last.plusSeconds(86_400),
                        RecordingFormat.AAC, RecordType.AUDIO, "p=1&q", "p=1&q", true),
                new StartRecordingRequest("直播😀", null, start, start.plusSeconds(60), null, null, "%", "%", false));
        Property.forAll("startRecordingRequestsRoundTrip", TRIES, edges, START_RECORDING,
                r -> assertRoundTrip(r, RequestParsers::startRecording));
    }
}
