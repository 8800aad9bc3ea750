package dev.lvb.core.cloud;

import java.util.Optional;

/**
 * A Tencent Cloud API key pair (SecretId, SecretKey) and, for temporary credentials, the session token sent as
 * {@code X-TC-Token}. {@link #toString()} shows the SecretId only: never the SecretKey or the token.
 *
 * @param secretId the SecretId (sent in every {@code Authorization} header)
 * @param secretKey the SecretKey (signs, never sent)
 * @param token the temporary session token, or {@code null}
 */
public record LvbCloudCredentials(String secretId, String secretKey, String token) {

    /**
     * Rejects a missing SecretId or SecretKey; a blank token means none.
     *
     * @param secretId the SecretId (sent in every {@code Authorization} header)
     * @param secretKey the SecretKey (signs, never sent)
     * @param token the temporary session token, or {@code null}
     */
    public LvbCloudCredentials {
        secretId = require("SecretId", secretId);
        secretKey = require("SecretKey", secretKey);
        token = token == null || token.isBlank() ? null : require("token", token);
    }

    /**
     * @param secretId the SecretId
     * @param secretKey the SecretKey
     * @return permanent credentials (no token)
     */
    public static LvbCloudCredentials of(String secretId, String secretKey) {
        return new LvbCloudCredentials(secretId, secretKey, null);
    }

    /** @return the session token of temporary credentials */
    public Optional<String> sessionToken() {
        return Optional.ofNullable(token);
    }

    @Override
    public String toString() {
        return "LvbCloudCredentials[secretId=" + secretId + ", secretKey=***" + (token == null ? "" : ", token=***")
                + "]";
    }

    private static String require(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Tencent Cloud " + name + " must not be blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // The SecretId goes into a header; the SecretKey is HMAC key material: both are printable ASCII.
            if (c <= ' ' || c >= 0x7f) {
                throw new IllegalArgumentException("Tencent Cloud " + name
                        + " must be printable ASCII without spaces (character at index " + i + " is not)");
            }
        }
        return value;
    }
}
