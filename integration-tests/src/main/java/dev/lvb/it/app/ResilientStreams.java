package dev.lvb.it.app;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.lvb.client.LvbApi;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.core.model.StreamStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How an application adds retries, written as a user would: the library never retries a call itself, so the
 * application puts a MicroProfile Fault Tolerance policy on its own bean method around the LVB call. (The
 * annotation goes here, not on {@code LvbApi}: its typed methods are default methods of the REST client interface,
 * which CDI interceptors do not reach.)
 * <p>
 * Only calls that are harmless to repeat may be wrapped like this ({@link LvbInterface#retrySafe()}): reads such as
 * {@code Live_Channel_GetStatus}. Never {@code startRecording} ({@code Live_Tape_Start}: a retry after a timeout
 * creates a second recording task), {@code startMix}/{@code cancelMix} (mixing) or {@code getScreenshotQueue}
 * (each call dequeues what it returns): after a transport failure nobody knows whether LVB acted, so the
 * application must look (e.g. list the tasks) instead of sending again.
 */
@ApplicationScoped
public class ResilientStreams {

    @Inject
    @RestClient
    LvbApi lvb;

    /**
     * {@code Live_Channel_GetStatus}, retried twice (three attempts at most) when the connection broke or timed out;
     * LVB's own refusals ({@code LvbApiException}...) are answers and are not retried.
     *
     * @param streamId the stream
     * @return its status
     */
    @Retry(maxRetries = 2, delay = 50, jitter = 0, retryOn = LvbTransportException.class)
    public StreamStatus status(String streamId) {
        return lvb.getStatus(streamId);
    }
}
