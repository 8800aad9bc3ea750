package dev.lvb.core.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One sample of Get_LivePlayStatHistory.
 *
 * @param time sample time as LVB writes it
 * @param bandwidth bandwidth in Mbps
 * @param online viewers
 * @param flux traffic in MB
 */
public record PlayStatPoint(
        @JsonbProperty("time") String time,
        @JsonbProperty("bandwidth") Double bandwidth,
        @JsonbProperty("online") Long online,
        @JsonbProperty("flux") Double flux) {
}
