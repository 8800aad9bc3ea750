/**
 * The legacy APIs' query parameters on the wire: {@link dev.lvb.core.wire.LvbParams} (ordered {@code Param.s.*}
 * and {@code Param.n.*} values, form-encoded exactly once) and {@link dev.lvb.core.wire.LvbRequestParams} (each
 * request record's parameters in LVB's order). The client sends them and the simulator parses them; applications
 * normally never need them. The rules: the "Wire decisions" page of the documentation.
 */
package dev.lvb.core.wire;
