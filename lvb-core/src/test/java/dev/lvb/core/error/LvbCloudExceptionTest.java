package dev.lvb.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LvbCloudExceptionTest {

    @Test
    void carriesCodeMessageRequestIdAndKind() {
        LvbCloudException e = new LvbCloudException("DropLiveStream", "FailedOperation.HasNotLivingStream",
                "no living stream", "req-1");
        assertThat(e.interfaceName()).isEqualTo("DropLiveStream");
        assertThat(e.code()).isEqualTo("FailedOperation.HasNotLivingStream");
        assertThat(e.lvbMessage()).isEqualTo("no living stream");
        assertThat(e.requestId()).contains("req-1");
        assertThat(e.kind()).isEqualTo(LvbCloudErrorKind.STREAM_NOT_ACTIVE);
        assertThat(e.isTransient()).isFalse();
        assertThat(e).isInstanceOf(LvbException.class).hasMessageContaining("req-1")
                .hasMessageContaining("FailedOperation.HasNotLivingStream");
    }

    @Test
    void classifiesTheCodesUsersBranchOn() {
        assertThat(LvbCloudErrorKind.of("AuthFailure.SignatureExpire")).isEqualTo(LvbCloudErrorKind.AUTH_FAILURE);
        assertThat(LvbCloudErrorKind.of("RequestLimitExceeded")).isEqualTo(LvbCloudErrorKind.RATE_LIMIT);
        assertThat(LvbCloudErrorKind.of("LimitExceeded.RateLimitExceeded")).isEqualTo(LvbCloudErrorKind.RATE_LIMIT);
        assertThat(LvbCloudErrorKind.of("LimitExceeded.MaximumRunningTask"))
                .isEqualTo(LvbCloudErrorKind.LIMIT_EXCEEDED);
        assertThat(LvbCloudErrorKind.of("InternalError.HasNotLivingStream"))
                .isEqualTo(LvbCloudErrorKind.STREAM_NOT_ACTIVE);
        assertThat(LvbCloudErrorKind.of("ResourceUnavailable.StreamNotExist"))
                .isEqualTo(LvbCloudErrorKind.STREAM_NOT_FOUND);
        assertThat(LvbCloudErrorKind.of("ResourceNotFound.TaskId")).isEqualTo(LvbCloudErrorKind.RESOURCE_NOT_FOUND);
        assertThat(LvbCloudErrorKind.of("MissingParameter")).isEqualTo(LvbCloudErrorKind.INVALID_REQUEST);
        assertThat(LvbCloudErrorKind.of("InternalError")).isEqualTo(LvbCloudErrorKind.SERVER_ERROR);
        assertThat(LvbCloudErrorKind.of("UnauthorizedOperation")).isEqualTo(LvbCloudErrorKind.OTHER);
        assertThat(LvbCloudErrorKind.of(null)).isEqualTo(LvbCloudErrorKind.OTHER);
    }
}
