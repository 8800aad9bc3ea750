package dev.lvb.quarkus.runtime;

import java.util.Map;

import io.quarkus.restclient.config.RestClientsConfig;
import io.smallrye.config.WithParentName;

/**
 * The named accounts' HTTP settings, {@code quarkus.rest-client."lvb-<name>".*}, read as Quarkus reads any REST
 * client's (Quarkus' own mapping only knows the keys of the REST client interfaces it registered at build time).
 * Registered by the extension at prefix {@code quarkus.rest-client} (no configuration root of its own: the
 * properties are the REST client's and documented there).
 */
public interface LvbAccountRestClients {

    /** @return every {@code quarkus.rest-client."<key>".*}, by key */
    @WithParentName
    Map<String, RestClientsConfig.RestClientConfig> clients();
}
