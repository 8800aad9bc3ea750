package dev.lvb.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;

import dev.lvb.build.Reactor.Pom;

/**
 * What Maven Central refuses an upload without: name and description in the module's own POM (the brief of issue
 * 19 wants them per module; Maven does not inherit {@code name}), and url, licenses (name + url), developers (with a
 * name) and scm (url + connection), own or inherited from a parent in the repository.
 */
final class CentralRequirements {

    private CentralRequirements() {
    }

    static List<String> problems(Reactor reactor) {
        List<String> problems = new ArrayList<>();
        for (Pom pom : reactor.poms()) {
            if (pom.published()) {
                problems.addAll(problems(pom));
            }
        }
        return problems;
    }

    static List<String> problems(Pom pom) {
        List<String> problems = new ArrayList<>();
        requireText(pom, pom.own("name"), "name", problems);
        requireText(pom, pom.own("description"), "description", problems);
        requireText(pom, pom.inherited("url"), "url", problems);

        List<Element> licenses = pom.inherited("licenses").map(ls -> Reactor.children(ls, "license")).orElse(List.of());
        if (licenses.isEmpty()) {
            problems.add(pom + ": no <licenses>");
        }
        for (Element license : licenses) {
            requireText(pom, Reactor.child(license, "name"), "licenses/license/name", problems);
            requireText(pom, Reactor.child(license, "url"), "licenses/license/url", problems);
        }

        List<Element> developers = pom.inherited("developers").map(ds -> Reactor.children(ds, "developer"))
                .orElse(List.of());
        if (developers.isEmpty()) {
            problems.add(pom + ": no <developers>");
        }
        for (Element developer : developers) {
            requireText(pom, Reactor.child(developer, "name"), "developers/developer/name", problems);
        }

        Optional<Element> scm = pom.inherited("scm");
        if (scm.isEmpty()) {
            problems.add(pom + ": no <scm>");
        } else {
            requireText(pom, Reactor.child(scm.get(), "url"), "scm/url", problems);
            requireText(pom, Reactor.child(scm.get(), "connection"), "scm/connection", problems);
        }
        return problems;
    }

    private static void requireText(Pom pom, Optional<Element> element, String what, List<String> problems) {
        if (element.map(Reactor::text).filter(t -> !t.isEmpty()).isEmpty()) {
            problems.add(pom + ": no <" + what + ">");
        }
    }
}
