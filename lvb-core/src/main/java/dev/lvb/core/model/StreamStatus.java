package dev.lvb.core.model;

import java.util.List;

/**
 * Result of Live_Channel_GetStatus: LVB's {@code output} array (an object is accepted too, as some clients saw).
 *
 * @param entries one entry per rate/receive type; usually exactly one
 */
public record StreamStatus(List<StreamStatusEntry> entries) {

    /**
     * Keeps an unmodifiable copy of {@code entries}, empty when missing.
     *
     * @param entries one entry per rate/receive type; usually exactly one
     */
    public StreamStatus {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /**
     * @return {@link StreamState#LIVE} when any entry is live, else the first entry's state, else
     *         {@link StreamState#UNKNOWN}
     */
    public StreamState state() {
        for (StreamStatusEntry e : entries) {
            if (e.state() == StreamState.LIVE) {
                return StreamState.LIVE;
            }
        }
        return entries.isEmpty() ? StreamState.UNKNOWN : entries.get(0).state();
    }

    /** @return whether a push is live */
    public boolean isLive() {
        return state() == StreamState.LIVE;
    }
}
