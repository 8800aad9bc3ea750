package dev.lvb.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The POMs of a repository as Maven Central sees them: each module's own {@code pom.xml} plus what it inherits from
 * parents in the same repository. Modules listed in profiles (benchmarks) count too.
 */
final class Reactor {

    /** One module's POM; {@code parent} is null when the parent is outside the repository (or absent). */
    record Pom(Path file, String artifactId, Element root, Pom parent) {

        Optional<Element> own(String name) {
            return child(root, name);
        }

        /** The element itself or the nearest ancestor's (licenses, developers, scm, url are inherited). */
        Optional<Element> inherited(String name) {
            for (Pom p = this; p != null; p = p.parent) {
                Optional<Element> e = p.own(name);
                if (e.isPresent()) {
                    return e;
                }
            }
            return Optional.empty();
        }

        Optional<String> property(String name) {
            for (Pom p = this; p != null; p = p.parent) {
                Optional<String> v = p.own("properties").flatMap(ps -> child(ps, name)).map(Reactor::text);
                if (v.isPresent()) {
                    return v;
                }
            }
            return Optional.empty();
        }

        /** Not deployed: the module (or a parent) sets maven.deploy.skip. */
        boolean published() {
            return !property("maven.deploy.skip").map("true"::equals).orElse(false);
        }

        @Override
        public String toString() {
            return artifactId + " (" + file + ")";
        }
    }

    private final Map<Path, Pom> poms = new LinkedHashMap<>();

    static Reactor load(Path root) {
        Reactor reactor = new Reactor();
        reactor.visit(root.resolve("pom.xml").toAbsolutePath().normalize());
        return reactor;
    }

    List<Pom> poms() {
        return List.copyOf(poms.values());
    }

    private Pom visit(Path file) {
        Pom known = poms.get(file);
        if (known != null) {
            return known;
        }
        Element root = parse(file);
        Pom parent = child(root, "parent").map(p -> parentOf(file, p)).orElse(null);
        Pom pom = new Pom(file, child(root, "artifactId").map(Reactor::text).orElse("?"), root, parent);
        poms.put(file, pom);
        for (String module : modules(root)) {
            Path target = file.getParent().resolve(module).normalize();
            visit(Files.isDirectory(target) ? target.resolve("pom.xml") : target);
        }
        return pom;
    }

    private Pom parentOf(Path file, Element parent) {
        String relativePath = child(parent, "relativePath").map(Reactor::text).orElse("../pom.xml");
        if (relativePath.isEmpty()) {
            return null;
        }
        Path target = file.getParent().resolve(relativePath).normalize();
        if (Files.isDirectory(target)) {
            target = target.resolve("pom.xml");
        }
        if (!Files.isRegularFile(target)) {
            return null;
        }
        String wanted = child(parent, "artifactId").map(Reactor::text).orElse("");
        String found = child(parse(target), "artifactId").map(Reactor::text).orElse("");
        return wanted.equals(found) ? visit(target) : null;
    }

    private static List<String> modules(Element root) {
        List<String> modules = new ArrayList<>();
        child(root, "modules").ifPresent(ms -> children(ms, "module").forEach(m -> modules.add(text(m))));
        child(root, "profiles").ifPresent(ps -> children(ps, "profile").forEach(p -> child(p, "modules")
                .ifPresent(ms -> children(ms, "module").forEach(m -> modules.add(text(m))))));
        return modules;
    }

    private static Element parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            return document.getDocumentElement();
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    static String text(Element e) {
        return e.getTextContent().strip();
    }
}
