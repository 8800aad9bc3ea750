package dev.lvb.quarkus.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * {@code quarkus.lvb."<name>".*}: named accounts next to the default one, from properties (quoted or not) and from
 * environment variables ({@code QUARKUS_LVB__<NAME>__*}), with each account's defaults, and the start-up check's
 * message naming every missing property of every active account with its environment variable.
 */
class LvbAccountsConfigTest {

    private static LvbConfig config(Map<String, String> properties, Map<String, String> env) {
        SmallRyeConfig c = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .withSources(new EnvConfigSource(env, 300)).withMapping(LvbConfig.class).build();
        return c.getConfigMapping(LvbConfig.class);
    }

    @Test
    void namedAccountsSitNextToTheDefaultOne() {
        LvbConfig config = config(Map.of("quarkus.lvb.app-id", "1", "quarkus.lvb.api-key", "default-key",
                "quarkus.lvb.\"shop\".app-id", "2", "quarkus.lvb.\"shop\".api-key", "shop-key",
                "quarkus.lvb.\"shop\".signature-validity", "2m", "quarkus.lvb.school.active", "false",
                "quarkus.lvb.school.callback.previous-keys", "old-1,old-2",
                "quarkus.lvb.callback.clock-skew", "5s", "quarkus.lvb.wire.task-id-as-string", "yes"),
                Map.of());
        assertThat(config.accounts()).containsOnlyKeys("shop", "school");
        assertThat(config.apiKey()).contains("default-key");
        assertThat(config.wire().taskIdAsString()).isTrue();
        LvbConfig.NamedAccount shop = config.accounts().get("shop");
        assertThat(shop.appId()).contains(2L);
        assertThat(shop.apiKey()).contains("shop-key");
        assertThat(shop.signatureValidity()).isEqualTo(Duration.ofMinutes(2));
        assertThat(shop.wire().taskIdAsString()).isFalse(); // the account's own default, not the default account's
        assertThat(shop.active()).isTrue();
        assertThat(config.accounts().get("school").active()).isFalse();
        assertThat(new LvbConfigCredentials(config, "school").previousCallbackKeys()).containsExactly("old-1", "old-2");
        assertThat(new LvbConfigCredentials(config, "shop").credentials().appId()).isEqualTo(2L);
    }

    @Test
    void environmentVariablesDeclareAndConfigureAccounts() {
        LvbConfig config = config(Map.of("quarkus.lvb.\"shop\".app-id", "2"),
                Map.of("QUARKUS_LVB__SHOP__API_KEY", "shop-env-key", "QUARKUS_LVB_API_KEY", "default-env-key"));
        assertThat(config.accounts().get("shop").apiKey()).contains("shop-env-key");
        assertThat(config.apiKey()).contains("default-env-key");
    }

    @Test
    void theMessageNamesEveryMissingPropertyOfEveryActiveAccount() {
        LvbConfig config = config(Map.of("quarkus.lvb.app-id", "1", "quarkus.lvb.api-key", "k",
                "quarkus.lvb.\"shop\".app-id", "2", "quarkus.lvb.\"my-school\".active", "true",
                "quarkus.lvb.off.active", "false"), Map.of());
        List<String> shop = LvbConfigCredentials.problems(config, "shop");
        assertThat(shop).singleElement().asString()
                .startsWith("quarkus.lvb.\"shop\".api-key (environment variable QUARKUS_LVB__SHOP__API_KEY)");
        assertThat(LvbConfigCredentials.problems(config, "my-school")).hasSize(2).first().asString()
                .startsWith("quarkus.lvb.\"my-school\".app-id (environment variable QUARKUS_LVB__MY_SCHOOL__APP_ID)");
        assertThat(LvbConfigCredentials.problems(config)).isEmpty();
    }
}
