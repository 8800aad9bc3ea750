package dev.lvb.core.cloud;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The server side of {@link LvbTc3Signer}: checks a received Cloud API 3.0 request the way Tencent does and names
 * the outcome with Tencent's error codes. Used by the simulator and by test stubs; an application never needs it.
 */
public final class LvbTc3Verifier {

    /** What a check found; {@link #code()} is Tencent's error code for a rejection. */
    public enum Outcome {
        /** The request is authentic and fresh. */
        OK(null, null),
        /** The {@code Authorization} header is malformed. */
        INVALID_AUTHORIZATION("AuthFailure.InvalidAuthorization",
                "The Authorization header does not follow the TC3-HMAC-SHA256 format."),
        /** No credentials with that SecretId. */
        SECRET_ID_NOT_FOUND("AuthFailure.SecretIdNotFound", "The SecretId does not exist."),
        /** The timestamp is too far from the server's clock. */
        SIGNATURE_EXPIRE("AuthFailure.SignatureExpire",
                "The signature has expired: X-TC-Timestamp is more than five minutes from the server time."),
        /** The signature does not match the request. */
        SIGNATURE_FAILURE("AuthFailure.SignatureFailure", "The signature does not match."),
        /** The {@code X-TC-Token} is not the session token of the credentials. */
        TOKEN_FAILURE("AuthFailure.TokenFailure", "The X-TC-Token is invalid.");

        private final String code;
        private final String message;

        Outcome(String code, String message) {
            this.code = code;
            this.message = message;
        }

        /** @return Tencent's error code, {@code null} for {@link #OK} */
        public String code() {
            return code;
        }

        /** @return a message like Tencent's, {@code null} for {@link #OK} */
        public String message() {
            return message;
        }
    }

    /** Tencent rejects a timestamp more than five minutes away from its clock. */
    public static final Duration DEFAULT_MAX_SKEW = Duration.ofMinutes(5);

    private final String service;
    private final Function<String, Optional<LvbCloudCredentials>> secrets;
    private final long maxSkewSeconds;

    /**
     * @param service the expected service of the credential scope ({@code live})
     * @param secrets the credentials known for a SecretId
     * @param maxSkew how far {@code X-TC-Timestamp} may be from now
     */
    public LvbTc3Verifier(String service, Function<String, Optional<LvbCloudCredentials>> secrets, Duration maxSkew) {
        this.service = Objects.requireNonNull(service, "service");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.maxSkewSeconds = maxSkew.toSeconds();
    }

    /**
     * @param method the HTTP method
     * @param path the request path (the canonical URI)
     * @param query the raw query string, {@code ""} when none
     * @param header a header by name, case-insensitive, {@code null} when absent
     * @param body the body bytes as received
     * @param nowSeconds the server's UNIX time
     * @return the outcome
     */
    public Outcome verify(String method, String path, String query, Function<String, String> header, byte[] body,
            long nowSeconds) {
        Parsed auth = Parsed.of(header.apply(LvbTc3Signer.AUTHORIZATION));
        if (auth == null) {
            return Outcome.INVALID_AUTHORIZATION;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(String.valueOf(header.apply(LvbTc3Signer.X_TC_TIMESTAMP)).strip());
        } catch (NumberFormatException e) {
            return Outcome.INVALID_AUTHORIZATION;
        }
        if (Math.abs(nowSeconds - timestamp) > maxSkewSeconds) {
            return Outcome.SIGNATURE_EXPIRE;
        }
        Optional<LvbCloudCredentials> known = secrets.apply(auth.secretId);
        if (known.isEmpty()) {
            return Outcome.SECRET_ID_NOT_FOUND;
        }
        LvbCloudCredentials credentials = known.get();
        if (!auth.date.equals(LvbTc3Signer.date(timestamp)) || !auth.service.equals(service)) {
            return Outcome.SIGNATURE_FAILURE;
        }
        Map<String, String> signed = new TreeMap<>();
        for (String name : auth.signedHeaders.split(";")) {
            String value = header.apply(name);
            if (value == null) {
                return Outcome.SIGNATURE_FAILURE;
            }
            signed.put(name, value.toLowerCase(Locale.ROOT));
        }
        if (!signed.containsKey("content-type") || !signed.containsKey("host")) {
            return Outcome.INVALID_AUTHORIZATION;
        }
        String canonical = LvbTc3Signer.canonicalRequest(method, path == null || path.isEmpty() ? "/" : path,
                query == null ? "" : query, signed, LvbTc3Signer.sha256Hex(body == null ? new byte[0] : body));
        String scope = auth.date + "/" + auth.service + "/tc3_request";
        String expected = LvbTc3Signer.signature(credentials.secretKey(), auth.date, auth.service,
                LvbTc3Signer.stringToSign(timestamp, scope,
                        LvbTc3Signer.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8))));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                auth.signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return Outcome.SIGNATURE_FAILURE;
        }
        if (credentials.token() != null && !credentials.token().equals(header.apply(LvbTc3Signer.X_TC_TOKEN))) {
            return Outcome.TOKEN_FAILURE;
        }
        return Outcome.OK;
    }

    /** The parts of {@code TC3-HMAC-SHA256 Credential=id/date/service/tc3_request, SignedHeaders=..., Signature=...}. */
    private record Parsed(String secretId, String date, String service, String signedHeaders, String signature) {

        static Parsed of(String authorization) {
            if (authorization == null || !authorization.startsWith(LvbTc3Signer.ALGORITHM + " ")) {
                return null;
            }
            String credential = null;
            String signedHeaders = null;
            String signature = null;
            for (String part : authorization.substring(LvbTc3Signer.ALGORITHM.length() + 1).split(",")) {
                String p = part.strip();
                int eq = p.indexOf('=');
                if (eq <= 0) {
                    return null;
                }
                String value = p.substring(eq + 1).strip();
                switch (p.substring(0, eq)) {
                    case "Credential" -> credential = value;
                    case "SignedHeaders" -> signedHeaders = value.toLowerCase(Locale.ROOT);
                    case "Signature" -> signature = value;
                    default -> {
                        return null;
                    }
                }
            }
            if (credential == null || signedHeaders == null || signedHeaders.isEmpty() || signature == null) {
                return null;
            }
            String[] scope = credential.split("/", -1);
            if (scope.length != 4 || scope[0].isEmpty() || !"tc3_request".equals(scope[3])) {
                return null;
            }
            return new Parsed(scope[0], scope[1], scope[2], signedHeaders, signature);
        }

        @Override
        public String toString() {
            return "Parsed[secretId=" + secretId + "]";
        }
    }
}
