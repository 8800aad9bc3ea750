package dev.lvb.simulator;

/**
 * Details of a simulated push; every field may be {@code null} for the default.
 *
 * @param userIp the pusher's IP ({@code user_ip} of the notifications, {@code client_ip} of the statistics);
 *        default {@code 127.0.0.1}
 * @param streamParam the push URL's query string ({@code stream_param}), e.g. {@code txSecret=...&txTime=...};
 *        default empty
 * @param viewers how many viewers the statistics report while the push is live, at least 1; default a number
 *        between 1 and 50 derived from the stream id
 * @param appId the APPID that pushes (one the simulator serves): its notifications carry it and are signed with
 *        its callback key; default the simulator's main APPID
 */
public record PushOptions(String userIp, String streamParam, Integer viewers, Long appId) {

    /**
     * Details of a push by the simulator's main APPID.
     *
     * @param userIp the pusher's IP ({@code user_ip} of the notifications, {@code client_ip} of the statistics);
     *         default {@code 127.0.0.1}
     * @param streamParam the push URL's query string ({@code stream_param}), e.g. {@code txSecret=...&txTime=...};
     *         default empty
     * @param viewers how many viewers the statistics report while the push is live, at least 1; default a number
     *         between 1 and 50 derived from the stream id
     */
    public PushOptions(String userIp, String streamParam, Integer viewers) {
        this(userIp, streamParam, viewers, null);
    }

    /**
     * Rejects fewer than one viewer.
     *
     * @param userIp the pusher's IP ({@code user_ip} of the notifications, {@code client_ip} of the statistics);
     *         default {@code 127.0.0.1}
     * @param streamParam the push URL's query string ({@code stream_param}), e.g. {@code txSecret=...&txTime=...};
     *         default empty
     * @param viewers how many viewers the statistics report while the push is live, at least 1; default a number
     *         between 1 and 50 derived from the stream id
     * @param appId the APPID that pushes (one the simulator serves): its notifications carry it and are signed with
     *         its callback key; default the simulator's main APPID
     */
    public PushOptions {
        if (viewers != null && viewers < 1) {
            throw new IllegalArgumentException("viewers must be at least 1, got " + viewers);
        }
    }

    /** @return all defaults */
    public static PushOptions defaults() {
        return new PushOptions(null, null, null);
    }

    /**
     * @param count viewers, at least 1
     * @return a copy with that number of viewers
     */
    public PushOptions withViewers(int count) {
        return new PushOptions(userIp, streamParam, count, appId);
    }

    /**
     * @param value one of the simulator's APPIDs
     * @return a copy pushed by that APPID
     */
    public PushOptions withAppId(long value) {
        return new PushOptions(userIp, streamParam, viewers, value);
    }
}
