package dev.lvb.callback;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** A second observer of {@link LvbNotificationReport} that throws while told to. */
@ApplicationScoped
public class ThrowingReportObserver {

    private volatile boolean throwing;
    private final AtomicInteger calls = new AtomicInteger();

    void onNotification(@Observes LvbNotificationReport report) {
        calls.incrementAndGet();
        if (throwing) {
            throw new IllegalStateException("listener failure requested by the test");
        }
    }

    public void throwing(boolean throwing) {
        this.throwing = throwing;
    }

    public int calls() {
        return calls.get();
    }
}
