package dev.lvb.quarkus.runtime;

import java.time.Clock;

import dev.lvb.callback.InMemoryLvbDedupeStore;
import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.callback.LvbDedupeStore;
import dev.lvb.client.LvbClientSettings;
import dev.lvb.client.internal.LvbRequestFilter;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.core.LvbWireOptions;
import io.quarkus.arc.DefaultBean;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Turns {@code quarkus.lvb.*} into the beans the client and the callback endpoint use. Credentials and the
 * duplicate store are {@link DefaultBean}s: declare your own bean of the type to replace them.
 */
@Singleton
public class LvbProducers {

    @Produces
    @Singleton
    @DefaultBean
    LvbCredentialsProvider credentials(LvbConfig config) {
        return new LvbConfigCredentials(config);
    }

    @Produces
    @Singleton
    LvbClientSettings clientSettings(LvbConfig config, LvbCredentialsProvider credentials) {
        return clientSettings((LvbAccountConfig) config, credentials);
    }

    /** @return the client settings of one account (the default or a named one) */
    static LvbClientSettings clientSettings(LvbAccountConfig account, LvbCredentialsProvider credentials) {
        LvbConfig.Wire wire = account.wire();
        return new LvbClientSettings(credentials, account.signatureValidity(), account.statcgiUrl().orElse(null),
                new LvbWireOptions(wire.fcgiAppIdParam(), wire.taskIdAsString(), wire.channelListOrderParam(),
                        wire.mixQueryInterface()),
                Clock.systemUTC());
    }

    /**
     * The client's signing filter as a bean: Quarkus' REST client uses the bean of a registered provider, so the
     * filter signs with the application's {@link LvbClientSettings} (resolved at the first call). An alternative,
     * because the REST client also declares the provider class itself as a bean.
     */
    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    LvbRequestFilter clientRequestFilter(Instance<LvbClientSettings> settings) {
        return new LvbRequestFilter(settings::get);
    }

    @Produces
    @Singleton
    LvbCallbackSettings callbackSettings(LvbConfig config) {
        LvbConfig.Callback c = config.callback();
        long body = c.maxBodySize().asLongValue();
        return new LvbCallbackSettings(c.clockSkew(), c.maxLifetime(), (int) Math.min(Integer.MAX_VALUE, body),
                c.dedupeWindow(), c.dedupeLease(), c.dedupeMaxEntries(), c.verifySignature(), Clock.systemUTC());
    }

    @Produces
    @Singleton
    @DefaultBean
    LvbDedupeStore dedupeStore(LvbCallbackSettings settings) {
        return new InMemoryLvbDedupeStore(settings.dedupeMaxEntries(), settings.clock());
    }
}
