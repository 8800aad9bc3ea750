package dev.lvb.demo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbErrorCode;
import dev.lvb.core.error.LvbException;
import dev.lvb.core.error.LvbCloudException;
import dev.lvb.core.error.LvbFrontEndException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbMixException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.core.error.LvbValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Turns LVB's errors and the demo's own into {@code application/problem+json} (RFC 9457), with the LVB interface and
 * LVB's code as extension members {@code lvbInterface} and {@code lvbCode}.
 * <table>
 * <caption>Statuses</caption>
 * <tr><td>{@link LvbValidationException} (refused before sending)</td><td>400</td></tr>
 * <tr><td>{@link LvbApiException} 20601 from Live_Channel_GetStatus (never pushed)</td><td>404</td></tr>
 * <tr><td>other {@link LvbApiException}, {@link LvbMixException}, {@link LvbFrontEndException},
 * {@link LvbHttpException}, {@link LvbProtocolException}, {@link LvbCloudException}</td><td>502</td></tr>
 * <tr><td>{@link LvbTransportException}</td><td>504 on a timeout, else 502</td></tr>
 * </table>
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response lvb(LvbException e, UriInfo uri) {
        Problem problem = problem(e);
        if (problem.status() >= 500) {
            LOG.warnf("LVB call failed (%d): %s", problem.status(), e.getMessage());
        }
        return problem.toResponse(path(uri));
    }

    @ServerExceptionMapper
    public Response demo(DemoProblemException e, UriInfo uri) {
        return e.problem().toResponse(path(uri));
    }

    /**
     * @param e an error from the LVB client
     * @return the problem that describes it
     */
    static Problem problem(LvbException e) {
        Problem p;
        if (e instanceof LvbValidationException v) {
            p = Problem.of("invalid-request", "Invalid request", 400, e.getMessage()).with("parameter",
                    v.parameter());
        } else if (e instanceof LvbApiException a) {
            if (a.ret() == LvbErrorCode.STREAM_NEVER_PUSHED.ret()
                    && LvbInterface.CHANNEL_GET_STATUS.wireName().equals(a.interfaceName())) {
                p = Problem.of("stream-never-pushed", "LVB does not know this stream", 404, e.getMessage());
            } else {
                p = Problem.of("lvb-error", "LVB answered with an error", 502, e.getMessage());
            }
        } else if (e instanceof LvbCloudException c) {
            p = Problem.of("lvb-cloud-error", "The Cloud API answered with an error", 502, e.getMessage())
                    .with("kind", c.kind().name());
        } else if (e instanceof LvbMixException) {
            p = Problem.of("lvb-mix-error", "LVB stream mixing failed", 502, e.getMessage());
        } else if (e instanceof LvbFrontEndException f) {
            p = Problem.of("lvb-refused", "LVB refused the call", 502, e.getMessage()).with("reason",
                    f.reason().name());
        } else if (e instanceof LvbHttpException h) {
            p = Problem.of("lvb-http-error", "LVB answered with an HTTP error", 502, e.getMessage())
                    .with("lvbHttpStatus", h.status());
        } else if (e instanceof LvbTransportException t) {
            p = t.isTimeout()
                    ? Problem.of("lvb-timeout", "LVB did not answer in time", 504, e.getMessage())
                    : Problem.of("lvb-unreachable", "LVB could not be reached", 502, e.getMessage());
        } else if (e instanceof LvbProtocolException) {
            p = Problem.of("lvb-protocol-error", "LVB's answer could not be understood", 502, e.getMessage());
        } else {
            p = Problem.of("lvb-failure", "The call to LVB failed", 502, e.getMessage());
        }
        Problem withLvb = p.with("lvbInterface", e.interfaceName()).with("lvbCode", e.code());
        return e.lvbMessage() == null ? withLvb : withLvb.with("lvbMessage", e.lvbMessage());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
