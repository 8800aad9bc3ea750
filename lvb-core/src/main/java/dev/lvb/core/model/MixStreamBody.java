package dev.lvb.core.model;

import java.time.Instant;

import dev.lvb.core.LvbInterface;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The JSON body POSTed for cloud stream mixing (start and cancel).
 *
 * @param timestamp current UNIX seconds
 * @param eventId any number identifying the request
 * @param call the {@code interface} object
 */
public record MixStreamBody(
        @JsonbProperty("timestamp") Long timestamp,
        @JsonbProperty("eventId") Long eventId,
        @JsonbProperty("interface") MixCall call) {

    /** @return the operation the body asks for, if it is one this library knows */
    public java.util.Optional<LvbInterface> operation() {
        if (call == null || call.para() == null || call.para().operation() == null) {
            return java.util.Optional.empty();
        }
        return LvbInterface.fromWireName(call.para().operation()).filter(LvbInterface::isMixing);
    }

    /**
     * @param appId the LVB APPID
     * @return a copy whose parameters carry the app id
     */
    public MixStreamBody withAppId(long appId) {
        return new MixStreamBody(timestamp, eventId, new MixCall(call.interfaceName(), call.para().withAppId(appId)));
    }

    static MixStreamBody of(MixParameters para, Instant now, long eventId) {
        return new MixStreamBody(now.getEpochSecond(), eventId, new MixCall(MixCall.INTERFACE_NAME, para));
    }
}
