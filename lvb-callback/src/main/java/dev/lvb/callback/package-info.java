/**
 * Receives Tencent Cloud LVB event notifications and delivers them as typed CDI events: the body is bounded, the
 * signature ({@code sign = md5(key + t)}) and then the time window are verified, the event is bound to its type
 * (or {@code UnknownEvent}), de-duplicated through an {@link dev.lvb.callback.LvbDedupeStore}, fired, and LVB is
 * answered {@code {"code":0}} only once the observers succeeded, so that LVB retries otherwise.
 * <ul>
 * <li>{@link dev.lvb.callback.LvbCallbackEndpoint}: the endpoint ({@code POST /lvb/callback} by default).</li>
 * <li>{@link dev.lvb.callback.LvbCallbackSettings}: limits, the time window, the dedupe window and lease.</li>
 * <li>{@link dev.lvb.callback.LvbDedupeStore}: the duplicate filter's SPI (claim lease, seen window, owner).</li>
 * <li>{@link dev.lvb.callback.LvbNotificationReport}: what happened to each notification, a CDI event.</li>
 * </ul>
 * The manual (answers, settings, several instances, replacing the dedupe store) is the "Receiving notifications"
 * page of the documentation: {@code docs/modules/ROOT/pages/notifications.adoc}.
 */
package dev.lvb.callback;
