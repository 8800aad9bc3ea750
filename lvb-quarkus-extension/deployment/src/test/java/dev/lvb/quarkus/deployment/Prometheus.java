package dev.lvb.quarkus.deployment;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads samples of the application's Prometheus endpoint ({@code /q/metrics}). */
final class Prometheus {

    private Prometheus() {
    }

    static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /**
     * @param scrape the endpoint's text
     * @param sample a metric name with its labels in Prometheus' (alphabetical) order, e.g.
     *        {@code lvb_callback_notifications_total{account="default",event_type="1",key="current",outcome="accepted"}}
     * @return its value, 0 when absent
     */
    static double value(String scrape, String sample) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(sample) + " ([0-9.Ee+-]+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    static String calls(String api, String outcome) {
        return calls("default", api, outcome);
    }

    static String calls(String account, String api, String outcome) {
        return "lvb_client_calls_seconds_count{account=\"" + account + "\",interface=\"" + api + "\",outcome=\"" + outcome + "\"}";
    }

    static String notifications(String eventType, String outcome) {
        return notifications("default", eventType, outcome);
    }

    static String notifications(String account, String eventType, String outcome) {
        return "lvb_callback_notifications_total{account=\"" + account + "\",event_type=\"" + eventType
                + "\",key=\"current\",outcome=\"" + outcome + "\"}";
    }
}
