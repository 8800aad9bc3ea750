package dev.lvb.bench.redisapp;

import java.util.concurrent.atomic.LongAdder;

import dev.lvb.core.event.LvbEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The same observer as app-lvb's: counts deliveries, so the run can check that every notification arrived. */
@ApplicationScoped
@Path("/bench/delivered")
public class CountingObserver {

    private final LongAdder delivered = new LongAdder();

    void on(@Observes LvbEvent event) {
        delivered.increment();
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public long delivered() {
        return delivered.sum();
    }
}
