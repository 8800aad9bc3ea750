package dev.lvb.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.lvb.callback.internal.LvbDedupeKeys;
import dev.lvb.core.json.LvbJson;
import io.vertx.core.buffer.Buffer;
import jakarta.json.JsonObject;

/**
 * The duplicate filter's key of a notification, before and after issue #17, in the same JMH run, on a ring of
 * distinct StreamBegin notifications as the callback load sends them (parsed beforehand):
 * <ul>
 * <li>{@code before}: the code of 9b7ed90 ({@link DedupeKeysBefore}): the canonical text fed to SHA-256 piece by
 * piece;</li>
 * <li>{@code after}: {@code LvbDedupeKeys.of} now: the canonical text written into a per-thread buffer and hashed
 * once (the same bytes, so the same keys);</li>
 * <li>{@code sha256Floor}: SHA-256 of the body's bytes as received (no canonical form): what hashing alone costs.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DedupeKeyBench {

    private static final int N = 1024;

    JsonObject[] parsed;
    byte[][] bodies;
    java.security.MessageDigest sha;
    int i;

    @Setup
    public void setup() throws Exception {
        parsed = new JsonObject[N];
        bodies = new byte[N][];
        try (CallbackLoad gen = new CallbackLoad(1, -1, 1)) {
            Buffer[] b = gen.notifications(N);
            for (int k = 0; k < N; k++) {
                bodies[k] = b[k].getBytes();
                parsed[k] = LvbJson.parseObject(bodies[k]);
                if (!LvbDedupeKeys.of(parsed[k]).equals(DedupeKeysBefore.of(parsed[k]))) {
                    throw new IllegalStateException("the keys differ from before on notification " + k);
                }
            }
        }
        sha = java.security.MessageDigest.getInstance("SHA-256");
    }

    private int next() {
        int k = i;
        i = (k + 1) & (N - 1);
        return k;
    }

    @Benchmark
    public String before() {
        return DedupeKeysBefore.of(parsed[next()]);
    }

    @Benchmark
    public String after() {
        return LvbDedupeKeys.of(parsed[next()]);
    }

    @Benchmark
    public byte[] sha256Floor() {
        return sha.digest(bodies[next()]);
    }
}
