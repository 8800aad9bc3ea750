package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.core.internal.LvbJsonTypes;
import io.quarkus.builder.BuildChainBuilder;
import io.quarkus.builder.BuildContext;
import io.quarkus.builder.BuildStep;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The build registers every JSON-B model, event and (de)serializer for reflection: found here by reading the lvb-core
 * jar itself, not the list the extension uses.
 */
class LvbNativeRegistrationTest {

    // The build step runs in JUnit's class loader, the test method in the application's: hand over by system property.
    static final String PROPERTY = "lvb.test.registered-for-reflection";

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.lvb.devservices.enabled", "false")
            .overrideConfigKey("quarkus.lvb.app-id", "1")
            .overrideConfigKey("quarkus.lvb.api-key", "k")
            .addBuildChainCustomizer(capture());

    static Consumer<BuildChainBuilder> capture() {
        return chain -> chain.addBuildStep(new BuildStep() {
            @Override
            public void execute(BuildContext context) {
                Set<String> names = new java.util.TreeSet<>();
                for (ReflectiveClassBuildItem item : context.consumeMulti(ReflectiveClassBuildItem.class)) {
                    names.addAll(item.getClassNames());
                }
                System.setProperty(PROPERTY, String.join(",", names));
                context.produce(new FeatureBuildItem("lvb-native-registration-capture"));
            }
        }).consumes(ReflectiveClassBuildItem.class).produces(FeatureBuildItem.class).build();
    }

    @Test
    void everyModelEventAndCodecOfTheCoreJarIsRegistered() throws Exception {
        Set<String> registered = Set.of(System.getProperty(PROPERTY, "").split(","));
        List<String> inJar = modelAndEventClasses();
        assertThat(inJar).hasSizeGreaterThan(25);
        assertThat(registered).containsAll(inJar);
        for (Class<?> codec : LvbJsonTypes.codecs()) {
            assertThat(registered).contains(codec.getName());
        }
        assertThat(registered).contains("dev.lvb.client.internal.LvbJsonProvider");
    }

    /** Records of the model and event packages that carry JSON names, read from lvb-core's jar. */
    static List<String> modelAndEventClasses() throws IOException, URISyntaxException {
        Path jar = Path.of(LvbJsonTypes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(jar)) {
            return scan(jar);
        }
        try (FileSystem fs = FileSystems.newFileSystem(jar)) {
            return scan(fs.getPath("/"));
        }
    }

    private static List<String> scan(Path root) throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(root.resolve("dev/lvb/core/model")),
                Files.list(root.resolve("dev/lvb/core/event")))) {
            return files.map(p -> root.relativize(p).toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - 6).replace('/', '.'))
                    .filter(LvbNativeRegistrationTest::isJsonRecord).collect(Collectors.toList());
        }
    }

    private static boolean isJsonRecord(String name) {
        try {
            Class<?> c = Class.forName(name);
            return c.isRecord() && Stream.of(c.getDeclaredFields())
                    .anyMatch(f -> f.isAnnotationPresent(jakarta.json.bind.annotation.JsonbProperty.class));
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
