/**
 * The machinery behind {@link dev.lvb.client.LvbApi}: the signing request filter, the HTTP-status response filter,
 * the entity provider, the call helper shared by the blocking and the reactive API, and the listener that keeps the
 * HTTP engine from retrying. Public only because the REST client runtime instantiates these classes; not an API.
 */
package dev.lvb.client.internal;
