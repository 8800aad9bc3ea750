package dev.lvb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsLinksTest {

    @Test
    void everyIncludeXrefAndNavEntryOfTheDocsResolves() {
        assertThat(DocsLinks.problems(Repository.root().resolve("docs"))).isEmpty();
    }

    @Test
    void theConfigurationPageIncludesTheGeneratedReference() throws IOException {
        Path pages = Repository.root().resolve("docs/modules/ROOT/pages");
        assertThat(pages.resolve("includes/quarkus-lvb.adoc")).isRegularFile();
        assertThat(Files.readString(pages.resolve("configuration.adoc")))
                .contains("include::includes/quarkus-lvb.adoc[");
    }

    @Test
    void theReadmeLinksResolveAndPointAtTheDocs() throws IOException {
        Path readme = Repository.root().resolve("README.md");
        assertThat(DocsLinks.markdownProblems(readme)).isEmpty();
        assertThat(Files.readString(readme)).contains("](docs/modules/ROOT/pages/index.adoc)");
    }

    // The check itself, on a small component.

    private Path docs;

    @BeforeEach
    void component(@TempDir Path dir) throws IOException {
        docs = dir;
        write("antora.yml", """
                name: demo
                version: dev
                nav:
                - modules/ROOT/nav.adoc
                asciidoc:
                  attributes:
                    generated: includes
                """);
        write("modules/ROOT/nav.adoc", "* xref:index.adoc[Home]\n* xref:other.adoc[Other]\n");
        write("modules/ROOT/pages/index.adoc", """
                = Home
                :local: includes/gen.adoc

                include::includes/gen.adoc[leveloffset=+1, opts=optional]
                include::{generated}/gen.adoc[]
                include::{local}[]
                include::partial$snippet.adoc[]

                See xref:other.adoc#_second_part[the second part] and xref:other.adoc#explicit[]
                and xref:index.adoc#gen-id[] and xref:ROOT:other.adoc[].

                ----
                xref:not-checked-in-a-listing.adoc[]
                ----
                """);
        write("modules/ROOT/pages/includes/gen.adoc", "[[gen-id]]\nGenerated.\n");
        write("modules/ROOT/partials/snippet.adoc", "Snippet.\n");
        write("modules/ROOT/pages/other.adoc", """
                = Other

                == Second `part`

                [[explicit]]
                == Named
                """);
    }

    @Test
    void aCorrectComponentPasses() {
        assertThat(DocsLinks.problems(docs)).isEmpty();
    }

    @Test
    void aBrokenIncludeFails() throws IOException {
        Files.delete(docs.resolve("modules/ROOT/pages/includes/gen.adoc"));

        assertThat(DocsLinks.problems(docs))
                .anySatisfy(p -> assertThat(p).contains("index.adoc:4: include::includes/gen.adoc does not resolve"))
                .anySatisfy(p -> assertThat(p).contains("index.adoc:5: include::{generated}/gen.adoc"))
                .anySatisfy(p -> assertThat(p).contains("index.adoc:6: include::{local}"));
    }

    @Test
    void aBrokenPartialFails() throws IOException {
        Files.delete(docs.resolve("modules/ROOT/partials/snippet.adoc"));

        assertThat(DocsLinks.problems(docs)).singleElement().asString()
                .contains("include::partial$snippet.adoc does not resolve");
    }

    @Test
    void anUndefinedAttributeInATargetFails() throws IOException {
        append("modules/ROOT/pages/index.adoc", "include::{nowhere}/x.adoc[]\n");

        assertThat(DocsLinks.problems(docs)).singleElement().asString().contains("{nowhere}");
    }

    @Test
    void aBrokenXrefOrFragmentFails() throws IOException {
        append("modules/ROOT/pages/index.adoc", "xref:missing.adoc[] xref:other.adoc#nope[] xref:other[]\n");

        assertThat(DocsLinks.problems(docs)).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("xref:missing.adoc does not resolve"))
                .anySatisfy(p -> assertThat(p).contains("other.adoc#nope: no such id"))
                .anySatisfy(p -> assertThat(p).contains("xref:other names no .adoc page"));
    }

    @Test
    void aMissingNavFileOrAPageOutsideTheNavFails() throws IOException {
        write("modules/ROOT/pages/orphan.adoc", "= Orphan\n");
        write("antora.yml", Files.readString(docs.resolve("antora.yml"))
                .replace("- modules/ROOT/nav.adoc", "- modules/ROOT/nav.adoc\n- modules/ROOT/gone.adoc"));

        assertThat(DocsLinks.problems(docs)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("nav file modules/ROOT/gone.adoc does not exist"))
                .anySatisfy(p -> assertThat(p).contains("orphan.adoc: not in any navigation file"));
    }

    @Test
    void aBrokenReadmeLinkFails() throws IOException {
        Path readme = docs.resolve("README.md");
        Files.writeString(readme, "[ok](antora.yml) [web](https://example.org) [anchor](#x) [gone](docs/none.adoc#y)\n");

        assertThat(DocsLinks.markdownProblems(readme)).singleElement().asString()
                .contains("link to docs/none.adoc#y does not resolve");
    }

    @Test
    void sectionIdsFollowAsciidoctor() {
        assertThat(DocsLinks.sectionId("Second `part`")).isEqualTo("_second_part");
        assertThat(DocsLinks.sectionId("Several accounts / instances")).isEqualTo("_several_accounts_instances");
        assertThat(DocsLinks.sectionId("What's in 0.1.0?")).isEqualTo("_whats_in_0_1_0");
    }

    private void write(String path, String text) throws IOException {
        Path file = docs.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void append(String path, String text) throws IOException {
        Files.writeString(docs.resolve(path), Files.readString(docs.resolve(path)) + text);
    }
}
