package dev.lvb.client.internal;

import java.lang.reflect.Method;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.spi.RestClientListener;
import org.jboss.logging.Logger;

import dev.lvb.client.LvbApi;

/**
 * Keeps the HTTP transport from repeating LVB calls on its own. RESTEasy's default engine (Apache HttpClient 4)
 * silently re-sends a GET up to three times after an I/O error such as a connection reset or an empty reply; for
 * Live_Tape_Start and Live_Queue_Get (GETs that are not idempotent) that creates duplicate recording tasks or loses
 * screenshots. This listener, called by the MicroProfile runtime for every REST client it builds, switches that off
 * for {@link LvbApi} when the builder is RESTEasy's; for other runtimes (Quarkus, whose Vert.x client does not
 * retry) it does nothing. Retrying is the application's decision (see {@link LvbApi}).
 * <p>
 * Why reflection: RESTEasy's MicroProfile builder (3.0.x, and its main branch today) has no supported setting for
 * this. {@code disableAutomaticRetries()} exists only on its package-private delegate; its {@code resteasy.*}
 * properties reach only delegate methods that take arguments; and handing it an engine of ours (the
 * {@code resteasy.httpEngine} property or a registered engine) replaces the engine the builder would configure, so the
 * application's timeouts, TLS and proxy settings on that builder would be silently dropped. Losing those is worse than
 * this one reflective call, whose failure is logged as a warning and whose effect {@code LvbErrorTest} proves.
 */
public final class LvbRestClientListener implements RestClientListener {

    private static final Logger LOG = Logger.getLogger(LvbRequestFilter.LOGGER_NAME);

    @Override
    public void onNewClient(Class<?> serviceInterface, RestClientBuilder builder) {
        if (serviceInterface != LvbApi.class || builder == null) {
            return;
        }
        try {
            Method delegate = find(builder.getClass(), "getBuilderDelegate");
            if (delegate == null) {
                return; // not RESTEasy
            }
            delegate.setAccessible(true);
            Object resteasyBuilder = delegate.invoke(builder);
            if (resteasyBuilder != null) {
                resteasyBuilder.getClass().getMethod("disableAutomaticRetries").invoke(resteasyBuilder);
                LOG.debug("LVB client: automatic retries of the RESTEasy HTTP engine disabled");
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("LVB client: could not switch off the HTTP engine's automatic retries (%s); a GET that fails"
                    + " with an I/O error may be sent again by the engine", e.toString());
        }
    }

    private static Method find(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 0) {
                    return m;
                }
            }
        }
        return null;
    }
}
