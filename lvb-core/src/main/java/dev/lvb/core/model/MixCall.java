package dev.lvb.core.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The {@code interface} object of the mixing body.
 *
 * @param interfaceName always {@value #INTERFACE_NAME}
 * @param para the parameters
 */
public record MixCall(@JsonbProperty("interfaceName") String interfaceName, @JsonbProperty("para") MixParameters para) {

    /** The only documented value of {@code interfaceName}. */
    public static final String INTERFACE_NAME = "Mix_StreamV2";
}
