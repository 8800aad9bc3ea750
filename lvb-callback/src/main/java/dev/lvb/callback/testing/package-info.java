/**
 * Helpers for applications' own tests: {@link dev.lvb.callback.testing.LvbCallbackSender} signs and posts
 * notifications the way LVB does.
 */
package dev.lvb.callback.testing;
