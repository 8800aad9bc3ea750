package dev.lvb.quarkus.deployment;

import dev.lvb.quarkus.runtime.LvbJsonRpcService;
import dev.lvb.quarkus.runtime.LvbNotificationLog;
import dev.lvb.quarkus.runtime.LvbReplayService;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.IsLocalDevelopment;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.devui.spi.JsonRPCProvidersBuildItem;
import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.devui.spi.page.Page;

/**
 * The LVB card of the Dev UI (dev mode only): the configuration with both keys masked, the callback URL to enter in
 * the LVB console, whether the simulator Dev Service runs, and the last notifications received
 * ({@link LvbNotificationLog}, a bean that exists in dev mode only). The data comes from {@link LvbJsonRpcService};
 * the web components are in {@code src/main/resources/dev-ui/}.
 */
class LvbDevUIProcessor {

    /**
     * Registers the log of received notifications and the replay service.
     *
     * @return the beans
     */
    @BuildStep(onlyIf = IsLocalDevelopment.class)
    AdditionalBeanBuildItem notificationLog() {
        // the replay service is the only LvbReplayGate: without it (every other mode) the endpoint has no replays
        return AdditionalBeanBuildItem.builder().addBeanClasses(LvbNotificationLog.class, LvbReplayService.class)
                .setUnremovable().build();
    }

    /**
     * The card and its two pages.
     *
     * @return the card
     */
    @BuildStep(onlyIf = IsLocalDevelopment.class)
    CardPageBuildItem card() {
        CardPageBuildItem card = new CardPageBuildItem();
        card.addPage(Page.webComponentPageBuilder()
                .title("Configuration")
                .icon("font-awesome-solid:gear")
                .componentLink("qwc-lvb-configuration.js"));
        card.addPage(Page.webComponentPageBuilder()
                .title("Notifications")
                .icon("font-awesome-solid:bell")
                .componentLink("qwc-lvb-notifications.js")
                .dynamicLabelJsonRPCMethodName("getNotificationCount"));
        return card;
    }

    /**
     * In every mode, as the Dev UI asks; it makes the service a bean only in dev mode.
     *
     * @return the JSON-RPC service of the pages
     */
    @BuildStep
    JsonRPCProvidersBuildItem jsonRpc() {
        return new JsonRPCProvidersBuildItem(LvbJsonRpcService.class);
    }
}
