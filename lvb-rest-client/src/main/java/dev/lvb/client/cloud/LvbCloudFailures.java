package dev.lvb.client.cloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import dev.lvb.core.cloud.LvbCloudAction;
import dev.lvb.core.error.LvbException;
import dev.lvb.core.error.LvbTransportException;
import jakarta.ws.rs.ProcessingException;

/**
 * Turns what a failed {@link LvbCloudApi} call threw into an {@link LvbException}: typed exceptions pass unchanged,
 * a missing configuration is {@link LvbCloudSettingsException}, unwrapped; the runtime's
 * {@link ProcessingException} and I/O failures become {@link LvbTransportException} (with
 * {@link LvbTransportException#isTimeout()}). For {@code Uni}s: {@code .onFailure().transform(e ->
 * LvbCloudFailures.translate(LvbCloudAction.DROP_LIVE_STREAM, e))}.
 */
public final class LvbCloudFailures {

    private static final int MAX_CAUSES = 16;

    private LvbCloudFailures() {
    }

    /**
     * @param action the action called
     * @param failure what the call threw
     * @return the typed exception; other runtime exceptions (configuration errors) are returned unchanged
     */
    public static RuntimeException translate(LvbCloudAction action, Throwable failure) {
        Throwable e = failure;
        for (int i = 0; i < MAX_CAUSES && e != null; i++, e = e.getCause()) {
            if (e instanceof LvbException typed) {
                return typed;
            }
            if (e instanceof LvbCloudSettingsException settings) {
                return settings;
            }
        }
        boolean transport = false;
        boolean timeout = false;
        e = failure;
        for (int i = 0; i < MAX_CAUSES && e != null; i++, e = e.getCause()) {
            transport |= e instanceof ProcessingException || e instanceof IOException
                    || e instanceof UncheckedIOException || e instanceof TimeoutException;
            timeout |= e instanceof SocketTimeoutException || e instanceof TimeoutException
                    || e instanceof HttpTimeoutException;
        }
        if (transport) {
            return new LvbTransportException(action.wireName(), timeout, failure);
        }
        if (failure instanceof RuntimeException r && !(r instanceof CompletionException)) {
            return r;
        }
        return new LvbTransportException(action.wireName(), false,
                failure instanceof ExecutionException || failure instanceof CompletionException ? failure.getCause()
                        : failure);
    }
}
