package dev.lvb.core.model;

import java.util.Optional;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * One file of Live_Tape_GetFilelist: the five documented fields and the ones captured replies carry besides (every
 * value a string on the wire).
 *
 * @param vid the VOD video id
 * @param startTime start, CST text (see {@link dev.lvb.core.LvbTime})
 * @param endTime end, CST text
 * @param fileId the VOD file id
 * @param recordFileUrl the download URL; may be empty (see {@link #url(String)})
 * @param fileSize bytes (not in the documentation; captured replies send it as a string)
 * @param fileFormat the container as a code, e.g. {@code "1"} FLV, {@code "3"} MP4 (see {@link #format()})
 * @param streamId the stream
 * @param createTime when the file was created, as sent
 * @param expireTime when the file expires, as sent
 * @param id LVB's record id
 * @param recordFileId the VOD 2.0 file id
 * @param taskId the recording task ({@code null} for template recordings)
 * @param taskSubType the task's sub type, as sent
 * @param appId the APPID, as sent
 * @param errCode the file's error code, as sent
 * @param vod2Flag 1 when VOD 2.0 is enabled, as sent
 * @param raw the JSON this value was read from; empty for a value built in code
 */
public record RecordingFile(
        @JsonbProperty("vid") String vid,
        @JsonbProperty("start_time") String startTime,
        @JsonbProperty("end_time") String endTime,
        @JsonbProperty("file_id") String fileId,
        @JsonbProperty("record_file_url") String recordFileUrl,
        @JsonbProperty("file_size") Long fileSize,
        @JsonbProperty("file_format") String fileFormat,
        @JsonbProperty("stream_id") String streamId,
        @JsonbProperty("create_time") String createTime,
        @JsonbProperty("expire_time") String expireTime,
        @JsonbProperty("id") String id,
        @JsonbProperty("record_file_id") String recordFileId,
        @JsonbProperty("task_id") String taskId,
        @JsonbProperty("task_sub_type") String taskSubType,
        @JsonbProperty("appid") String appId,
        @JsonbProperty("err_code") String errCode,
        @JsonbProperty("vod2Flag") String vod2Flag,
        @JsonbTransient JsonObject raw) {

    /**
     * A missing {@code raw} is an empty object.
     *
     * @param vid the VOD video id
     * @param startTime start, CST text (see {@link dev.lvb.core.LvbTime})
     * @param endTime end, CST text
     * @param fileId the VOD file id
     * @param recordFileUrl the download URL; may be empty (see {@link #url(String)})
     * @param fileSize bytes (not in the documentation; captured replies send it as a string)
     * @param fileFormat the container as a code, e.g. {@code "1"} FLV, {@code "3"} MP4 (see {@link #format()})
     * @param streamId the stream
     * @param createTime when the file was created, as sent
     * @param expireTime when the file expires, as sent
     * @param id LVB's record id
     * @param recordFileId the VOD 2.0 file id
     * @param taskId the recording task ({@code null} for template recordings)
     * @param taskSubType the task's sub type, as sent
     * @param appId the APPID, as sent
     * @param errCode the file's error code, as sent
     * @param vod2Flag 1 when VOD 2.0 is enabled, as sent
     * @param raw the JSON this value was read from; empty for a value built in code
     */
    @JsonbCreator
    public RecordingFile {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    }

    /**
     * Without the JSON: for values built in code ({@link #raw()} is empty).
     *
     * @param vid the VOD video id
     * @param startTime start, CST text (see {@link dev.lvb.core.LvbTime})
     * @param endTime end, CST text
     * @param fileId the VOD file id
     * @param recordFileUrl the download URL; may be empty (see {@link #url(String)})
     * @param fileSize bytes (not in the documentation; captured replies send it as a string)
     * @param fileFormat the container as a code, e.g. {@code "1"} FLV, {@code "3"} MP4 (see {@link #format()})
     * @param streamId the stream
     * @param createTime when the file was created, as sent
     * @param expireTime when the file expires, as sent
     * @param id LVB's record id
     * @param recordFileId the VOD 2.0 file id
     * @param taskId the recording task ({@code null} for template recordings)
     * @param taskSubType the task's sub type, as sent
     * @param appId the APPID, as sent
     * @param errCode the file's error code, as sent
     * @param vod2Flag 1 when VOD 2.0 is enabled, as sent
     */
    public RecordingFile(String vid, String startTime, String endTime, String fileId, String recordFileUrl,
            Long fileSize, String fileFormat, String streamId, String createTime, String expireTime, String id,
            String recordFileId, String taskId, String taskSubType, String appId, String errCode, String vod2Flag) {
        this(vid, startTime, endTime, fileId, recordFileUrl, fileSize, fileFormat, streamId, createTime, expireTime,
                id, recordFileId, taskId, taskSubType, appId, errCode, vod2Flag, null);
    }

    @Override
    public boolean equals(Object o) {
        return LvbRaw.equals(this, o);
    }

    @Override
    public int hashCode() {
        return LvbRaw.hashCode(this);
    }

    @Override
    public String toString() {
        return LvbRaw.toString(this);
    }


    /**
     * Without the fields only captured replies carry (the five documented ones).
     *
     * @param vid the VOD video id
     * @param startTime start, CST text (see {@link dev.lvb.core.LvbTime})
     * @param endTime end, CST text
     * @param fileId the VOD file id
     * @param recordFileUrl the download URL; may be empty (see {@link #url(String)})
     */
    public RecordingFile(String vid, String startTime, String endTime, String fileId, String recordFileUrl) {
        this(vid, startTime, endTime, fileId, recordFileUrl, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /**
     * @return the container of {@code file_format}, a numeric code in captured replies ({@code "1"} FLV,
     *         {@code "2"} HLS, {@code "3"} MP4, {@code "4"} AAC) or a name; empty when absent or unknown
     */
    public Optional<RecordingFormat> format() {
        if (fileFormat == null) {
            return Optional.empty();
        }
        return switch (fileFormat.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "1", "flv" -> Optional.of(RecordingFormat.FLV);
            case "2", "hls", "m3u8" -> Optional.of(RecordingFormat.HLS);
            case "3", "mp4" -> Optional.of(RecordingFormat.MP4);
            case "4", "aac" -> Optional.of(RecordingFormat.AAC);
            default -> Optional.empty();
        };
    }

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
