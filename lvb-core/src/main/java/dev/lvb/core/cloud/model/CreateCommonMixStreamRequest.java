package dev.lvb.core.cloud.model;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Request of CreateCommonMixStream: a session id, 2 to 16 inputs, the output, optional template and controls. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param mixStreamSessionId {@code MixStreamSessionId}
 * @param inputStreamList {@code InputStreamList}
 * @param outputParams {@code OutputParams}
 * @param mixStreamTemplateId {@code MixStreamTemplateId}
 * @param controlParams {@code ControlParams}
 */
public record CreateCommonMixStreamRequest(
        @JsonbProperty("MixStreamSessionId") String mixStreamSessionId,
        @JsonbProperty("InputStreamList") List<CommonMixInputParam> inputStreamList,
        @JsonbProperty("OutputParams") CommonMixOutputParams outputParams,
        @JsonbProperty("MixStreamTemplateId") Long mixStreamTemplateId,
        @JsonbProperty("ControlParams") CommonMixControlParams controlParams) {

    /**
     * Keeps an unmodifiable copy of {@code inputStreamList}.
     *
     * @param mixStreamSessionId {@code MixStreamSessionId}
     * @param inputStreamList {@code InputStreamList}
     * @param outputParams {@code OutputParams}
     * @param mixStreamTemplateId {@code MixStreamTemplateId}
     * @param controlParams {@code ControlParams}
     */
    public CreateCommonMixStreamRequest {
        inputStreamList = inputStreamList == null ? null : List.copyOf(inputStreamList);
    }
}
