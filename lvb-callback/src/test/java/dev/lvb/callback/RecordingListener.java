package dev.lvb.callback;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

/** The test application's {@link LvbCallbackListener}: records every report. */
@ApplicationScoped
public class RecordingListener implements LvbCallbackListener {

    private final List<LvbNotificationReport> reports = new CopyOnWriteArrayList<>();
    private final List<String> threads = new CopyOnWriteArrayList<>();

    @Override
    public void onNotification(LvbNotificationReport report) {
        reports.add(report);
        threads.add(Thread.currentThread().getName());
    }

    public List<LvbNotificationReport> reports() {
        return List.copyOf(reports);
    }

    public void clear() {
        reports.clear();
        threads.clear();
    }
}
