package dev.lvb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lvb.build.Reactor.Pom;

class PublishedPomsTest {

    @Test
    void everyPublishedModuleHasWhatMavenCentralRequires() {
        assertThat(CentralRequirements.problems(Reactor.load(Repository.root())))
                .as("published modules (no maven.deploy.skip) whose POM Maven Central would refuse")
                .isEmpty();
    }

    @Test
    void theLibraryIsPublishedAndTheApplicationsAreNot() {
        List<Pom> poms = Reactor.load(Repository.root()).poms();
        List<String> published = poms.stream().filter(Pom::published).map(Pom::artifactId).toList();
        List<String> skipped = poms.stream().filter(p -> !p.published()).map(Pom::artifactId).toList();

        assertThat(published).contains("lvb-parent", "lvb-core", "lvb-rest-client", "lvb-callback", "lvb-simulator", "lvb-testing",
                "quarkus-lvb-parent", "quarkus-lvb", "quarkus-lvb-deployment");
        assertThat(skipped).contains("lvb-demo", "integration-tests", "lvb-docs", "lvb-build-checks",
                "lvb-benchmarks-parent", "lvb-bench-harness");
    }

    @Test
    void theLicenseIsApache2() throws IOException {
        Path root = Repository.root();
        assertThat(Files.readString(root.resolve("LICENSE")))
                .contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");
        Pom parent = Reactor.load(root).poms().get(0);
        assertThat(parent.own("licenses").map(Reactor::text).orElseThrow()).contains("Apache-2.0");
    }

    // The check itself, on a small repository: complete, then with each field removed.

    private static final String PARENT = """
            <project>
              <groupId>g</groupId><artifactId>parent</artifactId><version>1</version><packaging>pom</packaging>
              <name>Parent</name><description>The parent.</description>
              <url>https://example.org/p</url>
              <licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license></licenses>
              <developers><developer><name>Someone</name></developer></developers>
              <scm><connection>scm:git:https://example.org/p.git</connection><url>https://example.org/p</url></scm>
              <modules><module>lib</module><module>app</module></modules>
            </project>
            """;
    private static final String LIB = """
            <project>
              <parent><groupId>g</groupId><artifactId>parent</artifactId><version>1</version></parent>
              <artifactId>lib</artifactId><name>Lib</name><description>A library.</description>
            </project>
            """;
    private static final String APP = """
            <project>
              <parent><groupId>g</groupId><artifactId>parent</artifactId><version>1</version></parent>
              <artifactId>app</artifactId>
              <properties><maven.deploy.skip>true</maven.deploy.skip></properties>
            </project>
            """;

    @Test
    void aCompleteRepositoryPassesAndUnpublishedModulesNeedNothing(@TempDir Path dir) throws IOException {
        write(dir, PARENT, LIB, APP);

        assertThat(CentralRequirements.problems(Reactor.load(dir))).isEmpty();
    }

    static Stream<Arguments> removals() {
        return Stream.of(
                Arguments.of("lib name", PARENT, LIB.replace("<name>Lib</name>", ""), "lib", "<name>"),
                Arguments.of("lib description", PARENT, LIB.replace("<description>A library.</description>", ""),
                        "lib", "<description>"),
                Arguments.of("blank description", PARENT, LIB.replace("A library.", " "), "lib", "<description>"),
                Arguments.of("parent url", PARENT.replace("<url>https://example.org/p</url>\n", ""), LIB, "lib",
                        "<url>"),
                Arguments.of("licenses", PARENT.replaceAll("<licenses>.*</licenses>", ""), LIB, "lib",
                        "<licenses>"),
                Arguments.of("license url", PARENT.replace("<url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>",
                        ""), LIB, "lib", "<licenses/license/url>"),
                Arguments.of("developers", PARENT.replaceAll("<developers>.*</developers>", ""), LIB, "lib",
                        "<developers>"),
                Arguments.of("developer name", PARENT.replace("<name>Someone</name>", ""), LIB, "lib",
                        "<developers/developer/name>"),
                Arguments.of("scm", PARENT.replaceAll("<scm>.*</scm>", ""), LIB, "lib", "<scm>"),
                Arguments.of("scm connection", PARENT.replace("<connection>scm:git:https://example.org/p.git</connection>",
                        ""), LIB, "lib", "<scm/connection>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("removals")
    void aMissingFieldIsReported(String what, String parent, String lib, String module, String field,
            @TempDir Path dir) throws IOException {
        write(dir, parent, lib, APP);

        List<String> problems = CentralRequirements.problems(Reactor.load(dir));

        assertThat(problems).isNotEmpty()
                .anySatisfy(p -> assertThat(p).startsWith(module + " (").endsWith("no " + field));
        assertThat(problems).noneMatch(p -> p.startsWith("app ("));
    }

    @Test
    void modulesOfProfilesAreChecked(@TempDir Path dir) throws IOException {
        write(dir, PARENT.replace("<modules><module>lib</module><module>app</module></modules>",
                "<profiles><profile><id>x</id><modules><module>lib</module></modules></profile></profiles>"),
                LIB.replace("<name>Lib</name>", ""), APP);

        assertThat(CentralRequirements.problems(Reactor.load(dir))).singleElement().asString().endsWith("no <name>");
    }

    private static void write(Path dir, String parent, String lib, String app) throws IOException {
        Files.writeString(dir.resolve("pom.xml"), parent);
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/pom.xml"), lib);
        Files.createDirectories(dir.resolve("app"));
        Files.writeString(dir.resolve("app/pom.xml"), app);
    }
}
