package dev.lvb.it.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbReactiveApi;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbErrorCode;
import dev.lvb.core.error.LvbException;
import dev.lvb.core.model.StreamStatus;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What an application typically builds on the client: a few JSON endpoints that call LVB, blocking and reactive,
 * with LVB's failures mapped to HTTP answers.
 */
@Path("/streams")
@Produces(MediaType.APPLICATION_JSON)
public class StreamsResource {

    @Inject
    @RestClient
    LvbApi lvb;

    @Inject
    @RestClient
    LvbReactiveApi reactive;

    @Inject
    ResilientStreams resilient;

    @GET
    @Path("/live")
    public List<String> live() {
        return lvb.getLiveChannelList().streamIds();
    }

    @GET
    @Path("/{id}")
    public Map<String, Object> status(@PathParam("id") String id) {
        return describe(id, lvb.getStatus(id));
    }

    @GET
    @Path("/{id}/resilient")
    public Map<String, Object> statusWithRetries(@PathParam("id") String id) {
        return describe(id, resilient.status(id));
    }

    @GET
    @Path("/{id}/reactive")
    public Uni<Map<String, Object>> statusReactive(@PathParam("id") String id) {
        return reactive.getStatus(id).map(s -> describe(id, s));
    }

    @POST
    @Path("/{id}/ban")
    public Response ban(@PathParam("id") String id) {
        lvb.ban(id);
        return Response.noContent().build();
    }

    private static Map<String, Object> describe(String id, StreamStatus status) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("streamId", id);
        out.put("state", status.state().name());
        out.put("live", status.isLive());
        return out;
    }

    @ServerExceptionMapper
    public Response neverPushed(LvbApiException e) {
        if (e.errorCode().filter(c -> c == LvbErrorCode.STREAM_NEVER_PUSHED).isPresent()) {
            return error(Response.Status.NOT_FOUND, e);
        }
        return error(Response.Status.BAD_GATEWAY, e);
    }

    @ServerExceptionMapper
    public Response lvbFailed(LvbException e) {
        return error(Response.Status.BAD_GATEWAY, e);
    }

    private static Response error(Response.Status status, LvbException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.getClass().getSimpleName());
        body.put("code", e.code());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
