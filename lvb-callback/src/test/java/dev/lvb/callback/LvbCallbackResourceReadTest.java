package dev.lvb.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/** The bounded read, without HTTP. */
class LvbCallbackResourceReadTest {

    @Test
    void readsAtMostTheLimit() throws IOException {
        byte[] data = new byte[100_000];
        assertThat(LvbCallbackResource.readAtMost(new ByteArrayInputStream(data), 65_537)).hasSize(65_537);
        assertThat(LvbCallbackResource.readAtMost(new ByteArrayInputStream(data), 200_000)).hasSize(100_000);
        assertThat(LvbCallbackResource.readAtMost(new ByteArrayInputStream(new byte[0]), 10)).isEmpty();
        assertThat(LvbCallbackResource.readAtMost(null, 10)).isEmpty();
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
        assertThat(LvbCallbackResource.readAtMost(trickle, 16_385)).hasSize(16_385);
    }
}
