package dev.lvb.bench.app;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

/**
 * Runs {@link ClosedLoop} inside the application with one of its {@link CallMode} beans:
 * {@code GET /bench/client?mode=&threads=&warmMillis=&millis=} answers the result as JSON.
 */
@Path("/bench/client")
public class ClientLoadResource {

    @Inject
    @Any
    Instance<CallMode> modes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String run(@QueryParam("mode") String modeName, @QueryParam("threads") int threads,
            @QueryParam("warmMillis") long warmMillis, @QueryParam("millis") long millis) throws Exception {
        CallMode mode = null;
        for (CallMode m : modes) {
            if (m.name().equals(modeName)) {
                mode = m;
            }
        }
        if (mode == null || threads < 1 || threads > 1024 || millis < 1 || warmMillis < 0) {
            throw new WebApplicationException("unknown mode or bad parameters", 400);
        }
        mode.call(); // fail fast, and build lazily built clients outside the measurement
        return ClosedLoop.measure(mode, threads, warmMillis, millis).toJson();
    }
}
