/** Providers of {@link dev.lvb.client.cloud.LvbCloudApi}: reply reader, error detection, exception mapping. */
package dev.lvb.client.cloud.internal;
