package dev.lvb.callback;

import dev.lvb.callback.internal.LvbEventDispatcher;
import dev.lvb.core.LvbCredentialsProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/**
 * The URL LVB posts its event notifications to: {@value #DEFAULT_PATH} (relative to the application's Jakarta REST
 * root). Configure {@code https://<your host>/<rest root>/lvb/callback} in the LVB console (直播码接入 -> 接入配置,
 * or the callback template). The behaviour is {@link LvbCallbackEndpoint}'s.
 * <p>
 * A CDI bean: the application needs Jakarta REST and CDI (any Jakarta EE / MicroProfile server); an application that
 * lists its resource classes in {@code Application.getClasses()} must list this one too. Quarkus applications use the
 * extension instead, which serves the endpoint at {@code quarkus.lvb.callback.path}.
 */
@Path(LvbCallbackResource.DEFAULT_PATH)
@ApplicationScoped
public class LvbCallbackResource extends LvbCallbackEndpoint {

    /** The resource's path. */
    public static final String DEFAULT_PATH = "/lvb/callback";

    /** For the container's proxy. */
    protected LvbCallbackResource() {
    }

    /**
     * Without listeners.
     *
     * @param settings the receiver's settings
     * @param credentials supplies the callback key
     * @param dedupe remembers delivered events
     * @param dispatcher fires events to the observers
     */
    public LvbCallbackResource(LvbCallbackSettings settings, LvbCredentialsProvider credentials, LvbDedupeStore dedupe,
            LvbEventDispatcher dispatcher) {
        super(settings, credentials, dedupe, dispatcher);
    }

    /**
     * @param settings the receiver's settings
     * @param credentials supplies the callback key
     * @param dedupe remembers delivered events
     * @param dispatcher fires events to the observers
     * @param listeners the {@link LvbCallbackListener} beans (zero or more), told about every notification
     */
    @Inject
    public LvbCallbackResource(LvbCallbackSettings settings, LvbCredentialsProvider credentials, LvbDedupeStore dedupe,
            LvbEventDispatcher dispatcher, Instance<LvbCallbackListener> listeners) {
        super(settings, credentials, dedupe, dispatcher, listeners);
    }
}
