package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;
import jakarta.json.bind.annotation.JsonbProperty;

/** A record to bind with a component no generated binder can read fails the build, naming record and component. */
class LvbBinderUnsupportedTypeTest {

    /** A map: no reader for it. */
    public record Unreadable(@JsonbProperty("stream_id") String streamId,
            @JsonbProperty("extra") Map<String, Object> extra) {
    }

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Unreadable.class))
            .addBuildChainCustomizer(chain -> chain
                    .addBuildStep(context -> context.produce(new LvbBoundRecordBuildItem(Unreadable.class)))
                    .produces(LvbBoundRecordBuildItem.class).build())
            .overrideConfigKey("quarkus.lvb.devservices.enabled", "false")
            .overrideConfigKey("quarkus.lvb.app-id", "1252033264")
            .overrideConfigKey("quarkus.lvb.api-key", "api-key-1")
            .assertException(e -> assertThat(e).rootCause()
                    .hasMessageContaining("no binder can be generated for")
                    .hasMessageContaining("LvbBinderUnsupportedTypeTest$Unreadable")
                    .hasMessageContaining("component extra: type java.util.Map<java.lang.String, java.lang.Object>"));

    @Test
    void theBuildFails() {
        Assertions.fail("the build should have failed");
    }
}
