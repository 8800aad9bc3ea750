package dev.lvb.quarkus.runtime;

import java.time.Duration;
import java.util.Objects;

import dev.lvb.callback.LvbDedupeStore;
import io.quarkus.redis.datasource.RedisDataSource;
import io.vertx.mutiny.redis.client.Response;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The {@link LvbDedupeStore} shared by every instance of the application through Redis, selected with
 * {@code quarkus.lvb.callback.dedupe-store=redis} (the application's default Redis client,
 * {@code quarkus.redis.hosts}).
 * <p>
 * One key per event, {@code <key-prefix>:<appid>:<event hash>}, holding either the owner token of the delivery
 * attempt that claimed it (with the lease as its TTL) or {@code seen} (with the window as its TTL). Every operation is
 * one round trip and atomic: the claim is {@code SET NX PX} and, when it loses, the value read in the same script
 * tells a duplicate from a delivery in progress; renewal and release compare the owner token in a script, so an
 * attempt whose lease ran out cannot touch the claim of the one that took over. When Redis cannot be reached the
 * calls fail, and the receiver answers 503 so that LVB retries: no event is delivered without a claim, none is lost.
 */
@Singleton
public class RedisLvbDedupeStore implements LvbDedupeStore {

    private static final String SEEN = "seen";
    private static final String OWNER_MARK = "claim:";

    private static final String CLAIM = """
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 0 end
            if redis.call('GET', KEYS[1]) == 'seen' then return 1 end
            return 2""";
    private static final String RENEW = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return 0""";
    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""";

    private final RedisDataSource redis;
    private final String namespace;

    /**
     * @param redis the application's default Redis client
     * @param config the key prefix and the APPID
     */
    @Inject
    public RedisLvbDedupeStore(RedisDataSource redis, LvbConfig config) {
        this(redis, config.callback().redis().keyPrefix() + ":"
                + config.appId().map(String::valueOf).orElse("-") + ":");
    }

    RedisLvbDedupeStore(RedisDataSource redis, String namespace) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.namespace = namespace;
    }

    /** @return what precedes the event hash in every key */
    public String namespace() {
        return namespace;
    }

    @Override
    public Claim tryClaim(String key, String owner, Duration lease) {
        long r = eval(CLAIM, key, OWNER_MARK + owner, millis(lease));
        return r == 0 ? Claim.NEW : r == 1 ? Claim.DUPLICATE : Claim.IN_PROGRESS;
    }

    @Override
    public boolean renew(String key, String owner, Duration lease) {
        return eval(RENEW, key, OWNER_MARK + owner, millis(lease)) == 1;
    }

    @Override
    public void complete(String key, String owner, Duration window) {
        redis.execute("SET", namespace + key, SEEN, "PX", millis(window));
    }

    @Override
    public void release(String key, String owner) {
        eval(RELEASE, key, OWNER_MARK + owner);
    }

    /** @return whether Redis answers (for the readiness check) */
    public String ping() {
        Response r = redis.execute("PING");
        return r == null ? null : r.toString();
    }

    private long eval(String script, String key, String... args) {
        String[] command = new String[3 + args.length];
        command[0] = script;
        command[1] = "1";
        command[2] = namespace + key;
        System.arraycopy(args, 0, command, 3, args.length);
        Response r = redis.execute("EVAL", command);
        if (r == null) {
            throw new IllegalStateException("Redis answered nothing to an LVB dedupe script");
        }
        return r.toLong();
    }

    private static String millis(Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("duration must be positive, got " + d);
        }
        return String.valueOf(Math.max(1, d.toMillis()));
    }
}
