package dev.lvb.demo;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /info}: which LVB the demo talks to; the page uses it to offer the simulator's controls. */
@Path("/info")
@Produces(MediaType.APPLICATION_JSON)
public class InfoResource {

    /**
     * @param mode {@code simulator} (the embedded LVB simulator) or {@code lvb} (a configured LVB)
     * @param launchMode {@code dev}, {@code test} or {@code prod}
     * @param lvbUrl the LVB URL the client calls
     * @param appId the APPID in use
     * @param simulatorUrl the simulator's URL, in simulator mode
     * @param simulatorProxy the path of this demo's proxy to the simulator's control API, in simulator mode
     * @param callbackPath where LVB must send notifications, below this application's URL
     */
    @JsonbPropertyOrder({ "mode", "launchMode", "lvbUrl", "appId", "simulatorUrl", "simulatorProxy", "callbackPath" })
    public record Info(String mode, String launchMode, String lvbUrl, String appId, String simulatorUrl,
            String simulatorProxy, String callbackPath) {
    }

    @Inject
    DemoSettings settings;

    @GET
    public Info info() {
        boolean simulator = settings.simulatorUrl().isPresent();
        return new Info(settings.mode(), settings.launchMode(), settings.lvbUrl(),
                settings.appId().orElse(null), settings.simulatorUrl().map(Object::toString).orElse(null),
                simulator ? "/simulator" : null, settings.callbackPath());
    }
}
