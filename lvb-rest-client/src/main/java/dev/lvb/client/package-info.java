/**
 * A MicroProfile REST Client for Tencent Cloud LVB's legacy server APIs.
 * <ul>
 * <li>{@link dev.lvb.client.LvbApi}: inject it with {@code @RestClient} (config key {@code lvb}), one typed method per
 * API; {@link dev.lvb.client.LvbReactiveApi} is its Mutiny twin, injected the same way.</li>
 * <li>{@link dev.lvb.client.LvbClientSettings}: credentials, signature validity, statcgi URL, wire options; found as
 * a client property, a CDI bean, or in MicroProfile Config ({@code lvb.*}).</li>
 * <li>{@link dev.lvb.client.LvbClients}: builds a client with {@code RestClientBuilder}, without CDI.</li>
 * <li>{@link dev.lvb.client.LvbCallListener}: a CDI bean of this type hears about every call (interface, duration,
 * outcome: {@link dev.lvb.client.LvbCallOutcome}), for metrics or tracing.</li>
 * </ul>
 * Requests are GETs with every parameter in the query string ({@code appid}/{@code cmd}, {@code interface},
 * {@code Param.s.*}/{@code Param.n.*} form-encoded once, {@code t} and {@code sign = md5(key + t)}); stream mixing is a
 * POST with a JSON body. The API key is never sent and never logged; with the {@code dev.lvb.client} logger at DEBUG
 * each request is logged with {@code sign=***}. The REST runtime's own wire logging (for example Quarkus'
 * {@code quarkus.rest-client.logging.scope}) shows the real {@code sign}, valid until {@code t}.
 */
package dev.lvb.client;
