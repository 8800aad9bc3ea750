package dev.lvb.core.model;

import dev.lvb.core.internal.LvbParams;

/** A legacy API request: it knows its business query parameters (without {@code appid}, {@code t}, {@code sign}). */
public interface LvbRequest {

    /** @return the {@code Param.s.*}/{@code Param.n.*} parameters in their canonical names, in wire order */
    LvbParams toParams();
}
