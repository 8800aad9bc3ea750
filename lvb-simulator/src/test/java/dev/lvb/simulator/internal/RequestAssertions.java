package dev.lvb.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import dev.lvb.core.error.LvbValidationException;
import dev.lvb.core.wire.LvbParams;
import dev.lvb.core.wire.LvbRequestParams;
import dev.lvb.core.model.LvbRequest;

/** Shared checks of the simulator's request parsing against the client's writing. */
final class RequestAssertions {

    private RequestAssertions() {
    }

    /**
     * Asserts that {@code parse(LvbRequestParams.of(r))} equals {@code r}, directly and after form encoding and decoding (what
     * the simulator receiving the call sees).
     */
    static <R extends LvbRequest> void assertRoundTrip(R request, Function<LvbParams, R> parse) {
        LvbParams params = LvbRequestParams.of(request);
        assertThat(parse.apply(params)).isEqualTo(request);
        LvbParams received = LvbParams.parseFormEncoded(params.toFormEncoded());
        assertThat(received.entries()).isEqualTo(params.entries());
        assertThat(parse.apply(received)).isEqualTo(request);
    }

    /** Asserts that the code fails with an {@link LvbValidationException} naming {@code parameter}. */
    static void assertInvalid(String parameter, ThrowingCallable code) {
        assertThatThrownBy(code).isInstanceOfSatisfying(LvbValidationException.class, e -> {
            assertThat(e.parameter()).isEqualTo(parameter);
            assertThat(e.getMessage()).contains(parameter);
        });
    }
}
