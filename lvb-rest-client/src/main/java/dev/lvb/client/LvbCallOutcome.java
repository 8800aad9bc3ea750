package dev.lvb.client;

import java.util.Locale;

import dev.lvb.client.cloud.LvbCloudSettingsException;
import dev.lvb.client.internal.LvbSettingsException;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbCloudException;
import dev.lvb.core.error.LvbFrontEndException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbMixException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.core.error.LvbValidationException;

/**
 * How an LVB call ended, in few enough values to tag a metric with: the failure families of
 * {@link dev.lvb.core.error}. See {@link LvbCallListener}.
 */
public enum LvbCallOutcome {
    /** The call succeeded. */
    SUCCESS,
    /** LVB answered {@code ret != 0} ({@link LvbApiException}). */
    LVB_ERROR,
    /**
     * LVB's front end refused the call ({@code sign invalid}, {@code appid is invalid}...:
     * {@link LvbFrontEndException}).
     */
    FRONT_END_ERROR,
    /** Stream mixing answered {@code code != 0} ({@link LvbMixException}). */
    MIX_ERROR,
    /** The Cloud API 3.0 answered an {@code Error} ({@link LvbCloudException}). */
    CLOUD_ERROR,
    /** An HTTP error status ({@link LvbHttpException}). */
    HTTP_ERROR,
    /** The reply was not LVB's JSON ({@link LvbProtocolException}). */
    PROTOCOL_ERROR,
    /** The connection failed ({@link LvbTransportException}, not a timeout). */
    TRANSPORT_ERROR,
    /** The call timed out ({@link LvbTransportException#isTimeout()}). */
    TIMEOUT,
    /** Refused before anything was sent ({@link LvbValidationException}). */
    VALIDATION_ERROR,
    /** No usable settings or credentials: a configuration problem, nothing was sent. */
    CONFIGURATION_ERROR,
    /** Anything else (a bug, an unexpected runtime failure). */
    OTHER;

    private final String tag = name().toLowerCase(Locale.ROOT);

    /** @return the lower-case name, as a metric tag value ({@code success}, {@code lvb_error}...) */
    public String tag() {
        return tag;
    }

    /**
     * @param failure what a call threw, or {@code null}
     * @return how the call ended
     */
    public static LvbCallOutcome of(Throwable failure) {
        if (failure == null) {
            return SUCCESS;
        }
        if (failure instanceof LvbApiException) {
            return LVB_ERROR;
        }
        if (failure instanceof LvbFrontEndException) {
            return FRONT_END_ERROR;
        }
        if (failure instanceof LvbMixException) {
            return MIX_ERROR;
        }
        if (failure instanceof LvbCloudException) {
            return CLOUD_ERROR;
        }
        if (failure instanceof LvbHttpException) {
            return HTTP_ERROR;
        }
        if (failure instanceof LvbProtocolException) {
            return PROTOCOL_ERROR;
        }
        if (failure instanceof LvbTransportException t) {
            return t.isTimeout() ? TIMEOUT : TRANSPORT_ERROR;
        }
        if (failure instanceof LvbValidationException) {
            return VALIDATION_ERROR;
        }
        if (failure instanceof LvbSettingsException || failure instanceof LvbCloudSettingsException) {
            return CONFIGURATION_ERROR;
        }
        return OTHER;
    }
}
