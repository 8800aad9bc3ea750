package dev.lvb.core.cloud;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers that make a signed Cloud API 3.0 request (besides {@code Host} and {@code Content-Type}, which the
 * signature covers as given to the signer).
 *
 * @param authorization {@code TC3-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}
 * @param action {@code X-TC-Action}
 * @param version {@code X-TC-Version}
 * @param timestamp {@code X-TC-Timestamp}, UNIX seconds
 * @param region {@code X-TC-Region}, or {@code null}
 * @param token {@code X-TC-Token}, or {@code null}
 */
public record LvbTc3Headers(String authorization, String action, String version, long timestamp, String region,
        String token) {

    /** @return the headers by their wire names, in a stable order, optional ones only when present */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(LvbTc3Signer.AUTHORIZATION, authorization);
        m.put(LvbTc3Signer.X_TC_ACTION, action);
        m.put(LvbTc3Signer.X_TC_VERSION, version);
        m.put(LvbTc3Signer.X_TC_TIMESTAMP, Long.toString(timestamp));
        if (region != null) {
            m.put(LvbTc3Signer.X_TC_REGION, region);
        }
        if (token != null) {
            m.put(LvbTc3Signer.X_TC_TOKEN, token);
        }
        return m;
    }

    @Override
    public String toString() {
        return "LvbTc3Headers[action=" + action + ", version=" + version + ", timestamp=" + timestamp + ", region="
                + region + ", authorization=***" + (token == null ? "" : ", token=***") + "]";
    }
}
