package dev.lvb.callback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

/**
 * The question the dispatcher asks, in a real container (ArC, the module's test application, whose
 * {@code RecordingObserver} has an {@code @ObservesAsync LvbEvent} method): it must be answerable, or the dispatcher
 * would silently fall back to firing asynchronously every time.
 */
@QuarkusTest
class LvbEventDispatcherContainerTest {

    @Inject
    BeanManager beans;

    @Test
    void theContainerFindsTheAsyncObserverOfEveryEventType() {
        assertThat(LvbEventDispatcher.hasAsyncObserver(beans, LvbEventDispatcherTest.BEGIN)).isTrue();
        assertThat(LvbEventDispatcher.hasAsyncObserver(beans, LvbEventDispatcherTest.END)).isTrue();
    }
}
