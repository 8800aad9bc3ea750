package dev.lvb.quarkus.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.Config;

import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbCallListener;
import dev.lvb.client.LvbClientSettings;
import dev.lvb.client.LvbClients;
import dev.lvb.client.LvbReactiveApi;
import dev.lvb.client.internal.LvbClientProxy;
import dev.lvb.client.internal.LvbInvocations;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.quarkus.LvbAccount;
import io.quarkus.restclient.config.RestClientBuilderFactory;
import io.quarkus.restclient.config.RestClientsConfig;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The named accounts ({@code quarkus.lvb."<name>".*}) at run time: their credentials (an
 * {@code @LvbAccount("<name>") LvbCredentialsProvider} bean, else the configuration), client settings and clients.
 * The default account keeps its own beans ({@code LvbProducers}, {@code @RestClient LvbApi}).
 */
@Singleton
public class LvbAccounts {

    private final LvbConfig config;
    private final RestClientsConfig restClients;
    private final Config mp;
    private final Instance<LvbCredentialsProvider> credentialBeans;
    private final Instance<LvbCallListener> listeners;
    private final Map<String, LvbCredentialsProvider> credentials = new ConcurrentHashMap<>();
    private final Map<String, LvbApi> clients = new ConcurrentHashMap<>();
    private final Map<String, LvbReactiveApi> reactiveClients = new ConcurrentHashMap<>();

    /**
     * @param config the configuration
     * @param credentialBeans the application's credential providers, looked up by account qualifier
     * @param listeners every call listener bean
     * @param restClients the REST clients' configuration ({@code quarkus.rest-client.*})
     * @param mp the configuration, for the named accounts' REST client keys ({@link LvbAccountRestClients})
     */
    @Inject
    public LvbAccounts(LvbConfig config, @Any Instance<LvbCredentialsProvider> credentialBeans,
            @Any Instance<LvbCallListener> listeners, RestClientsConfig restClients,
            Config mp) {
        this.mp = mp;
        this.config = config;
        this.restClients = restClients;
        this.credentialBeans = credentialBeans;
        this.listeners = listeners;
    }

    /** @return the names of the named accounts, sorted */
    public Set<String> names() {
        return new TreeSet<>(config.accounts().keySet());
    }

    /** @return the configuration of a named account (the defaults when nothing of it is configured) */
    LvbConfig.NamedAccount config(String account) {
        return config.accounts().get(account);
    }

    /** @return the root configuration */
    LvbConfig root() {
        return config;
    }

    /**
     * @param account the account's name
     * @return the account's credentials: its qualified bean, else its configuration
     */
    public LvbCredentialsProvider credentials(String account) {
        return credentials.computeIfAbsent(account, name -> {
            Instance<LvbCredentialsProvider> own = credentialBeans.select(LvbAccount.Literal.of(name));
            return own.isResolvable() ? own.get() : new LvbConfigCredentials(config, name);
        });
    }

    /** @return the client settings of a named account */
    LvbClientSettings settings(String account) {
        return LvbProducers.clientSettings(config(account), credentials(account));
    }

    /**
     * @param account the account's name
     * @return the blocking client of a named account, built at the first use
     */
    public LvbApi api(String account) {
        return clients.computeIfAbsent(account, name -> build(LvbApi.class, name));
    }

    /**
     * @param account the account's name
     * @return the reactive client of a named account, built at the first use
     */
    public LvbReactiveApi reactive(String account) {
        return reactiveClients.computeIfAbsent(account, name -> build(LvbReactiveApi.class, name));
    }

    private <T> T build(Class<T> type, String account) {
        // Quarkus' builder factory applies a RestClientsConfig's settings of the interface; handed a view in which
        // the interface's settings are those of the account's key, it applies quarkus.rest-client."lvb-<name>".*.
        RestClientsConfig.RestClientConfig own = mp.unwrap(SmallRyeConfig.class)
                .getConfigMapping(LvbAccountRestClients.class, "quarkus.rest-client").clients()
                .get(LvbAccountNames.restClientKey(account));
        if (own == null) {
            own = restClients.clients().get(LvbApi.class.getName()); // nothing configured: the defaults
        }
        RestClientsConfig.RestClientConfig client = own;
        RestClientsConfig view = (RestClientsConfig) Proxy.newProxyInstance(RestClientsConfig.class.getClassLoader(),
                new Class<?>[] { RestClientsConfig.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getClient")) {
                        return client;
                    }
                    try {
                        return method.invoke(restClients, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        T rest = RestClientBuilderFactory.getInstance().newBuilder(type, view)
                .property(LvbClientSettings.PROPERTY, settings(account)).build(type);
        return LvbClientProxy.of(type, rest, LvbClientInterceptor.invocations(listener(account)));
    }

    /** The call listeners of a named account: the application's, and the metrics tagged with the account. */
    private LvbCallListener listener(String account) {
        List<LvbCallListener> all = new ArrayList<>();
        for (LvbCallListener l : listeners) {
            all.add(l instanceof LvbMetrics metrics ? metrics.forAccount(account) : l);
        }
        return LvbInvocations.all(all);
    }

    @PreDestroy
    void close() {
        clients.values().forEach(LvbClients::close);
        for (LvbReactiveApi r : reactiveClients.values()) {
            if (r instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    // closing at shutdown: nothing to do about it
                }
            }
        }
    }
}
