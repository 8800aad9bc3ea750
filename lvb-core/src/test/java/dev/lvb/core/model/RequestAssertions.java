package dev.lvb.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lvb.core.error.LvbValidationException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared checks of the request models. */
final class RequestAssertions {

    private RequestAssertions() {
    }

    /** Asserts that the code fails with an {@link LvbValidationException} naming {@code parameter}. */
    static void assertInvalid(String parameter, ThrowingCallable code) {
        assertThatThrownBy(code).isInstanceOfSatisfying(LvbValidationException.class, e -> {
            assertThat(e.parameter()).isEqualTo(parameter);
            assertThat(e.getMessage()).contains(parameter);
        });
    }
}
