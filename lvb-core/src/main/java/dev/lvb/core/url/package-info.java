/**
 * Signed ("anti-leech", 防盗链) push and play URLs of LVB streams: {@link dev.lvb.core.url.LvbStreamUrls} builds
 * them, {@link dev.lvb.core.url.LvbUrlVerifier} checks them, {@link dev.lvb.core.url.LvbTxSecret} is the rule
 * ({@code txSecret = md5(key + streamName + txTime)}, {@code txTime} uppercase hex UNIX seconds).
 */
package dev.lvb.core.url;
