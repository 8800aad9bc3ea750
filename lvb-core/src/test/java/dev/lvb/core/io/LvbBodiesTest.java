package dev.lvb.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bounded read, without HTTP. */
class LvbBodiesTest {

    @Test
    void readsAtMostTheLimit() throws IOException {
        byte[] data = new byte[100_000];
        assertThat(LvbBodies.readAtMost(new ByteArrayInputStream(data), 65_537, -1)).hasSize(65_537);
        assertThat(LvbBodies.readAtMost(new ByteArrayInputStream(data), 200_000, -1)).hasSize(100_000);
        assertThat(LvbBodies.readAtMost(new ByteArrayInputStream(new byte[0]), 10, -1)).isEmpty();
        assertThat(LvbBodies.readAtMost(null, 10, -1)).isEmpty();
    }

    @Test
    void copesWithStreamsThatTrickle() throws IOException {
        InputStream trickle = new InputStream() {
            int left = 20_000;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                b[off] = 'x';
                left--;
                return 1;
            }
        };
        assertThat(LvbBodies.readAtMost(trickle, 16_385, -1)).hasSize(16_385);
    }

    @ParameterizedTest(name = "{0} bytes announced as {1}")
    @CsvSource({
            // the body is what the stream holds, whatever Content-Length said
            "1000, 1000", "1000, -1", "1000, 0", "1000, 10", "1000, 999", "1000, 1001", "1000, 5000",
            "0, 0", "0, 100", "1, 0", "16384, 16384", "16384, 1", "16384, 16383", "16384, 16385",
            // beyond the limit (16384): limit + 1 bytes are read and no more, so the caller sees it is too large
            "16385, 16385", "16385, 16384", "16385, 0", "16385, -1", "100000, 16384", "100000, 100", "100000, 0" })
    void theAnnouncedLengthOnlySizesTheBuffer(int size, long announced) throws IOException {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        int max = 16_384 + 1;
        byte[] expected = Arrays.copyOf(data, Math.min(size, max));
        assertThat(LvbBodies.readAtMost(new ByteArrayInputStream(data), max, announced)).isEqualTo(expected);
        assertThat(LvbBodies.readAtMost(trickle(data), max, announced)).isEqualTo(expected);
    }

    /** A stream that gives at most 7 bytes per read, like a slow network. */
    private static InputStream trickle(byte[] data) {
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
    }
}
