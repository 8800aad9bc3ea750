package dev.lvb.core.url;

import java.util.Objects;
import java.util.Optional;

/**
 * A push or play authentication key of a domain (LVB console "鉴权配置": the primary key and an optional backup
 * key, both accepted by LVB; rotate by signing with the backup while the primary changes). Never printed.
 *
 * @param primary the primary key (MasterAuthKey / AuthKey)
 * @param backup the backup key (BackupAuthKey / AuthBackKey), or {@code null}
 */
public record LvbAuthKey(String primary, String backup) {

    /**
     * Rejects a missing or empty primary key; an empty backup means none.
     *
     * @param primary the primary key (MasterAuthKey / AuthKey)
     * @param backup the backup key (BackupAuthKey / AuthBackKey), or {@code null}
     */
    public LvbAuthKey {
        Objects.requireNonNull(primary, "primary key");
        if (primary.isEmpty()) {
            throw new IllegalArgumentException("the primary key is empty");
        }
        if (backup != null && backup.isEmpty()) {
            backup = null;
        }
    }

    /**
     * @param primary the primary key (MasterAuthKey / AuthKey)
     * @return a key without a backup key
     */
    public static LvbAuthKey of(String primary) {
        return new LvbAuthKey(primary, null);
    }

    /** @return the backup key, if configured */
    public Optional<String> backupKey() {
        return Optional.ofNullable(backup);
    }

    @Override
    public String toString() {
        return "LvbAuthKey[primary=***" + (backup == null ? "" : ", backup=***") + "]";
    }
}
