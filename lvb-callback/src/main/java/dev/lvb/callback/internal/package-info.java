/**
 * The receiver's machinery: the HTTP- and CDI-free {@link dev.lvb.callback.internal.LvbCallbackHandler}, the CDI
 * dispatcher, the portable producers and the startup check. Not an API: used by this module and the Quarkus
 * extension only.
 */
package dev.lvb.callback.internal;
