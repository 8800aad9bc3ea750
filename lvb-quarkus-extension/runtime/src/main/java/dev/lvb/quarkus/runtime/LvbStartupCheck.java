package dev.lvb.quarkus.runtime;

import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Fails the start of a production application that has no LVB credentials, with one message naming each missing
 * property and its environment variable. In dev and test mode it warns instead (the Dev Service usually supplies
 * them). {@code quarkus.lvb.active=false} skips the check.
 */
@Singleton
public class LvbStartupCheck {

    private static final Logger LOG = Logger.getLogger("dev.lvb.quarkus");

    void onStart(@Observes StartupEvent event, LvbConfig config) {
        if (!config.active()) {
            LOG.info("LVB is inactive (quarkus.lvb.active=false)");
            return;
        }
        List<String> problems = LvbConfigCredentials.problems(config);
        if (problems.isEmpty()) {
            return;
        }
        String message = LvbConfigCredentials.message(problems);
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new ConfigurationException(message);
        }
        LOG.warn(message);
    }
}
