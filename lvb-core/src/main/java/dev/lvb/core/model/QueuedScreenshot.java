package dev.lvb.core.model;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * One message of the screenshot queue (Live_Queue_Get).
 *
 * @param streamId the stream
 * @param picFullUrl the picture URL, as documented
 * @param picUrl the picture URL under the name some setups use
 * @param createTime when it was taken, UNIX seconds
 */
public record QueuedScreenshot(
        @JsonbProperty("stream_id") String streamId,
        @JsonbProperty("pic_full_url") String picFullUrl,
        @JsonbProperty("pic_url") String picUrl,
        @JsonbProperty("create_time") @JsonbTypeDeserializer(Lenient.LongValue.class) Long createTime) {

    /** @return {@code pic_full_url}, or {@code pic_url} when only that was sent */
    public String url() {
        return picFullUrl != null && !picFullUrl.isEmpty() ? picFullUrl : picUrl;
    }
}
