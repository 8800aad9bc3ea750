package dev.lvb.callback.internal;

import java.util.Optional;

import org.jboss.logging.Logger;

import dev.lvb.callback.LvbCallbackSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;

/**
 * Checks the callback settings when the application starts (an invalid {@code lvb.callback.*} property fails the
 * start with a message naming it) and warns loudly, in every profile, when signature verification is off.
 */
@ApplicationScoped
public class LvbCallbackStartup {

    /** The warning logged when verification is off. */
    public static final String VERIFICATION_DISABLED_WARNING = "LVB callback signature verification is DISABLED"
            + " (lvb.callback.verify-signature=false): anyone who can reach the callback URL can forge LVB events."
            + " Never run like this outside a sealed test environment.";

    private static final Logger LOG = Logger.getLogger(LvbCallbackStartup.class);

    /**
     * @param startup CDI 4's portable "application started" event (Quarkus fires it with its StartupEvent)
     * @param settings the settings in force
     */
    void onStart(@Observes Startup startup, LvbCallbackSettings settings) {
        check(settings, LOG);
    }

    /**
     * Logs the warning that applies to these settings, if any.
     *
     * @param settings the settings in force
     * @param log where to log
     * @return the warning logged, if one was
     */
    public static Optional<String> check(LvbCallbackSettings settings, Logger log) {
        if (settings.verifySignature()) {
            return Optional.empty();
        }
        log.warn(VERIFICATION_DISABLED_WARNING);
        return Optional.of(VERIFICATION_DISABLED_WARNING);
    }
}
