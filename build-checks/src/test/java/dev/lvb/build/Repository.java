package dev.lvb.build;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository the build runs in (surefire passes it; a run from the IDE falls back to the parent folder). */
final class Repository {

    private Repository() {
    }

    static Path root() {
        String configured = System.getProperty("lvb.repository.root");
        Path root = (configured != null ? Path.of(configured) : Path.of("..")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("docs"))) {
            throw new IllegalStateException("Not the lvb repository: " + root);
        }
        return root;
    }
}
