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
 * Bounded and expiring: each entry lives for its window (claims as well as completed events) and is dropped lazily
 * once expired; when {@code maxEntries} unexpired entries are held, the oldest one is evicted to make room (an
 * evicted event that LVB re-sends is delivered again: at-least-once). Every operation is O(1) amortised and
 * thread-safe (one short lock; LVB's notification rate is far below what that serialises).
 */
public final class InMemoryLvbDedupeStore implements LvbDedupeStore {

    private static final class Entry {
        final long expiresAtMillis;
        final boolean completed;

        Entry(long expiresAtMillis, boolean completed) {
            this.expiresAtMillis = expiresAtMillis;
            this.completed = completed;
        }
    }

    private final int maxEntries;
    private final Clock clock;
    // Insertion order == order of expiry as long as the window is the same for every entry (it is: one setting),
    // so expired entries are found at the head. complete() re-inserts to keep that order.
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
    public Claim tryClaim(String key, Duration window) {
        Objects.requireNonNull(key, "key");
        long now = clock.millis();
        long expires = expiry(now, window);
        synchronized (entries) {
            purgeExpired(now);
            Entry e = entries.get(key);
            if (e != null) {
                if (e.expiresAtMillis > now) {
                    return e.completed ? Claim.DUPLICATE : Claim.IN_PROGRESS;
                }
                entries.remove(key);
            }
            put(key, new Entry(expires, false));
            return Claim.NEW;
        }
    }

    @Override
    public void complete(String key, Duration window) {
        Objects.requireNonNull(key, "key");
        long now = clock.millis();
        long expires = expiry(now, window);
        synchronized (entries) {
            entries.remove(key);
            purgeExpired(now);
            put(key, new Entry(expires, true));
        }
    }

    @Override
    public void release(String key) {
        Objects.requireNonNull(key, "key");
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && !e.completed) {
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

    private static long expiry(long now, Duration window) {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, got " + window);
        }
        long millis;
        try {
            millis = window.toMillis();
        } catch (ArithmeticException e) {
            millis = Long.MAX_VALUE;
        }
        return millis > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + millis;
    }
}
