package dev.lvb.quarkus.runtime;

import java.time.Duration;

import dev.lvb.callback.LvbDedupeStore;

/**
 * One named account's view of the application's duplicate store: its keys start with {@code account:<name>:}, so
 * that the same notification sent to two accounts is delivered once for each (in Redis the key is
 * {@code <prefix>:<appid>:account:<name>:<hash>}).
 */
final class LvbAccountDedupeStore implements LvbDedupeStore {

    private final LvbDedupeStore store;
    private final String prefix;

    LvbAccountDedupeStore(LvbDedupeStore store, String account) {
        this.store = store;
        this.prefix = "account:" + account + ":";
    }

    @Override
    public Claim tryClaim(String key, String owner, Duration lease) {
        return store.tryClaim(prefix + key, owner, lease);
    }

    @Override
    public boolean renew(String key, String owner, Duration lease) {
        return store.renew(prefix + key, owner, lease);
    }

    @Override
    public void complete(String key, String owner, Duration window) {
        store.complete(prefix + key, owner, window);
    }

    @Override
    public void release(String key, String owner) {
        store.release(prefix + key, owner);
    }
}
