package dev.lvb.callback;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The test application's observer of {@link LvbNotificationReport}: records every report. */
@ApplicationScoped
public class RecordingReportObserver {

    private final List<LvbNotificationReport> reports = new CopyOnWriteArrayList<>();
    private final List<String> threads = new CopyOnWriteArrayList<>();

    void onNotification(@Observes LvbNotificationReport report) {
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
