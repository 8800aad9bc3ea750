package dev.lvb.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.List;

import dev.lvb.core.LvbSignature;
import dev.lvb.core.LvbVerification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LvbExceptionsTest {

    private static final String KEY = "5d41402abc4b2a76b9719d911017c592";
    private static final long T = 1471850187L;
    private static final String SIGN = LvbSignature.sign(KEY, T);
    private static final String URL = "http://fcgi.video.qcloud.com/common_access?appid=1252500000"
            + "&interface=Live_Channel_GetStatus&Param.s.channel_id=2519_a&t=" + T + "&sign=" + SIGN;

    @Test
    void apiExceptionNamesInterfaceCodeAndLvbMessage() {
        LvbApiException e = new LvbApiException("Live_Channel_GetStatus", 20601, 20601, "stream not exist");

        assertThat(e.getMessage()).startsWith("[Live_Channel_GetStatus] ").contains("20601")
                .contains("STREAM_NEVER_PUSHED").contains("stream id has never been pushed")
                .contains("LVB says 'stream not exist'");
        assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
        assertThat(e.code()).isEqualTo("20601");
        assertThat(e.ret()).isEqualTo(20601);
        assertThat(e.retcode()).contains(20601);
        assertThat(e.lvbMessage()).isEqualTo("stream not exist");
        assertThat(e.errorCode()).contains(LvbErrorCode.STREAM_NEVER_PUSHED);
    }

    @Test
    void apiExceptionWithAStatisticsCode() {
        LvbApiException e = new LvbApiException("Get_LivePlayStatHistory", 10003, null, "query data is empty");
        assertThat(e.errorCode()).contains(LvbErrorCode.QUERY_DATA_EMPTY);
        assertThat(e.retcode()).isEmpty();
        assertThat(e.getMessage()).contains("[Get_LivePlayStatHistory]").contains("10003").contains("QUERY_DATA_EMPTY");
    }

    @Test
    void apiExceptionWithAnUndocumentedCode() {
        LvbApiException e = new LvbApiException("Live_Tape_Start", 4242, 7, "");
        assertThat(e.errorCode()).isEmpty();
        assertThat(e.retcode()).contains(7);
        assertThat(e.getMessage()).isEqualTo("[Live_Tape_Start] LVB error (code 4242)");
    }

    @Test
    void apiExceptionWithoutMessage() {
        assertThat(new LvbApiException("Live_Tape_Stop", 1, null, null).getMessage())
                .isEqualTo("[Live_Tape_Stop] LVB error (code 1)");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({ "appid is invalid, APPID_INVALID", "cmd is invalid, CMD_INVALID", "sign invalid, SIGN_INVALID",
            "time expired, TIME_EXPIRED", "ERROR: Sign Invalid!, SIGN_INVALID", "'Time Expired', TIME_EXPIRED",
            "request failed: appid is invalid (check console), APPID_INVALID" })
    void frontEndReasonsAreFoundInAnyText(String text, LvbFrontEndException.Reason expected) {
        assertThat(LvbFrontEndException.Reason.find(text)).contains(expected);
    }

    @Test
    void otherTextsAreNoFrontEndRefusal() {
        assertThat(LvbFrontEndException.Reason.find(null)).isEmpty();
        assertThat(LvbFrontEndException.Reason.find("")).isEmpty();
        assertThat(LvbFrontEndException.Reason.find("stream not exist")).isEmpty();
        assertThat(LvbFrontEndException.Reason.find("signature invalid")).isEmpty();
    }

    @Test
    void frontEndExceptionExplainsTheRefusal() {
        LvbFrontEndException e = new LvbFrontEndException("Get_LiveStat", LvbFrontEndException.Reason.CMD_INVALID,
                "cmd is invalid");
        assertThat(e.reason()).isEqualTo(LvbFrontEndException.Reason.CMD_INVALID);
        assertThat(e.code()).isEqualTo("cmd is invalid");
        assertThat(e.interfaceName()).isEqualTo("Get_LiveStat");
        assertThat(e.getMessage()).startsWith("[Get_LiveStat] LVB refused the call")
                .contains("statistics API is not enabled").contains("LVB says 'cmd is invalid'");
        assertThat(LvbFrontEndException.Reason.SIGN_INVALID.text()).isEqualTo("sign invalid");
        assertThat(new LvbFrontEndException("x", LvbFrontEndException.Reason.TIME_EXPIRED, "time expired").getMessage())
                .contains("check the clock");
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({ "403, anti-abuse", "404, missing Host header", "500, LVB server error", "502, LVB server error",
            "418, HTTP 418 from LVB" })
    void httpExceptionExplainsTheStatus(int status, String explanation) {
        LvbHttpException e = new LvbHttpException("Live_Channel_GetStatus", status, "<html>nope</html>");
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.code()).isEqualTo("HTTP " + status);
        assertThat(e.getMessage()).contains("[Live_Channel_GetStatus]").contains(explanation).contains("<html>nope</html>");
    }

    @Test
    void mixExceptionNamesTheDocumentedCode() {
        LvbMixException e = new LvbMixException("mix_streamv2.start_mix_stream_advanced", -505,
                "input stream not found");
        assertThat(e.mixCode()).isEqualTo(-505);
        assertThat(e.errorCode()).contains(LvbMixErrorCode.INPUT_STREAM_NOT_FOUND);
        assertThat(e.code()).isEqualTo("-505");
        assertThat(e.getMessage()).startsWith("[mix_streamv2.start_mix_stream_advanced] stream mixing failed")
                .contains("INPUT_STREAM_NOT_FOUND").contains("(code -505)")
                .contains("LVB says 'input stream not found'");

        LvbMixException unknown = new LvbMixException("mix_streamv2.cancel_mix_stream", -9999, null);
        assertThat(unknown.errorCode()).isEmpty();
        assertThat(unknown.getMessage()).isEqualTo("[mix_streamv2.cancel_mix_stream] stream mixing failed (code -9999)");
    }

    @Test
    void protocolExceptionCanBeGivenItsInterfaceLater() {
        IllegalStateException cause = new IllegalStateException("parser says no");
        LvbProtocolException bare = new LvbProtocolException(null, "body is not JSON", "<html>", cause);
        assertThat(bare.interfaceName()).isNull();
        assertThat(bare.getMessage()).isEqualTo("body is not JSON (code protocol): LVB says '<html>'");

        LvbProtocolException named = bare.withInterface("Live_Queue_Get");
        assertThat(named).isNotSameAs(bare);
        assertThat(named.interfaceName()).isEqualTo("Live_Queue_Get");
        assertThat(named.getMessage()).isEqualTo("[Live_Queue_Get] body is not JSON (code protocol): LVB says '<html>'");
        assertThat(named.getCause()).isSameAs(cause);
        assertThat(named.lvbMessage()).isEqualTo("<html>");
        assertThat(named.getStackTrace()).isEqualTo(bare.getStackTrace());

        // an exception that already names an interface keeps it
        assertThat(named.withInterface("Other")).isSameAs(named);
    }

    @Test
    void signatureExceptionCarriesTheReason() {
        LvbSignatureException e = new LvbSignatureException(LvbVerification.Reason.EXPIRED, "t expired 5 s ago");
        assertThat(e.reason()).isEqualTo(LvbVerification.Reason.EXPIRED);
        assertThat(e.code()).isEqualTo("EXPIRED");
        assertThat(e.interfaceName()).isNull();
        assertThat(e.getMessage()).isEqualTo("notification rejected: t expired 5 s ago (code EXPIRED)");
    }

    @Test
    void transportExceptionTellsTimeoutsApart() {
        LvbTransportException timeout = new LvbTransportException("Live_Tape_Start", true,
                new SocketTimeoutException("Read timed out"));
        assertThat(timeout.isTimeout()).isTrue();
        assertThat(timeout.code()).isEqualTo("timeout");
        assertThat(timeout.getMessage()).startsWith("[Live_Tape_Start] timed out calling LVB")
                .contains("Read timed out");

        LvbTransportException io = new LvbTransportException("Live_Tape_Stop", false, new IOException("reset"));
        assertThat(io.isTimeout()).isFalse();
        assertThat(io.code()).isEqualTo("io");
        assertThat(io.getMessage()).contains("could not complete the call").contains("reset");
    }

    @Test
    void validationExceptionNamesTheParameter() {
        LvbValidationException e = new LvbValidationException("Param.n.page_size", "must be between 1 and 100, got 0");
        assertThat(e.parameter()).isEqualTo("Param.n.page_size");
        assertThat(e.code()).isEqualTo("invalid:Param.n.page_size");
        assertThat(e.interfaceName()).isNull();
        assertThat(e.getMessage()).startsWith("invalid Param.n.page_size: must be between 1 and 100, got 0");
    }

    @Test
    void longLvbMessagesAreClipped() {
        String html = "<html>" + "x".repeat(5000) + "</html>";
        LvbHttpException e = new LvbHttpException("Live_Channel_GetStatus", 502, html);
        assertThat(e.getMessage().length()).isLessThan(500);
        assertThat(e.lvbMessage()).hasSize(303).endsWith("...");
    }

    @Test
    void noExceptionEverShowsTheKeyOrTheSignature() {
        List<LvbException> all = List.of(
                new LvbApiException("Live_Channel_GetStatus", 1201, 1201, "internal error for " + URL),
                new LvbFrontEndException("Live_Channel_GetStatus", LvbFrontEndException.Reason.SIGN_INVALID,
                        "sign invalid: " + URL),
                new LvbHttpException("Live_Channel_GetStatus", 403, "<html>blocked " + URL + "</html>"),
                new LvbMixException("mix_streamv2.start_mix_stream_advanced", -1, "bad request " + URL),
                new LvbProtocolException(null, "body is not JSON", "<a href=\"" + URL + "\">", null)
                        .withInterface("Live_Channel_GetStatus"),
                new LvbTransportException("Live_Channel_GetStatus", true,
                        new SocketTimeoutException("GET " + URL + " timed out")),
                new LvbTransportException("Live_Channel_GetStatus", false, new IOException("Connection reset: " + URL)),
                new LvbProtocolException("Live_Channel_GetStatus", "reply has no 'ret'",
                        "{\"t\":" + T + ",\"sign\":\"" + SIGN + "\"}", null));
        for (LvbException e : all) {
            assertThat(e).isInstanceOf(RuntimeException.class);
            assertThat(e.getMessage()).as(e.getClass().getSimpleName()).doesNotContain(KEY).doesNotContain(SIGN)
                    .doesNotContain(SIGN.substring(0, 8));
            assertThat(e.toString()).doesNotContain(KEY).doesNotContain(SIGN);
            if (e.lvbMessage() != null) {
                assertThat(e.lvbMessage()).as(e.getClass().getSimpleName() + ".lvbMessage()").doesNotContain(SIGN)
                        .doesNotContain(KEY);
            }
        }
        // the interface and the harmless parts stay readable
        assertThat(all.get(0).getMessage()).contains("Param.s.channel_id=2519_a").contains("sign=***");
    }
}
