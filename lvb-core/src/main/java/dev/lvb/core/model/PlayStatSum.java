package dev.lvb.core.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * {@code sum_info} of Get_LivePlayStatHistory.
 *
 * @param sumFlux total traffic in MB
 */
public record PlayStatSum(
        @JsonbProperty("sum_flux") Double sumFlux) {
}
