package dev.lvb.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;

import org.junit.jupiter.api.Test;

import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbFrontEndException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbMixException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.core.error.LvbValidationException;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Every kind of LVB error becomes an RFC 9457 problem with a sensible status. */
class ProblemMappersTest {

    @Test
    void statuses() {
        assertThat(ProblemMappers.problem(new LvbValidationException("Param.s.channel_id", "is required")).status())
                .isEqualTo(400);
        assertThat(ProblemMappers.problem(new LvbApiException("Live_Channel_GetStatus", 20601, 20601, "never"))
                .status()).isEqualTo(404);
        assertThat(ProblemMappers.problem(new LvbApiException("Live_Tape_Start", 20601, null, "x")).status())
                .as("20601 means never pushed on GetStatus only").isEqualTo(502);
        assertThat(ProblemMappers.problem(new LvbApiException("Live_Channel_SetStatus", 1, null, "bad")).status())
                .isEqualTo(502);
        assertThat(ProblemMappers.problem(new LvbMixException("mix_streamv2.start_mix_stream_advanced", -505, "x"))
                .status()).isEqualTo(502);
        assertThat(ProblemMappers.problem(new LvbFrontEndException("Live_Channel_GetStatus",
                LvbFrontEndException.Reason.SIGN_INVALID, "sign invalid")).status()).isEqualTo(502);
        assertThat(ProblemMappers.problem(new LvbHttpException("Live_Channel_GetStatus", 403, "blocked")).status())
                .isEqualTo(502);
        assertThat(ProblemMappers.problem(new LvbProtocolException("Live_Channel_GetStatus", "not JSON", "<html>",
                null)).status()).isEqualTo(502);
        assertThat(ProblemMappers.problem(new LvbTransportException("Live_Channel_GetStatus", true,
                new SocketTimeoutException("read timed out"))).status()).isEqualTo(504);
        assertThat(ProblemMappers.problem(new LvbTransportException("Live_Channel_GetStatus", false,
                new java.net.ConnectException("refused"))).status()).isEqualTo(502);
    }

    @Test
    void theProblemJsonCarriesTheLvbInterfaceAndCode() {
        Problem p = ProblemMappers.problem(new LvbFrontEndException("Live_Channel_SetStatus",
                LvbFrontEndException.Reason.TIME_EXPIRED, "time expired"));
        JsonObject json = Json.createReader(new java.io.StringReader(p.toJson("/streams/a/ban"))).readObject();
        assertThat(json.getString("type")).isEqualTo("urn:lvb-demo:problem:lvb-refused");
        assertThat(json.getString("title")).isNotBlank();
        assertThat(json.getInt("status")).isEqualTo(502);
        assertThat(json.getString("detail")).contains("Live_Channel_SetStatus", "time expired");
        assertThat(json.getString("instance")).isEqualTo("/streams/a/ban");
        assertThat(json.getString("lvbInterface")).isEqualTo("Live_Channel_SetStatus");
        assertThat(json.getString("lvbCode")).isEqualTo("time expired");
        assertThat(json.getString("reason")).isEqualTo("TIME_EXPIRED");

        JsonObject validation = Json.createReader(new java.io.StringReader(ProblemMappers.problem(
                new LvbValidationException("Param.n.abstime_end", "is required")).toJson(null))).readObject();
        assertThat(validation.isNull("lvbInterface")).isTrue();
        assertThat(validation.getString("parameter")).isEqualTo("Param.n.abstime_end");
        assertThat(validation.containsKey("instance")).isFalse();
    }
}
