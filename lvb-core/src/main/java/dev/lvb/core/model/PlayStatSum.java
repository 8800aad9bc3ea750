package dev.lvb.core.model;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * {@code sum_info} of Get_LivePlayStatHistory.
 *
 * @param sumFlux total traffic in MB
 */
public record PlayStatSum(
        @JsonbProperty("sum_flux") @JsonbTypeDeserializer(Lenient.DoubleValue.class) Double sumFlux) {
}
