package dev.lvb.callback.internal;

import java.io.IOException;
import java.io.InputStream;

import org.jboss.logging.Logger;

import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.callback.LvbDedupeStore;
import dev.lvb.callback.LvbNotificationOutcome;
import dev.lvb.callback.LvbNotificationReport;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.core.io.LvbBodies;
import dev.lvb.core.json.LvbBinders;

/**
 * One notification from HTTP to its report: reads the body once (at most the limit, refusing a larger
 * {@code Content-Length} unread), handles it and fires the report. Shared by {@code LvbCallbackEndpoint} and the
 * Quarkus extension's endpoints of named accounts, which differ only in their credentials, store and dispatcher.
 */
public final class LvbCallbackReceiver {

    private static final Logger LOG = Logger.getLogger(LvbCallbackReceiver.class);

    private final LvbCallbackHandler handler;
    private final LvbEventDispatcher dispatcher;

    /**
     * @param settings the receiver's settings
     * @param credentials supplies the callback key
     * @param dedupe remembers delivered events
     * @param dispatcher fires events and reports to the observers
     */
    public LvbCallbackReceiver(LvbCallbackSettings settings, LvbCredentialsProvider credentials, LvbDedupeStore dedupe,
            LvbEventDispatcher dispatcher) {
        this(settings, credentials, dedupe, dispatcher, null);
    }

    /**
     * @param settings the receiver's settings
     * @param credentials supplies the callback key
     * @param dedupe remembers delivered events
     * @param dispatcher fires events and reports to the observers
     * @param binders binds events without JSON-B, or {@code null} for JSON-B
     */
    public LvbCallbackReceiver(LvbCallbackSettings settings, LvbCredentialsProvider credentials, LvbDedupeStore dedupe,
            LvbEventDispatcher dispatcher, LvbBinders binders) {
        this.handler = new LvbCallbackHandler(settings, credentials, dedupe, dispatcher, LvbLeaseTimer.shared(),
                binders);
        this.dispatcher = dispatcher;
    }

    /** @return the largest body accepted */
    public int maxBodyBytes() {
        return handler.settings().maxBodyBytes();
    }

    /**
     * @param contentLength the announced body length, if any
     * @param body the raw body
     * @param replay whether a developer replayed it (dev mode, token already admitted)
     * @return what happened, already reported to the observers; {@link LvbCallbackHandler#answerJson} is the answer
     */
    public LvbNotificationReport receive(String contentLength, InputStream body, boolean replay) {
        int limit = maxBodyBytes();
        long announced = LvbBodies.contentLength(contentLength);
        LvbNotificationReport report;
        if (announced > limit) {
            report = handler.tooLarge();
        } else {
            byte[] bytes = null;
            try {
                bytes = LvbBodies.readAtMost(body, limit + 1, announced);
            } catch (IOException e) {
                LOG.debugf("LVB notification could not be read: %s", e.getClass().getName());
            }
            if (bytes == null) {
                report = new LvbNotificationReport(null, LvbNotificationOutcome.REJECTED_MALFORMED, 400,
                        "body could not be read", null);
            } else {
                report = replay ? handler.handle(bytes, dispatcher::replay) : handler.handle(bytes);
            }
        }
        dispatcher.report(report);
        return report;
    }
}
