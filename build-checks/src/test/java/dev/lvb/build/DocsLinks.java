package dev.lvb.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Resolves what Antora and Asciidoctor would resolve when building the docs site, without either: every
 * {@code include::} (relative to the including file, or an Antora resource id such as {@code partial$x.adoc}), every
 * {@code xref:} (a page of this component, with its {@code #fragment} among the page's ids), the navigation files
 * of {@code antora.yml}, every page being in a navigation, and the links of the root README into the repository.
 * An optional include ({@code opts=optional}) must resolve too: Asciidoctor would drop it silently.
 */
final class DocsLinks {

    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[(.*)]\\s*$");
    private static final Pattern XREF = Pattern.compile("(?<![\\\\\\w])xref:([^\\[\\s]+)\\[");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:([\\w-]+)!?:\\s*(.*)$");
    private static final Pattern ATTRIBUTE_REF = Pattern.compile("\\{([\\w-]+)}");
    private static final Pattern ANCHOR = Pattern.compile("\\[\\[([\\w:.-]+)(?:,[^]]*)?]]|\\[#([\\w:.-]+)[^]]*]|\\[\\w*id=([\\w:.-]+)[^]]*]");
    private static final Pattern SECTION = Pattern.compile("^(={2,6})\\s+(.+?)\\s*$");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("]\\(([^)\\s]+)\\)");

    private final Path docs;
    private final String component;
    private final Map<String, String> componentAttributes = new HashMap<>();
    private final List<String> navFiles = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private DocsLinks(Path docs) {
        this.docs = docs;
        this.component = readDescriptor();
    }

    /** The problems of the Antora component at {@code docs} (the folder with antora.yml). */
    static List<String> problems(Path docs) {
        DocsLinks check = new DocsLinks(docs);
        check.checkComponent();
        return check.problems;
    }

    /** Relative links of a Markdown file (the README) that point at nothing in the repository. */
    static List<String> markdownProblems(Path file) {
        List<String> problems = new ArrayList<>();
        String text = read(file);
        Matcher m = MARKDOWN_LINK.matcher(text);
        while (m.find()) {
            String target = m.group(1);
            if (target.startsWith("#") || target.matches("^[a-zA-Z][a-zA-Z+.-]*:.*")) {
                continue;
            }
            String path = target.replaceFirst("#.*$", "");
            if (!Files.exists(file.getParent().resolve(path).normalize())) {
                problems.add(file + ": link to " + target + " does not resolve");
            }
        }
        return problems;
    }

    private String readDescriptor() {
        Path descriptor = docs.resolve("antora.yml");
        if (!Files.isRegularFile(descriptor)) {
            problems.add(descriptor + " is missing");
            return "";
        }
        String name = "";
        boolean inNav = false;
        boolean inAttributes = false;
        for (String line : read(descriptor).split("\n")) {
            String trimmed = line.strip();
            if (!line.startsWith(" ") && !line.startsWith("-")) {
                inNav = trimmed.startsWith("nav:");
                inAttributes = false;
                if (trimmed.startsWith("name:")) {
                    name = unquote(trimmed.substring(5));
                }
            } else if (inNav && trimmed.startsWith("- ")) {
                navFiles.add(unquote(trimmed.substring(2)));
            } else if (trimmed.equals("attributes:")) {
                inAttributes = true;
            } else if (inAttributes && line.startsWith("    ") && trimmed.contains(":")) {
                int colon = trimmed.indexOf(':');
                componentAttributes.put(trimmed.substring(0, colon).strip(), unquote(trimmed.substring(colon + 1)));
            }
        }
        if (name.isEmpty()) {
            problems.add(descriptor + ": no name");
        }
        if (navFiles.isEmpty()) {
            problems.add(descriptor + ": no nav files");
        }
        return name;
    }

    private void checkComponent() {
        Path modules = docs.resolve("modules");
        Set<Path> navigated = new HashSet<>();
        for (String nav : navFiles) {
            Path file = docs.resolve(nav).normalize();
            if (!Files.isRegularFile(file)) {
                problems.add(docs.resolve("antora.yml") + ": nav file " + nav + " does not exist");
                continue;
            }
            String module = docs.relativize(file).getName(1).toString();
            navigated.addAll(checkFile(file, module));
        }
        for (Path page : adocFiles(modules)) {
            Path relative = modules.relativize(page);
            if (relative.getNameCount() < 3 || !relative.getName(1).toString().equals("pages")) {
                continue;
            }
            String module = relative.getName(0).toString();
            checkFile(page, module);
            boolean include = relative.getName(2).toString().equals("includes")
                    || relative.getFileName().toString().startsWith("_");
            if (!include && !navigated.contains(page)) {
                problems.add(page + ": not in any navigation file");
            }
        }
    }

    /** Checks one page or nav file; returns the pages its xrefs point at. */
    private Set<Path> checkFile(Path file, String module) {
        Set<Path> targets = new HashSet<>();
        Map<String, String> attributes = new HashMap<>(componentAttributes);
        boolean comment = false;
        String verbatim = null;
        String[] lines = read(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = file + ":" + (i + 1);
            if (line.equals("////")) {
                comment = !comment;
                continue;
            }
            if (comment || line.startsWith("//")) {
                continue;
            }
            Matcher entry = ATTRIBUTE_ENTRY.matcher(line);
            if (entry.matches()) {
                attributes.put(entry.group(1), entry.group(2));
            }
            Matcher include = INCLUDE.matcher(line);
            if (include.matches()) {
                String target = substitute(include.group(1), attributes, where);
                if (target != null) {
                    Path resolved = resolveResource(file, module, target);
                    if (resolved == null || !Files.isRegularFile(resolved)) {
                        problems.add(where + ": include::" + include.group(1) + " does not resolve"
                                + (resolved == null ? "" : " (" + resolved + ")"));
                    }
                }
                continue;
            }
            // Listing and literal blocks are verbatim: an xref there is text (includes are still processed).
            if (line.matches("^(-{4,}|\\.{4,})$")) {
                verbatim = verbatim == null ? line : (line.equals(verbatim) ? null : verbatim);
                continue;
            }
            if (verbatim != null) {
                continue;
            }
            Matcher xref = XREF.matcher(line);
            while (xref.find()) {
                String target = substitute(xref.group(1), attributes, where);
                if (target != null) {
                    Path page = checkXref(file, module, target, where);
                    if (page != null) {
                        targets.add(page);
                    }
                }
            }
        }
        return targets;
    }

    private Path checkXref(Path file, String module, String target, String where) {
        String fragment = null;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            fragment = target.substring(hash + 1);
            target = target.substring(0, hash);
        }
        int at = target.indexOf('@');
        if (at >= 0) {
            target = target.substring(at + 1);
        }
        String[] parts = target.split(":", -1);
        String pageModule = module;
        String page = target;
        if (parts.length == 3) {
            if (!parts[0].equals(component)) {
                return null; // another component's page: not ours to check
            }
            pageModule = parts[1].isEmpty() ? "ROOT" : parts[1];
            page = parts[2];
        } else if (parts.length == 2) {
            pageModule = parts[0];
            page = parts[1];
        }
        Path resolved;
        if (page.isEmpty()) {
            resolved = file; // xref:#fragment[]: this page
        } else {
            page = page.startsWith("page$") ? page.substring(5) : page;
            if (!page.endsWith(".adoc")) {
                problems.add(where + ": xref:" + target + " names no .adoc page");
                return null;
            }
            Path pages = docs.resolve("modules").resolve(pageModule).resolve("pages");
            resolved = (page.startsWith("./") || page.startsWith("../") ? file.getParent() : pages)
                    .resolve(page).normalize();
        }
        if (!Files.isRegularFile(resolved)) {
            problems.add(where + ": xref:" + target + " does not resolve (" + resolved + ")");
            return null;
        }
        if (fragment != null && !fragment.isEmpty() && !ids(resolved, pageModule, new HashSet<>()).contains(fragment)) {
            problems.add(where + ": xref:" + target + "#" + fragment + ": no such id in " + resolved);
        }
        return resolved;
    }

    /** Explicit ids and the ids Asciidoctor gives sections ({@code _title_in_lower_case}), includes followed. */
    private Set<String> ids(Path file, String module, Set<Path> seen) {
        Set<String> ids = new HashSet<>();
        if (!seen.add(file) || !Files.isRegularFile(file)) {
            return ids;
        }
        Map<String, String> attributes = new HashMap<>(componentAttributes);
        String pendingId = null;
        for (String line : read(file).split("\n")) {
            Matcher anchor = ANCHOR.matcher(line);
            while (anchor.find()) {
                for (int g = 1; g <= 3; g++) {
                    if (anchor.group(g) != null) {
                        ids.add(anchor.group(g));
                        pendingId = anchor.group(g);
                    }
                }
            }
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                if (pendingId == null) {
                    ids.add(sectionId(section.group(2)));
                }
                pendingId = null;
            } else if (!line.isBlank() && !ANCHOR.matcher(line).find()) {
                pendingId = null;
            }
            Matcher include = INCLUDE.matcher(line);
            if (include.matches()) {
                String target = substitute(include.group(1), attributes, null);
                Path resolved = target == null ? null : resolveResource(file, module, target);
                if (resolved != null) {
                    ids.addAll(ids(resolved, module, seen));
                }
            }
        }
        return ids;
    }

    static String sectionId(String title) {
        String plain = title.replaceAll("<<[^>]*>>", "").replaceAll("[`*_#+]", "").replaceAll("\\{[\\w-]+}", "")
                .toLowerCase(Locale.ROOT);
        String id = plain.replaceAll("[^\\p{L}\\p{N}_ .-]", "").replaceAll("[ .-]+", "_").replaceAll("_+$", "");
        return "_" + id;
    }

    private Path resolveResource(Path file, String module, String target) {
        int dollar = target.indexOf('$');
        if (dollar < 0) {
            return file.getParent().resolve(target).normalize();
        }
        String family = target.substring(0, dollar);
        String relative = target.substring(dollar + 1);
        String targetModule = module;
        int colon = family.lastIndexOf(':');
        if (colon >= 0) {
            String[] parts = family.substring(0, colon).split(":");
            if (parts.length == 2 && !parts[0].equals(component)) {
                return null; // another component
            }
            targetModule = parts[parts.length - 1].isEmpty() ? "ROOT" : parts[parts.length - 1];
            family = family.substring(colon + 1);
        }
        String folder = switch (family) {
            case "partial" -> "partials";
            case "example" -> "examples";
            case "page" -> "pages";
            case "image" -> "images";
            case "attachment" -> "attachments";
            default -> null;
        };
        return folder == null ? null : docs.resolve("modules").resolve(targetModule).resolve(folder).resolve(relative)
                .normalize();
    }

    private String substitute(String target, Map<String, String> attributes, String where) {
        Matcher m = ATTRIBUTE_REF.matcher(target);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = attributes.get(m.group(1));
            if (value == null) {
                if (where != null) {
                    problems.add(where + ": attribute {" + m.group(1) + "} in " + target + " is not defined");
                }
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<Path> adocFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && (v.startsWith("'") && v.endsWith("'") || v.startsWith("\"") && v.endsWith("\""))
                ? v.substring(1, v.length() - 1)
                : v;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
