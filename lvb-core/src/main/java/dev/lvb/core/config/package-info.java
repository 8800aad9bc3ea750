/**
 * The converters every LVB setting goes through ({@link dev.lvb.core.config.ConfigValues}), so that
 * {@code quarkus.lvb.*} and {@code lvb.*} values mean the same. Formats: the "Configuration" page of the
 * documentation.
 */
package dev.lvb.core.config;
