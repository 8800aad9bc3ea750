package dev.lvb.callback;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The default {@link LvbDedupeStore}: remembers events in this process's memory, so it de-duplicates the
 * notifications one instance receives (use a shared store when several instances share the callback URL).
 * <p>
 * Bounded and expiring: a claim lives for its lease (extended by {@link #renew}), a completed event for its window;
 * expired entries are dropped lazily; when {@code maxEntries} entries are held, the oldest one is evicted to make
 * room (an evicted event that LVB re-sends is delivered again: at-least-once). Every operation is O(1) amortised and
 * thread-safe (one short lock; LVB's notification rate is far below what that serialises).
 */
public final class InMemoryLvbDedupeStore implements LvbDedupeStore {

    private static final class Entry {
        final long expiresAtMillis;
        /** The claiming attempt; {@code null} once completed. */
        final String owner;

        Entry(long expiresAtMillis, String owner) {
            this.expiresAtMillis = expiresAtMillis;
            this.owner = owner;
        }

        boolean completed() {
            return owner == null;
        }
    }

    private final int maxEntries;
    private final Clock clock;
    // Insertion order: completed entries (one window for all) expire in this order, so the lazy purge finds them at
    // the head; claims live shorter and are re-inserted on renewal. An expired claim behind an unexpired entry is
    // dropped when its key is met again or by the bound.
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    /** A store with {@link LvbCallbackSettings#DEFAULT_DEDUPE_MAX_ENTRIES} entries and the system clock. */
    public InMemoryLvbDedupeStore() {
        this(LvbCallbackSettings.DEFAULT_DEDUPE_MAX_ENTRIES, Clock.systemUTC());
    }

    /**
     * @param maxEntries how many events to remember at most, positive
     * @param clock tells the time for expiry
     */
    public InMemoryLvbDedupeStore(int maxEntries, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive, got " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Claim tryClaim(String key, String owner, Duration lease) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(owner, "owner");
        long now = clock.millis();
        long expires = expiry(now, lease, "lease");
        synchronized (entries) {
            purgeExpired(now);
            Entry e = entries.get(key);
            if (e != null) {
                if (e.expiresAtMillis > now) {
                    return e.completed() ? Claim.DUPLICATE : Claim.IN_PROGRESS;
                }
                entries.remove(key);
            }
            put(key, new Entry(expires, owner));
            return Claim.NEW;
        }
    }

    @Override
    public boolean renew(String key, String owner, Duration lease) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(owner, "owner");
        long now = clock.millis();
        long expires = expiry(now, lease, "lease");
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e == null || e.expiresAtMillis <= now || !owner.equals(e.owner)) {
                return false;
            }
            entries.remove(key);
            entries.put(key, new Entry(expires, owner));
            return true;
        }
    }

    @Override
    public void complete(String key, String owner, Duration window) {
        Objects.requireNonNull(key, "key");
        long now = clock.millis();
        long expires = expiry(now, window, "window");
        synchronized (entries) {
            entries.remove(key);
            purgeExpired(now);
            put(key, new Entry(expires, null));
        }
    }

    @Override
    public void release(String key, String owner) {
        Objects.requireNonNull(key, "key");
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && owner != null && owner.equals(e.owner)) {
                entries.remove(key);
            }
        }
    }

    /** @return how many entries are held now, expired ones not yet dropped included */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** @return the bound */
    public int maxEntries() {
        return maxEntries;
    }

    private void put(String key, Entry entry) {
        while (entries.size() >= maxEntries) {
            Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
            it.next();
            it.remove();
        }
        entries.put(key, entry);
    }

    private void purgeExpired(long now) {
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue().expiresAtMillis > now) {
                return;
            }
            it.remove();
        }
    }

    private static long expiry(long now, Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
        long millis;
        try {
            millis = duration.toMillis();
        } catch (ArithmeticException e) {
            millis = Long.MAX_VALUE;
        }
        return millis > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + millis;
    }
}
