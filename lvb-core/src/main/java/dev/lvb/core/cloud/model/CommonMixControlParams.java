package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Special controls of CreateCommonMixStream (0/1 switches). Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param useMixCropCenter {@code UseMixCropCenter}
 * @param allowCopy {@code AllowCopy}
 * @param passInputSei {@code PassInputSei}
 */
public record CommonMixControlParams(
        @JsonbProperty("UseMixCropCenter") Long useMixCropCenter,
        @JsonbProperty("AllowCopy") Long allowCopy,
        @JsonbProperty("PassInputSei") Long passInputSei) {
}
