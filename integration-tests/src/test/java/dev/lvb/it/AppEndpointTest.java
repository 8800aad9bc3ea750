package dev.lvb.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The application's own endpoints (dev.lvb.it.app.StreamsResource), built on the injected client as a user would. */
@QuarkusTest
public class AppEndpointTest extends LvbTestBase {

    @Test
    void statusOfAStream() {
        given().when().get("/streams/8888_live").then().statusCode(200).body("streamId", equalTo("8888_live"))
                .body("state", equalTo("LIVE")).body("live", equalTo(true));
        given().when().get("/streams/8888_banned/reactive").then().statusCode(200).body("state", equalTo("DISABLED"))
                .body("live", equalTo(false));
    }

    @Test
    void lvbFailuresBecomeHttpAnswers() {
        given().when().get("/streams/never_pushed").then().statusCode(404).body("error", equalTo("LvbApiException"))
                .body("code", equalTo("20601"));
        given().when().get("/streams/never_pushed/reactive").then().statusCode(404);
        given().when().get("/streams/http_503").then().statusCode(502).body("error", equalTo("LvbHttpException"));
        given().when().get("/streams/fault_reset").then().statusCode(502)
                .body("error", equalTo("LvbTransportException"));
    }

    @Test
    void liveStreamsAndBan() {
        given().when().get("/streams/live").then().statusCode(200).body("$", contains("8888_live", "8888_other"));
        given().when().post("/streams/8888_ban/ban").then().statusCode(204);
    }
}
