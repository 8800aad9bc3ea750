package dev.lvb.core.model;

import java.util.Optional;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * One file of Live_Tape_GetFilelist.
 *
 * @param vid the VOD video id
 * @param startTime start, CST text (see {@link dev.lvb.core.LvbTime})
 * @param endTime end, CST text
 * @param fileId the VOD file id
 * @param recordFileUrl the download URL; may be empty (see {@link #url(String)})
 */
public record RecordingFile(
        @JsonbProperty("vid") @JsonbTypeDeserializer(Lenient.Text.class) String vid,
        @JsonbProperty("start_time") @JsonbTypeDeserializer(Lenient.Text.class) String startTime,
        @JsonbProperty("end_time") @JsonbTypeDeserializer(Lenient.Text.class) String endTime,
        @JsonbProperty("file_id") @JsonbTypeDeserializer(Lenient.Text.class) String fileId,
        @JsonbProperty("record_file_url") String recordFileUrl) {

    /**
     * @param vodBizId the account's VOD bizid, used when LVB sent no URL
     * @return {@code record_file_url}, or LVB's documented fallback {@code http://{vodBizId}.vod.myqcloud.com/{vid}.f0.flv}
     */
    public Optional<String> url(String vodBizId) {
        if (recordFileUrl != null && !recordFileUrl.isEmpty()) {
            return Optional.of(recordFileUrl);
        }
        if (vodBizId == null || vid == null || vid.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("http://" + vodBizId + ".vod.myqcloud.com/" + vid + ".f0.flv");
    }
}
