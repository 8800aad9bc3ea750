package dev.lvb.client.internal;

import dev.lvb.core.wire.LvbRequestParams;
import dev.lvb.core.model.StreamStatusRequest;

/**
 * Benchmark-only door into lvb-rest-client's package-private steps (same package on the class path), so that
 * {@code dev.lvb.bench.Steps} can time them alone. Not part of the library.
 */
public final class BenchClientAccess {

    private BenchClientAccess() {
    }

    /** The query value LvbParamConverter makes of getStatus(stream)'s request record. */
    public static String statusRequestQuery(String stream) {
        return LvbParamConverter.encode(LvbRequestParams.of(new StreamStatusRequest(stream)).toFormEncoded());
    }
}
