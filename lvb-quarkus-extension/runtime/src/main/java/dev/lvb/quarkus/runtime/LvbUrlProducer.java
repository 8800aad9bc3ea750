package dev.lvb.quarkus.runtime;

import dev.lvb.core.url.LvbAuthKey;
import dev.lvb.core.url.LvbStreamUrls;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Turns {@code quarkus.lvb.urls.*} into the {@link LvbStreamUrls} bean. It is built when first injected, so an
 * application that never injects it needs no URL configuration.
 */
@Singleton
public class LvbUrlProducer {

    @Produces
    @Singleton
    LvbStreamUrls streamUrls(LvbConfig config) {
        return streamUrls(config.urls());
    }

    static LvbStreamUrls streamUrls(LvbConfig.Urls urls) {
        if (urls.pushDomain().isEmpty() && urls.playDomain().isEmpty()) {
            throw new IllegalStateException(
                    "LvbStreamUrls needs quarkus.lvb.urls.push-domain, quarkus.lvb.urls.play-domain or both");
        }
        LvbStreamUrls.Builder b = LvbStreamUrls.builder().appName(urls.appName()).httpsPlay(urls.playHttps())
                .srtPort(urls.srtPort());
        urls.pushDomain().ifPresent(b::pushDomain);
        urls.playDomain().ifPresent(b::playDomain);
        urls.pushKey().ifPresent(k -> b.pushKey(new LvbAuthKey(k, urls.pushBackupKey().orElse(null))));
        urls.playKey().ifPresent(k -> b.playKey(new LvbAuthKey(k, urls.playBackupKey().orElse(null))));
        return b.build();
    }
}
