package dev.lvb.bench.app;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.lvb.client.LvbApi;
import dev.lvb.core.model.StreamStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Live_Channel_GetStatus through the extension's {@code @RestClient LvbApi} (Quarkus REST client, Vert.x). */
@ApplicationScoped
public class LvbCallMode implements CallMode {

    @Inject
    @RestClient
    LvbApi lvb;

    @Override
    public String name() {
        return "lvb-quarkus";
    }

    @Override
    public void call() {
        StreamStatus status = lvb.getStatus("bench_stream");
        if (!status.isLive()) {
            throw new IllegalStateException("unexpected status " + status);
        }
    }
}
