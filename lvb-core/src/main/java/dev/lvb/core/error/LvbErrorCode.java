package dev.lvb.core.error;

import java.util.Optional;

/** The documented non-zero {@code ret} values of the legacy APIs. */
public enum LvbErrorCode implements LvbDocumentedCode {
    /** The account is not registered for the statistics API. */
    STAT_USER_NOT_REGISTERED(1000, "user not registered for statapi"),
    /** The statistics service is stopped for this account. */
    STAT_SERVICE_STOPPED(1001, "statapi service stopped"),
    /** LVB internal error. */
    INTERNAL_ERROR(1201, "internal error"),
    /** Invalid request or frequency limit reached. */
    INVALID_REQUEST_OR_RATE_LIMITED(1202, "invalid request or frequency limit"),
    /** An input parameter is invalid. */
    INVALID_INPUT_PARAM(1204, "invalid input param"),
    /** Real-time statistics: the stream is not live. */
    NO_LIVE_STREAM(1301, "has not live stream"),
    /** The query returned no data (for example no playback in the time range). */
    QUERY_DATA_EMPTY(10003, "query data is empty"),
    /** Live_Channel_GetStatus: the stream id has never been pushed. */
    STREAM_NEVER_PUSHED(20601, "stream id has never been pushed");

    private final int ret;
    private final String description;

    LvbErrorCode(int ret, String description) {
        this.ret = ret;
        this.description = description;
    }

    /** @return the {@code ret} value */
    public int ret() {
        return ret;
    }

    @Override
    public int value() {
        return ret;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * @param ret a {@code ret} value
     * @return the documented code, if it is one
     */
    public static Optional<LvbErrorCode> of(int ret) {
        return LvbDocumentedCode.find(LvbErrorCode.class, ret);
    }
}
