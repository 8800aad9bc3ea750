package dev.lvb.core.model;

import java.util.List;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * {@code output} of Live_Tape_GetFilelist.
 *
 * @param allCount files in total
 * @param fileList this page
 * @param raw the JSON this value was read from; empty for a value built in code
 */
public record RecordingFiles(
        @JsonbProperty("all_count") Integer allCount,
        @JsonbProperty("file_list") List<RecordingFile> fileList,
        @JsonbTransient JsonObject raw) {

    /**
     * Without the JSON: for values built in code ({@link #raw()} is empty).
     *
     * @param allCount files in total
     * @param fileList this page
     */
    public RecordingFiles(Integer allCount, List<RecordingFile> fileList) {
        this(allCount, fileList, null);
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
     * Keeps an unmodifiable copy of {@code fileList}, empty when missing; a missing {@code raw} is an empty object.
     *
     * @param allCount files in total
     * @param fileList this page
     * @param raw the JSON this value was read from; empty for a value built in code
     */
    @JsonbCreator
    public RecordingFiles {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
        fileList = fileList == null ? List.of() : List.copyOf(fileList);
    }
}
