package dev.lvb.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * LVB's wall-clock times: strings like {@code 2017-01-01 10:10:01} are China Standard Time (UTC+8, no daylight
 * saving). Every conversion between those strings and {@link Instant} goes through here.
 */
public final class LvbTime {

    /** China Standard Time, the zone of every LVB time string. */
    public static final ZoneOffset CST = ZoneOffset.ofHours(8);

    // STRICT: the default SMART style would quietly read 2017-02-30 as 2017-02-28.
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private LvbTime() {
    }

    /**
     * @param instant a point in time
     * @return its CST wall-clock text, {@code yyyy-MM-dd HH:mm:ss} (sub-seconds dropped)
     */
    public static String format(Instant instant) {
        return FORMAT.format(LocalDateTime.ofInstant(instant, CST));
    }

    /**
     * @param text a CST wall-clock text, {@code yyyy-MM-dd HH:mm:ss}
     * @return the instant it names
     * @throws IllegalArgumentException when the text is not in that format
     */
    public static Instant parse(String text) {
        try {
            return LocalDateTime.parse(text.trim(), FORMAT).toInstant(CST);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("not an LVB time (yyyy-MM-dd HH:mm:ss, UTC+8): '" + text + "'", e);
        }
    }

    /**
     * @param instant a point in time
     * @return its calendar date in CST (the "day" LVB's day-bounded queries mean)
     */
    public static LocalDate cstDate(Instant instant) {
        return LocalDate.ofInstant(instant, CST);
    }
}
