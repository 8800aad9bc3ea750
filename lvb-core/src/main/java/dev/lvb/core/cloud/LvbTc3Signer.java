package dev.lvb.core.cloud;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tencent Cloud API 3.0 request signing, TC3-HMAC-SHA256 (Tencent doc 213/30654): canonical request
 * ({@code POST}, {@code /}, empty query, the signed headers, the SHA-256 of the body) → string to sign → a key
 * derived as {@code HMAC(HMAC(HMAC("TC3" + SecretKey, date), service), "tc3_request")} → {@code Authorization}.
 * <p>
 * The signed headers are {@code content-type;host;x-tc-action} (the action lower-cased), as Tencent's
 * documentation and current SDKs do; {@link #withoutActionHeader()} signs {@code content-type;host} only, as Tencent's
 * Java SDK 3.1.x does. The server accepts both: it checks whatever {@code SignedHeaders} lists. Immutable and
 * thread-safe; nothing it returns or throws contains the SecretKey.
 */
public final class LvbTc3Signer {

    /** The {@code Authorization} algorithm name. */
    public static final String ALGORITHM = "TC3-HMAC-SHA256";
    /** The one content type Cloud API 3.0 JSON calls use, as sent and as signed. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    /** The credential scope service of LVB. */
    public static final String LIVE_SERVICE = "live";
    /** The endpoint of LVB's Cloud API 3.0. */
    public static final String LIVE_HOST = "live.tencentcloudapi.com";
    /** The LVB API version this library speaks. */
    public static final String LIVE_VERSION = "2018-08-01";

    /** Header carrying the signature. */
    public static final String AUTHORIZATION = "Authorization";
    /** Header naming the action. */
    public static final String X_TC_ACTION = "X-TC-Action";
    /** Header naming the API version. */
    public static final String X_TC_VERSION = "X-TC-Version";
    /** Header with the UNIX time of signing. */
    public static final String X_TC_TIMESTAMP = "X-TC-Timestamp";
    /** Header with the region, for regional actions. */
    public static final String X_TC_REGION = "X-TC-Region";
    /** Header with the session token of temporary credentials. */
    public static final String X_TC_TOKEN = "X-TC-Token";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] TC3_REQUEST = "tc3_request".getBytes(StandardCharsets.US_ASCII);

    private final String service;
    private final String version;
    private final boolean signAction;

    /**
     * @param service the service of the credential scope, e.g. {@code live}
     * @param version the API version sent as {@code X-TC-Version}, e.g. {@code 2018-08-01}
     */
    public LvbTc3Signer(String service, String version) {
        this(service, version, true);
    }

    private LvbTc3Signer(String service, String version, boolean signAction) {
        this.service = requireText("service", service);
        this.version = requireText("version", version);
        this.signAction = signAction;
    }

    /** @return a signer for LVB: service {@code live}, version {@code 2018-08-01} */
    public static LvbTc3Signer live() {
        return new LvbTc3Signer(LIVE_SERVICE, LIVE_VERSION);
    }

    /** @return the same signer, signing {@code content-type;host} only (what Tencent's Java SDK 3.1 sends) */
    public LvbTc3Signer withoutActionHeader() {
        return new LvbTc3Signer(service, version, false);
    }

    /** @return the service of the credential scope */
    public String service() {
        return service;
    }

    /** @return the API version */
    public String version() {
        return version;
    }

    /**
     * Signs one JSON POST to {@code /}.
     *
     * @param credentials who signs
     * @param host the {@code Host} header the request carries ({@code host} or {@code host:port})
     * @param action the action, e.g. {@code DescribeLiveStreamState}
     * @param region {@code X-TC-Region}, or {@code null} (most LVB actions take none)
     * @param payload the exact body bytes sent
     * @param timestamp UNIX seconds, sent as {@code X-TC-Timestamp}; its UTC date is part of the scope
     * @return the headers to send
     */
    public LvbTc3Headers sign(LvbCloudCredentials credentials, String host, String action, String region,
            byte[] payload, long timestamp) {
        Objects.requireNonNull(credentials, "credentials");
        requireText("host", host);
        requireText("action", action);
        Objects.requireNonNull(payload, "payload");
        if (timestamp < 0) {
            throw new IllegalArgumentException("timestamp must not be negative");
        }
        Map<String, String> headers = new TreeMap<>();
        headers.put("content-type", CONTENT_TYPE);
        headers.put("host", host.toLowerCase(Locale.ROOT));
        if (signAction) {
            headers.put("x-tc-action", action.toLowerCase(Locale.ROOT));
        }
        String signedHeaders = String.join(";", headers.keySet());
        String canonical = canonicalRequest("POST", "/", "", headers, sha256Hex(payload));
        String date = date(timestamp);
        String scope = date + "/" + service + "/tc3_request";
        String signature = signature(credentials.secretKey(), date, service,
                stringToSign(timestamp, scope, sha256Hex(canonical.getBytes(StandardCharsets.UTF_8))));
        String authorization = ALGORITHM + " Credential=" + credentials.secretId() + "/" + scope + ", SignedHeaders="
                + signedHeaders + ", Signature=" + signature;
        return new LvbTc3Headers(authorization, action, version, timestamp,
                region == null || region.isBlank() ? null : region, credentials.token());
    }

    /**
     * @param method the HTTP method, upper case
     * @param uri the canonical URI ({@code /})
     * @param query the canonical query string ({@code ""} for POST)
     * @param headers the signed headers: lower-case names, sorted; values lower case (Tencent's rule)
     * @param hashedPayload hex SHA-256 of the body
     * @return the canonical request text
     */
    public static String canonicalRequest(String method, String uri, String query, Map<String, String> headers,
            String hashedPayload) {
        StringBuilder sb = new StringBuilder(256).append(method).append('\n').append(uri).append('\n').append(query)
                .append('\n');
        for (Map.Entry<String, String> h : headers.entrySet()) {
            sb.append(h.getKey()).append(':').append(h.getValue().strip()).append('\n');
        }
        return sb.append('\n').append(String.join(";", headers.keySet())).append('\n').append(hashedPayload)
                .toString();
    }

    /**
     * @param timestamp the UNIX time sent as {@code X-TC-Timestamp}
     * @param scope the credential scope, {@code <date>/<service>/tc3_request}
     * @param hashedCanonicalRequest the hex SHA-256 of the canonical request
     * @return {@code TC3-HMAC-SHA256\n<timestamp>\n<scope>\n<hash of the canonical request>}
     */
    public static String stringToSign(long timestamp, String scope, String hashedCanonicalRequest) {
        return ALGORITHM + "\n" + timestamp + "\n" + scope + "\n" + hashedCanonicalRequest;
    }

    /**
     * @param secretKey the SecretKey
     * @param date the scope date, {@code yyyy-MM-dd} (UTC)
     * @param service the scope service
     * @param stringToSign what to sign
     * @return the hex signature
     */
    public static String signature(String secretKey, String date, String service, String stringToSign) {
        byte[] key = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date.getBytes(StandardCharsets.UTF_8));
        key = hmac(key, service.getBytes(StandardCharsets.UTF_8));
        key = hmac(key, TC3_REQUEST);
        return HEX.formatHex(hmac(key, stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param timestamp UNIX seconds
     * @return the UTC date of a UNIX time, {@code yyyy-MM-dd}
     */
    public static String date(long timestamp) {
        return DATE.format(Instant.ofEpochSecond(timestamp));
    }

    /**
     * @param data what to hash
     * @return lower-case hex SHA-256
     */
    public static String sha256Hex(byte[] data) {
        return HEX.formatHex(sha256().digest(data));
    }

    // Each call signs with four HMACs and two digests: cloning a prototype skips the provider lookup of
    // getInstance (its allocation showed in the client benchmark).
    private static final MessageDigest SHA256 = prototypeDigest();
    private static final Mac HMAC = prototypeMac();

    private static MessageDigest sha256() {
        try {
            return SHA256 != null ? (MessageDigest) SHA256.clone() : MessageDigest.getInstance("SHA-256");
        } catch (CloneNotSupportedException | GeneralSecurityException e) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (GeneralSecurityException again) {
                throw new IllegalStateException("SHA-256 is not available", again);
            }
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = newMac();
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            // Never the key in the message.
            throw new IllegalStateException("HmacSHA256 is not available");
        }
    }

    private static Mac newMac() throws GeneralSecurityException {
        if (HMAC != null) {
            try {
                return (Mac) HMAC.clone();
            } catch (CloneNotSupportedException e) {
                // fall through
            }
        }
        return Mac.getInstance("HmacSHA256");
    }

    private static MessageDigest prototypeDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    private static Mac prototypeMac() {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    private static String requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
