package dev.lvb.callback;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/** A second {@link LvbCallbackListener} of the test application that throws while told to. */
@ApplicationScoped
public class ThrowingListener implements LvbCallbackListener {

    private volatile boolean throwing;
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public void onNotification(LvbNotificationReport report) {
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
