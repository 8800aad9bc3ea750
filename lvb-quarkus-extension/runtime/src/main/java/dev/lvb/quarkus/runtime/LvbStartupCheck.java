package dev.lvb.quarkus.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Fails the start of a production application whose active LVB accounts (the default one and every
 * {@code quarkus.lvb."<name>".*}) lack credentials, with one message naming each missing property and its environment
 * variable. In dev and test mode it warns instead (the Dev Service usually supplies them). {@code active=false} skips
 * an account.
 */
@Singleton
public class LvbStartupCheck {

    private static final Logger LOG = Logger.getLogger("dev.lvb.quarkus");

    void onStart(@Observes StartupEvent event, LvbConfig config) {
        List<String> problems = new ArrayList<>();
        if (config.active()) {
            problems.addAll(LvbConfigCredentials.problems(config));
        } else {
            LOG.info("LVB's default account is inactive (quarkus.lvb.active=false)");
        }
        for (String account : new TreeSet<>(config.accounts().keySet())) {
            if (LvbAccountNames.RESERVED.contains(account)) {
                throw new ConfigurationException("'" + account + "' cannot name an LVB account (reserved: "
                        + new TreeSet<>(LvbAccountNames.RESERVED) + "); rename the properties "
                        + LvbAccountNames.prefix(account) + "*");
            }
            if (config.accounts().get(account).active()) {
                problems.addAll(LvbConfigCredentials.problems(config, account));
            } else {
                LOG.infof("LVB account '%s' is inactive (%s=false)", account,
                        LvbAccountNames.property(account, "active"));
            }
        }
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
