package dev.lvb.it.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** Stubs of Tencent's Cloud API 3.0 on the shared WireMock server: {@code POST /}, one action, a correct TC3 signature. */
public final class CloudStubs {

    private CloudStubs() {
    }

    /** @return a stub of {@code action} for a signed request with exactly this JSON body */
    public static MappingBuilder action(String action, String requestJson) {
        return post(urlEqualTo("/")).withHeader("X-TC-Action", equalTo(action))
                .withHeader("X-TC-Version", equalTo("2018-08-01"))
                // Quarkus writes the charset as UTF-8; Tencent lower-cases signed header values (doc 213/30654).
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withRequestBody(equalToJson(requestJson)).andMatching(Tc3SignatureMatcher.NAME);
    }

    /** @return Tencent's success envelope around {@code fieldsJson} ({@code "A":1,"B":2}, without braces) */
    public static ResponseDefinitionBuilder ok(String fieldsJson, String requestId) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"Response\":{" + (fieldsJson.isEmpty() ? "" : fieldsJson + ",") + "\"RequestId\":\""
                        + requestId + "\"}}");
    }

    /** @return Tencent's error envelope (HTTP 200, as Tencent sends it) */
    public static ResponseDefinitionBuilder error(String code, String message, String requestId) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"" + message
                        + "\"},\"RequestId\":\"" + requestId + "\"}}");
    }

    /** Stubs {@code action} for this body with this answer. */
    public static void stub(WireMockServer wireMock, String action, String requestJson,
            ResponseDefinitionBuilder answer) {
        wireMock.stubFor(action(action, requestJson).willReturn(answer));
    }
}
