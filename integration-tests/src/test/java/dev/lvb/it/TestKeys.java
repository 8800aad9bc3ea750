package dev.lvb.it;

/**
 * The LVB account the tests configure (through {@link dev.lvb.it.wiremock.LvbWireMockResource}) and the WireMock
 * stubs expect. The APPID is the one of LVB's documentation examples; the two keys differ, so that the tests prove
 * which one signs what.
 */
public final class TestKeys {

    /** {@code quarkus.lvb.app-id}; every stub matches {@code appid}/{@code cmd} against it. */
    public static final long APP_ID = 1252033264L;

    /** {@code quarkus.lvb.api-key}: signs API calls. */
    public static final String API_KEY = "it-api-key-7f29ed83c61b77de";

    /** {@code quarkus.lvb.callback-key}: the only key notifications may be signed with. */
    public static final String CALLBACK_KEY = "it-callback-key-b17971b51ba0";

    /** {@code quarkus.lvb.signature-validity} in seconds (not LVB's 60 s default, to prove the setting is used). */
    public static final long SIGNATURE_VALIDITY_SECONDS = 120;

    private TestKeys() {
    }

    /** The Tencent Cloud SecretId of the Cloud API 3.0 tests. */
    public static final String CLOUD_SECRET_ID = "AKIDitCloudTestSecretId0000000000000";

    /** The SecretKey: signs, and must never be logged or sent. */
    public static final String CLOUD_SECRET_KEY = "it-cloud-secret-key-5e0c2a91d7";
}
