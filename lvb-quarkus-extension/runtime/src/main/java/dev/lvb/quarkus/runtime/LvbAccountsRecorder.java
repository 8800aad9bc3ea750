package dev.lvb.quarkus.runtime;

import java.util.function.Function;
import java.util.function.Supplier;

import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbReactiveApi;
import io.quarkus.arc.SyntheticCreationalContext;
import io.quarkus.runtime.annotations.Recorder;

/** Creates the beans of the named accounts ({@code @LvbAccount("<name>") LvbApi} and its reactive twin). */
@Recorder
public class LvbAccountsRecorder {

    /**
     * @param account the account's name
     * @return creates the blocking client of {@code account}
     */
    public Function<SyntheticCreationalContext<LvbApi>, LvbApi> api(String account) {
        return context -> context.getInjectedReference(LvbAccounts.class).api(account);
    }

    /**
     * @param account the account's name
     * @return creates the reactive client of {@code account}
     */
    public Function<SyntheticCreationalContext<LvbReactiveApi>, LvbReactiveApi> reactive(String account) {
        return context -> context.getInjectedReference(LvbAccounts.class).reactive(account);
    }

    /**
     * @param defaultPath the default account's callback path
     * @param enabled whether the callback endpoints are served
     * @return the callback paths, the default one fixed at build time
     */
    public Supplier<LvbCallbackPaths> callbackPaths(String defaultPath, boolean enabled) {
        return () -> new LvbCallbackPaths(defaultPath, enabled);
    }
}
