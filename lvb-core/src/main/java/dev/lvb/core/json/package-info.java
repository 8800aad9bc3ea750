/**
 * LVB's JSON as this library reads and writes it: {@link dev.lvb.core.json.LvbJson} (the shared, lenient JSON-B
 * configuration), {@link dev.lvb.core.json.LvbLenient} (the readers of values LVB sends in several shapes),
 * {@link dev.lvb.core.json.LvbRaw} (the raw JSON kept in models) and {@link dev.lvb.core.json.LvbReplies} (the
 * reply envelope). The rules: the "Wire decisions" page of the documentation.
 */
package dev.lvb.core.json;
