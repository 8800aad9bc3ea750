/**
 * Receives Tencent Cloud LVB event notifications (callbacks) and delivers them to the application as typed CDI
 * events, safely: verified, bounded, de-duplicated, retried by LVB when processing fails.
 *
 * <h2>What it does</h2>
 * LVB POSTs a JSON notification to the callback URL configured in its console whenever a stream begins
 * ({@code event_type} 1) or ends (0), a recording file is ready (100), a screenshot is taken (200) or porn
 * detection fires (317). Each carries {@code t} (an expiry, about 10 minutes after sending) and
 * {@code sign = md5(key + t)}; LVB retries until it gets HTTP 200 with {@code {"code":0}}.
 * <p>
 * {@link dev.lvb.callback.LvbCallbackResource} listens on {@code POST /lvb/callback} (below the application's
 * Jakarta REST root). For every notification it
 * <ol>
 * <li>reads the body once, at most {@code lvb.callback.max-body-size} bytes (larger: 413);</li>
 * <li>parses it as a JSON object and verifies {@code t} and {@code sign} with the callback key, before anything
 * is bound to a type;</li>
 * <li>binds it to the event type of its {@code event_type}: {@code StreamBeginEvent}, {@code StreamEndEvent},
 * {@code RecordingFileEvent}, {@code ScreenshotEvent}, {@code PornDetectionEvent}, or {@code UnknownEvent} (with
 * the raw JSON) for types this library does not know yet, which are delivered too;</li>
 * <li>drops it if the same event was already delivered within the dedupe window (LVB retries and re-sends; the
 * retry carries a new {@code t}/{@code sign} and is still recognised);</li>
 * <li>fires it as a CDI event and waits for the observers;</li>
 * <li>answers.</li>
 * </ol>
 *
 * <h2>Observing events</h2>
 * <pre>{@code
 * @ApplicationScoped
 * public class StreamTracker {
 *
 *     void onBegin(@Observes StreamBeginEvent e) {        // one event type
 *         streams.markLive(e.streamId(), e.eventTime());
 *     }
 *
 *     void onRecording(@Observes RecordingFileEvent e) {
 *         recordings.add(e.streamId(), e.videoUrl(), e.duration());
 *     }
 *
 *     void onAny(@Observes LvbEvent e) {                   // every event, UnknownEvent included
 *         audit.log(e.eventType(), e.streamId());
 *     }
 * }
 * }</pre>
 * Observers run synchronously, on the request thread, before LVB is answered: when they all return, LVB gets
 * 200 {@code {"code":0}}; when one throws, LVB gets HTTP 500 {@code {"code":500,"message":"event processing
 * failed"}}, the event is not recorded as delivered, and LVB's retry delivers it again. Delivery is therefore
 * <em>at least once</em>: make observers idempotent (a duplicate can still arrive after the dedupe window, after
 * a restart of an instance with the in-memory store, or when another instance received the first copy).
 * Keep observers quick (well under 3 seconds): LVB waits about 20 seconds for an answer (2019+ documentation)
 * and then retries; a concurrent retry of an event still being processed is answered 409 and retried later.
 *
 * <h3>The asynchronous alternative</h3>
 * An {@code @ObservesAsync} observer also receives every event, on another thread, after the synchronous observers
 * succeeded: LVB is answered without waiting for it. That keeps the answer fast whatever the observer does, but
 * its failures are only logged: LVB has already been told "received" and will not retry, so the event is lost for
 * that observer (at most once). Use it for work that may be lost or that you make durable yourself; for work that
 * must not be lost, use a synchronous observer that stores the event (in a table, a queue) and process it from
 * there.
 *
 * <h2>Watching the endpoint</h2>
 * Every bean implementing {@link dev.lvb.callback.LvbCallbackListener} hears, after each notification, what happened
 * to it ({@link dev.lvb.callback.LvbNotificationReport}: the event type when verified, the
 * {@link dev.lvb.callback.LvbNotificationOutcome}, the HTTP status): for metrics or an audit of rejected traffic. The
 * Quarkus extension uses it for its Micrometer counters and its Dev UI.
 *
 * <h2>Answers</h2>
 * <table>
 * <caption>What LVB is answered</caption>
 * <tr><th>situation</th><th>HTTP</th><th>body</th><th>observers called</th></tr>
 * <tr><td>delivered</td><td>200</td><td>{@code {"code":0}}</td><td>yes</td></tr>
 * <tr><td>duplicate within the dedupe window</td><td>200</td><td>{@code {"code":0}}</td><td>no</td></tr>
 * <tr><td>empty body, not JSON, not an object, nested too deeply</td><td>400</td><td>{@code {"code":400,...}}</td>
 * <td>no</td></tr>
 * <tr><td>{@code event_type} missing or not an integer, fields of the wrong type</td><td>400</td><td></td>
 * <td>no</td></tr>
 * <tr><td>{@code t} or {@code sign} missing, {@code t} not decimal seconds, wrong {@code sign}</td><td>401</td>
 * <td></td><td>no</td></tr>
 * <tr><td>{@code t} expired, or further ahead than the maximum lifetime</td><td>403</td><td></td><td>no</td></tr>
 * <tr><td>the same event is being processed by a concurrent request (of this instance, or of another one sharing
 * the dedupe store)</td><td>409</td><td></td><td>no (LVB retries)</td></tr>
 * <tr><td>body larger than the limit</td><td>413</td><td></td><td>no</td></tr>
 * <tr><td>an observer threw</td><td>500</td><td>{@code {"code":500,"message":"event processing failed"}}</td>
 * <td>yes (LVB retries)</td></tr>
 * <tr><td>no callback key configured</td><td>500</td><td></td><td>no</td></tr>
 * <tr><td>the dedupe store failed</td><td>503</td><td></td><td>no (LVB retries)</td></tr>
 * </table>
 * Every error body is {@code {"code":<status>,"message":"<short reason>"}}; it never contains a key, the
 * signature or the body.
 *
 * <h2>Configuration</h2>
 * Plain MicroProfile Config, so it works in Quarkus and in any MicroProfile server:
 * <table>
 * <caption>Configuration properties</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code lvb.app-id}</td><td>(required when verifying)</td><td>the LVB APPID</td></tr>
 * <tr><td>{@code lvb.api-key}</td><td>(required when verifying)</td><td>the API ("CGI call") key; signs
 * notifications unless a callback key is set</td></tr>
 * <tr><td>{@code lvb.callback-key}</td><td>the API key</td><td>the callback template's key (2019+ consoles)</td></tr>
 * <tr><td>{@code lvb.callback.clock-skew}</td><td>{@code 60s}</td><td>tolerated difference between LVB's clock and
 * ours</td></tr>
 * <tr><td>{@code lvb.callback.max-lifetime}</td><td>{@code 10m}</td><td>how far ahead {@code t} may lie (plus the
 * skew)</td></tr>
 * <tr><td>{@code lvb.callback.max-body-size}</td><td>{@code 64K}</td><td>largest body, bytes or with K/M
 * (256 bytes to 16M)</td></tr>
 * <tr><td>{@code lvb.callback.dedupe-window}</td><td>{@code 30m}</td><td>how long delivered events are remembered;
 * {@code 0} disables de-duplication</td></tr>
 * <tr><td>{@code lvb.callback.dedupe-lease}</td><td>{@code 30s}</td><td>how long a claim on an event being
 * delivered lives unless renewed (it is, every third of the lease, while observers run); shorter than LVB's retry
 * interval, so that the retry after a crash mid-delivery is delivered</td></tr>
 * <tr><td>{@code lvb.callback.dedupe-max-entries}</td><td>{@code 100000}</td><td>bound of the in-memory
 * store</td></tr>
 * <tr><td>{@code lvb.callback.verify-signature}</td><td>{@code true}</td><td>{@code false} accepts forged events;
 * a loud warning is logged at start, in every profile</td></tr>
 * </table>
 * Durations: ISO-8601 ({@code PT30S}), plain seconds ({@code 30}) or {@code 500ms}, {@code 30s}, {@code 10m},
 * {@code 1h}, {@code 1d}. An invalid value fails the start with a message naming the property. (The Quarkus
 * extension reads the same names under {@code quarkus.lvb.}.)
 * <p>
 * The key is asked from an {@link dev.lvb.core.LvbCredentialsProvider} bean for every notification; the default
 * one reads the properties above. To take keys from a vault, provide your own bean of that type annotated
 * {@code @Alternative @Priority(1)}.
 *
 * The settings come from an {@link dev.lvb.callback.LvbCallbackSettings} bean produced from the properties above;
 * to build them in code instead (a fixed clock in tests, say), produce your own bean of that type annotated
 * {@code @Alternative @Priority(1)}.
 *
 * <h2>Security notes</h2>
 * <ul>
 * <li>LVB's {@code sign} covers only {@code t}, not the body: whoever captures one notification can send any body
 * with its {@code t} and {@code sign} until {@code t} expires (10 minutes). Prefer an HTTPS callback URL where the
 * console accepts one, keep the URL out of logs and public places, and consider restricting it to LVB's addresses
 * at your proxy.</li>
 * <li>Bodies are bounded before parsing (size, nesting depth of 32) and nothing is bound to a Java type before the
 * signature is checked, so forged traffic costs one bounded parse.</li>
 * <li>Rejections are logged at DEBUG only (forged traffic must not flood the logs); observer failures at WARN.</li>
 * <li>{@code lvb.callback.verify-signature=false} is for sealed test environments only: it logs a warning at every
 * start.</li>
 * </ul>
 *
 * <h2>Replacing the dedupe store</h2>
 * The default {@link dev.lvb.callback.InMemoryLvbDedupeStore} remembers events per process. With several
 * instances behind one callback URL, or to remember across restarts, implement
 * {@link dev.lvb.callback.LvbDedupeStore} on shared storage and make it win over the default (the Quarkus
 * extension ships a Redis one: {@code quarkus.lvb.callback.dedupe-store=redis}). What it needs: an atomic "insert if
 * absent with expiry" that remembers its owner (Redis {@code SET key owner NX PX lease}, a row with a unique key and
 * an expiry column), and renew/release that compare the owner in the same step:
 * <pre>{@code
 * @Alternative
 * @Priority(1)
 * @ApplicationScoped
 * public class JdbcLvbDedupeStore implements LvbDedupeStore {
 *     public Claim tryClaim(String key, String owner, Duration lease) { ... } // atomic; NEW for exactly one caller
 *     public boolean renew(String key, String owner, Duration lease) { ... }  // only while owner holds it
 *     public void complete(String key, String owner, Duration window) { ... } // seen for the window
 *     public void release(String key, String owner) { ... }                   // only owner's claim
 * }
 * }</pre>
 * A claim lives for the lease, not the window: if an instance dies in the middle of a delivery, its claim expires
 * after the lease and LVB's next retry is delivered by another instance.
 *
 * <h2>Testing your observers</h2>
 * lvb-testing's {@code dev.lvb.testing.LvbCallbackSender} signs and posts notifications as LVB does:
 * {@code LvbCallbackSender.post(callbackUrl, event, key)}.
 */
package dev.lvb.callback;
