package dev.lvb.bench.app;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The baseline of the callback benchmark: a plain Jakarta REST endpoint that reads the posted body (as the LVB
 * callback endpoint does) and answers {@code {"code":0}} as JSON, on the same (worker) thread pool as the callback
 * endpoint: a non-reactive signature runs on a worker thread in Quarkus REST, like the callback's InputStream one.
 */
@Path("/bare")
public class BareResource {

    private static final String OK = "{\"code\":0}";

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public String receive(byte[] body) {
        return OK;
    }
}
