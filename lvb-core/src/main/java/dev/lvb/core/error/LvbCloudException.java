package dev.lvb.core.error;

import java.util.Optional;

/**
 * Tencent's Cloud API answered {@code {"Response":{"Error":{"Code","Message"},"RequestId"}}}. {@link #code()} is
 * Tencent's code (e.g. {@code AuthFailure.SignatureExpire}), {@link #kind()} its family, {@link #requestId()} what
 * Tencent support asks for. {@link #interfaceName()} is the action.
 */
public class LvbCloudException extends LvbException {

    /** Tencent's {@code RequestId} of the failed call, or {@code null}. */
    private final String requestId;
    /** The family of the error code. */
    private final LvbCloudErrorKind kind;

    /**
     * @param action the {@code X-TC-Action} of the call
     * @param code Tencent's error code
     * @param message Tencent's message, or {@code null}
     * @param requestId the {@code RequestId}, or {@code null}
     */
    public LvbCloudException(String action, String code, String message, String requestId) {
        super(action, code, message, "Tencent Cloud API error" + (requestId == null ? "" : " [RequestId "
                + Redaction.clip(requestId) + "]"), null);
        this.requestId = requestId;
        this.kind = LvbCloudErrorKind.of(code);
    }

    /** @return the {@code RequestId} Tencent gave the failed call */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return the family of {@link #code()} */
    public LvbCloudErrorKind kind() {
        return kind;
    }

    /** @return whether the code says the call may succeed later unchanged (rate limit, Tencent's internal error) */
    public boolean isTransient() {
        return kind == LvbCloudErrorKind.RATE_LIMIT || kind == LvbCloudErrorKind.SERVER_ERROR;
    }
}
