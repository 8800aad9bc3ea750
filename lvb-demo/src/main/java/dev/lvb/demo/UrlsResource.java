package dev.lvb.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.lvb.core.url.LvbPlayUrls;
import dev.lvb.core.url.LvbPushUrls;
import dev.lvb.core.url.LvbStreamUrls;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Hands out signed push and play URLs of a stream ({@code quarkus.lvb.urls.*}): what a streaming app gives its
 * broadcaster and its viewers. The URLs are credentials until they expire: never cached, never logged.
 */
@Path("/urls")
@Produces(MediaType.APPLICATION_JSON)
public class UrlsResource {

    static final int DEFAULT_MINUTES = 120;
    static final int MAX_MINUTES = 7 * 24 * 60;

    /**
     * The URLs of one stream.
     *
     * @param streamId the stream
     * @param expiry when they expire ({@code txTime})
     * @param push the push URLs, {@code null} when no push domain is configured
     * @param play the play URLs, {@code null} when no play domain is configured
     */
    public record Handout(String streamId, Instant expiry, LvbPushUrls push, LvbPlayUrls play) {
    }

    @Inject
    Instance<LvbStreamUrls> urls;

    Clock clock = Clock.systemUTC();

    /**
     * @param id the stream
     * @param minutes how long the URLs are valid, 1 to 10080 (default 120)
     * @return its signed URLs
     */
    @GET
    @Path("{id}")
    public Response urls(@PathParam("id") String id, @QueryParam("minutes") String minutes) {
        int valid = DEFAULT_MINUTES;
        if (minutes != null && !minutes.isBlank()) {
            try {
                valid = Integer.parseInt(minutes.trim());
            } catch (NumberFormatException e) {
                valid = -1;
            }
            if (valid < 1 || valid > MAX_MINUTES) {
                throw DemoProblemException.badRequest("minutes", "must be a whole number from 1 to " + MAX_MINUTES);
            }
        }
        LvbStreamUrls signer;
        try {
            signer = urls.get();
        } catch (RuntimeException e) {
            throw DemoProblemException.badRequest("quarkus.lvb.urls", "signed URLs are not configured: set "
                    + "quarkus.lvb.urls.push-domain and/or quarkus.lvb.urls.play-domain (and their keys)");
        }
        Instant expiry = clock.instant().plus(Duration.ofMinutes(valid)).truncatedTo(ChronoUnit.SECONDS);
        LvbPushUrls push;
        LvbPlayUrls play;
        try {
            push = optional(() -> signer.push(id, expiry));
            play = optional(() -> signer.play(id, expiry));
        } catch (IllegalArgumentException e) {
            throw DemoProblemException.badRequest("id", e.getMessage());
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new Handout(id, expiry, push, play)).cacheControl(noStore).build();
    }

    /** @return the URLs, {@code null} when that side (push or play) has no domain configured */
    private static <T> T optional(java.util.function.Supplier<T> urls) {
        try {
            return urls.get();
        } catch (IllegalStateException notConfigured) {
            return null;
        }
    }
}
