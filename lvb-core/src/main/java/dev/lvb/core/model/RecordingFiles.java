package dev.lvb.core.model;

import java.util.List;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * {@code output} of Live_Tape_GetFilelist.
 *
 * @param allCount files in total
 * @param fileList this page
 */
public record RecordingFiles(
        @JsonbProperty("all_count") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer allCount,
        @JsonbProperty("file_list") List<RecordingFile> fileList) {

    public RecordingFiles {
        fileList = fileList == null ? List.of() : List.copyOf(fileList);
    }
}
