package dev.lvb.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A pass-through to the embedded simulator's control API, so that the page (served by this application, while the
 * simulator listens on another port without CORS) can start and stop simulated pushes. Present only when the LVB
 * Dev Service started the simulator; against a configured LVB every path answers a 404 problem. The simulator's
 * status and JSON answer are passed on as they are (e.g. 403 when a banned stream tries to push).
 */
@Path("/simulator")
@Produces(MediaType.APPLICATION_JSON)
public class SimulatorProxyResource {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    DemoSettings settings;

    /** @return the simulator's settings */
    @GET
    public Response info() {
        return forward("GET", "", null);
    }

    /** @return the simulator's streams */
    @GET
    @Path("streams")
    public Response streams() {
        return forward("GET", "/streams", null);
    }

    /** @return the simulator's log of notifications */
    @GET
    @Path("callbacks")
    public Response callbacks() {
        return forward("GET", "/callbacks", null);
    }

    /**
     * Starts a simulated push: the simulator sends the begin notification here.
     *
     * @param id the stream
     * @param body optional {@code {"userIp":..,"streamParam":..,"viewers":..}}
     */
    @POST
    @Path("streams/{id}/push")
    @Consumes(MediaType.WILDCARD)
    public Response push(@PathParam("id") String id, String body) {
        return forward("POST", "/streams/" + encode(id) + "/push", body);
    }

    /**
     * Sends the simulator's sample notification of one of today's types (314, 315, 317, 321, 328, 332, 341, 343,
     * 348, 349) for a stream.
     *
     * @param id the stream
     * @param type the {@code event_type}
     */
    @POST
    @Path("streams/{id}/events/{type}")
    @Consumes(MediaType.WILDCARD)
    public Response sendEvent(@PathParam("id") String id, @PathParam("type") int type) {
        return forward("POST", "/streams/" + encode(id) + "/events/" + type, "{}");
    }

    /**
     * Ends a simulated push.
     *
     * @param id the stream
     * @param body optional {@code {"reason":"TCP_ERROR"}}
     */
    @POST
    @Path("streams/{id}/stop")
    @Consumes(MediaType.WILDCARD)
    public Response stop(@PathParam("id") String id, String body) {
        return forward("POST", "/streams/" + encode(id) + "/stop", body);
    }

    /** Takes a screenshot of a live simulated stream (409 when not live). */
    @POST
    @Path("streams/{id}/screenshot")
    @Consumes(MediaType.WILDCARD)
    public Response screenshot(@PathParam("id") String id) {
        return forward("POST", "/streams/" + encode(id) + "/screenshot", null);
    }

    private Response forward(String method, String path, String body) {
        URI simulator = settings.simulatorUrl().orElseThrow(() -> new DemoProblemException(Problem.of(
                "simulator-not-running", "No simulator", 404,
                "The LVB simulator runs only in dev and test mode when quarkus.rest-client.\"lvb\".url is not set;"
                        + " this demo talks to the LVB at " + settings.lvbUrl()
                        + ", where pushes come from real encoders.")));
        String json = body == null || body.isBlank() ? "{}" : body;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator + "/simulator" + path))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json");
        request = "GET".equals(method) ? request.GET()
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> answer = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return Response.status(answer.statusCode()).type(MediaType.APPLICATION_JSON).entity(answer.body())
                    .build();
        } catch (IOException e) {
            throw new DemoProblemException(Problem.of("simulator-unreachable", "The simulator did not answer", 502,
                    "The LVB simulator at " + simulator + " did not answer: " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoProblemException(Problem.of("simulator-unreachable", "The simulator did not answer", 502,
                    "interrupted"));
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
