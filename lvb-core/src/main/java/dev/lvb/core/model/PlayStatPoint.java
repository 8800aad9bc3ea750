package dev.lvb.core.model;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * One sample of Get_LivePlayStatHistory.
 *
 * @param time sample time as LVB writes it
 * @param bandwidth bandwidth in Mbps
 * @param online viewers
 * @param flux traffic in MB
 */
public record PlayStatPoint(
        @JsonbProperty("time") @JsonbTypeDeserializer(Lenient.Text.class) String time,
        @JsonbProperty("bandwidth") @JsonbTypeDeserializer(Lenient.DoubleValue.class) Double bandwidth,
        @JsonbProperty("online") @JsonbTypeDeserializer(Lenient.LongValue.class) Long online,
        @JsonbProperty("flux") @JsonbTypeDeserializer(Lenient.DoubleValue.class) Double flux) {
}
