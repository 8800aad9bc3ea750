package dev.lvb.core.error;

/** The families of Cloud API 3.0 error codes an application branches on. */
public enum LvbCloudErrorKind {
    /** {@code AuthFailure.*}: wrong SecretId/SecretKey, stale timestamp, bad token, missing permission. */
    AUTH_FAILURE,
    /** {@code RequestLimitExceeded*}, {@code LimitExceeded.RateLimitExceeded}: slow down, then retry. */
    RATE_LIMIT,
    /** {@code FailedOperation.HasNotLivingStream}, {@code InternalError.HasNotLivingStream}: nobody pushes. */
    STREAM_NOT_ACTIVE,
    /** {@code *.StreamNotExist}: the stream is unknown. */
    STREAM_NOT_FOUND,
    /** {@code ResourceNotFound.*} other than streams (task, domain, user, service stopped...). */
    RESOURCE_NOT_FOUND,
    /** {@code InvalidParameter*}, {@code MissingParameter}, {@code UnknownParameter}, {@code InvalidAction}. */
    INVALID_REQUEST,
    /** {@code LimitExceeded.*} (quotas such as running tasks). */
    LIMIT_EXCEEDED,
    /** {@code InternalError*}, {@code ServiceUnavailable}: Tencent's side. */
    SERVER_ERROR,
    /** Anything else ({@code FailedOperation.*}, {@code UnauthorizedOperation}, {@code UnsupportedOperation}...). */
    OTHER;

    /**
     * @param code a Cloud API 3.0 error code
     * @return its family
     */
    public static LvbCloudErrorKind of(String code) {
        if (code == null) {
            return OTHER;
        }
        if (code.startsWith("AuthFailure")) {
            return AUTH_FAILURE;
        }
        if (code.startsWith("RequestLimitExceeded") || code.equals("LimitExceeded.RateLimitExceeded")) {
            return RATE_LIMIT;
        }
        if (code.endsWith(".HasNotLivingStream")) {
            return STREAM_NOT_ACTIVE;
        }
        if (code.endsWith(".StreamNotExist")) {
            return STREAM_NOT_FOUND;
        }
        if (code.startsWith("ResourceNotFound")) {
            return RESOURCE_NOT_FOUND;
        }
        if (code.startsWith("InvalidParameter") || code.startsWith("MissingParameter")
                || code.startsWith("UnknownParameter") || code.equals("InvalidAction")) {
            return INVALID_REQUEST;
        }
        if (code.startsWith("LimitExceeded")) {
            return LIMIT_EXCEEDED;
        }
        if (code.startsWith("InternalError") || code.startsWith("ServiceUnavailable")) {
            return SERVER_ERROR;
        }
        return OTHER;
    }
}
