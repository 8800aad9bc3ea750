package dev.lvb.core.cloud.model;

/** A reply of the Cloud API: the content of {@code Response}, with Tencent's {@code RequestId}. */
public interface LvbCloudReply {

    /** @return the {@code RequestId} Tencent gave the call (quote it to Tencent support) */
    String requestId();
}
