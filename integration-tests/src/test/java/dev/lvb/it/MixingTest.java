package dev.lvb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.lvb.core.error.LvbMixErrorCode;
import dev.lvb.core.error.LvbMixException;
import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.MixCrop;
import dev.lvb.core.model.MixInput;
import dev.lvb.core.model.MixLayout;
import dev.lvb.core.model.MixOutputType;
import dev.lvb.core.model.MixResult;
import dev.lvb.core.model.StartMixRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Cloud stream mixing: a POST of the spec's JSON body to the fcgi host, signed in the query like every other call
 * ({@code interface=Mix_StreamV2}); the stubs match the body exactly, app id included.
 */
@QuarkusTest
public class MixingTest extends LvbTestBase {

    // Under Quarkus REST the body once went out as the record's toString(): these tests post the real JSON.

    /** The spec's section 4.2 layout with this account's streams. */
    static StartMixRequest twoInputs() {
        return new StartMixRequest("room_1", "8888_a", MixOutputType.ONE_OF_INPUTS, 0, null, List.of(
                MixInput.of("8888_a", MixLayout.background()),
                new MixInput("8888_b", MixLayout.at(2, 380, 630, 160, 240), new MixCrop(200, 100, 100, 1))));
    }

    @Test
    void startMix() {
        StartMixRequest request = twoInputs();
        long before = Instant.now().getEpochSecond();
        for (MixResult result : both(() -> lvb.startMix(request), () -> reactive.startMix(request))) {
            assertThat(result).isEqualTo(new MixResult(0, "Success!", "1527240138", 1490079362L));
        }
        long after = Instant.now().getEpochSecond();
        List<LoggedRequest> requests = allRequests();
        assertThat(requests).hasSize(2).allSatisfy(r -> {
            assertThat(r.getMethod().getName()).isEqualTo("POST");
            JsonObject body = Json.createReader(new StringReader(r.getBodyAsString())).readObject();
            assertThat(body.getJsonNumber("timestamp").longValue()).isBetween(before, after);
            assertThat(body.getJsonObject("interface").getJsonObject("para").getJsonNumber("app_id").longValue())
                    .isEqualTo(TestKeys.APP_ID);
        });
    }

    @Test
    void inputStreamNotFoundIsMinus505() {
        StartMixRequest request = StartMixRequest.of("room_missing", List.of(
                MixInput.of("8888_a", MixLayout.background()),
                MixInput.of("8888_gone", new MixLayout(2, null, null, null, null, null, null, null))));
        expectFailure(LvbMixException.class, () -> lvb.startMix(request), () -> reactive.startMix(request),
                e -> {
                    assertThat(e.mixCode()).isEqualTo(-505);
                    assertThat(e.errorCode()).contains(LvbMixErrorCode.INPUT_STREAM_NOT_FOUND);
                    assertThat(e.lvbMessage()).isEqualTo("input stream not found");
                });
    }

    @Test
    void cancelMix() {
        CancelMixRequest request = new CancelMixRequest("room_1", "8888_a");
        for (MixResult result : both(() -> lvb.cancelMix(request), () -> reactive.cancelMix(request))) {
            // event_id arrives as a number here: kept as its digits
            assertThat(result).isEqualTo(new MixResult(0, "Success!", "1527240139", 1490079400L));
        }
    }

    @Test
    void cancelUnknownSession() {
        CancelMixRequest request = new CancelMixRequest("room_unknown", "8888_a");
        expectFailure(LvbMixException.class, () -> lvb.cancelMix(request), () -> reactive.cancelMix(request),
                e -> assertThat(e.errorCode()).contains(LvbMixErrorCode.CANCEL_UNKNOWN_SESSION_1));
    }
}
