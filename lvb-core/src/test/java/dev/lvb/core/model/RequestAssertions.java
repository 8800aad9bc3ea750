package dev.lvb.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;

import dev.lvb.core.error.LvbValidationException;
import dev.lvb.core.internal.LvbParams;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared checks of the request models. */
final class RequestAssertions {

    private RequestAssertions() {
    }

    /**
     * Asserts that {@code fromParams(toParams(r))} equals {@code r}, directly and after form encoding and decoding
     * (what a server receiving the call sees).
     */
    static <R extends LvbRequest> void assertRoundTrip(R request, Function<LvbParams, R> fromParams) {
        LvbParams params = request.toParams();
        assertThat(fromParams.apply(params)).isEqualTo(request);
        LvbParams received = LvbParams.parseFormEncoded(params.toFormEncoded());
        assertThat(received.entries()).isEqualTo(params.entries());
        assertThat(fromParams.apply(received)).isEqualTo(request);
    }

    /** Asserts that the code fails with an {@link LvbValidationException} naming {@code parameter}. */
    static void assertInvalid(String parameter, ThrowingCallable code) {
        assertThatThrownBy(code).isInstanceOfSatisfying(LvbValidationException.class, e -> {
            assertThat(e.parameter()).isEqualTo(parameter);
            assertThat(e.getMessage()).contains(parameter);
        });
    }
}
