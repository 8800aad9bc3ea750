package dev.lvb.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The modules' architecture (developers' guide, "Modules"), checked on the main classes of every library module,
 * the simulator and the testing artifact. A module is known by its root package.
 */
@AnalyzeClasses(packages = "dev.lvb", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String CORE = "dev.lvb.core";
    static final String CLIENT = "dev.lvb.client";
    static final String CALLBACK = "dev.lvb.callback";
    static final String RUNTIME = "dev.lvb.quarkus.runtime";
    static final String DEPLOYMENT = "dev.lvb.quarkus.deployment";
    static final String SIMULATOR = "dev.lvb.simulator";
    static final String TESTING = "dev.lvb.testing";

    private static final List<String> MODULES = List.of(RUNTIME, DEPLOYMENT, CORE, CLIENT, CALLBACK, SIMULATOR,
            TESTING);

    @ArchTest
    static final ArchRule publicSignaturesNameNoInternalType = classes().that().resideInAPackage("dev.lvb..")
            .should(nameNoInternalTypeInTheirPublicSignatures());

    @ArchTest
    static final ArchRule modulesLeaveOtherModulesInternalsAlone = classes().that().resideInAPackage("dev.lvb..")
            .and().resideOutsideOfPackages(RUNTIME + "..", DEPLOYMENT + "..")
            .should(useNoOtherModulesInternals());

    @ArchTest
    static final ArchRule coreUsesNoFrameworkAndNoOtherModule = classes().that().resideInAPackage(CORE + "..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "jakarta.json..", CORE + "..");

    @ArchTest
    static final ArchRule restClientIgnoresTheCallbackReceiver = noClasses().that().resideInAPackage(CLIENT + "..")
            .should().dependOnClassesThat().resideInAPackage(CALLBACK + "..");

    @ArchTest
    static final ArchRule callbackReceiverIgnoresTheRestClient = noClasses().that().resideInAPackage(CALLBACK + "..")
            .should().dependOnClassesThat().resideInAPackage(CLIENT + "..");

    /** The deployment module is build time: its Dev Services start the simulator. */
    @ArchTest
    static final ArchRule productionCodeNeedsNoSimulatorOrTestHelper = noClasses().that()
            .resideInAnyPackage(CORE + "..", CLIENT + "..", CALLBACK + "..", RUNTIME + "..")
            .should().dependOnClassesThat().resideInAnyPackage(SIMULATOR + "..", TESTING + "..");

    static Optional<String> moduleOf(JavaClass c) {
        String p = c.getPackageName();
        return MODULES.stream().filter(m -> p.equals(m) || p.startsWith(m + ".")).findFirst();
    }

    static boolean isInternal(JavaClass c) {
        return ("." + c.getPackageName() + ".").contains(".internal.");
    }

    /** Public and reachable from outside: public, outside internal packages, nested only in public classes. */
    static boolean isPublicApi(JavaClass c) {
        if (isInternal(c) || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
            return false;
        }
        return c.getEnclosingClass().map(ArchitectureTest::isPublicApi).orElse(true);
    }

    static boolean visible(Set<JavaModifier> modifiers) {
        return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
                && !modifiers.contains(JavaModifier.SYNTHETIC);
    }

    static ArchCondition<JavaClass> nameNoInternalTypeInTheirPublicSignatures() {
        return new ArchCondition<>("name no internal type in public signatures (supertypes, fields, methods)") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (!isPublicApi(c)) {
                    return;
                }
                Set<JavaType> named = new LinkedHashSet<>();
                c.getSuperclass().ifPresent(named::add);
                named.addAll(c.getInterfaces());
                for (JavaField f : c.getFields()) {
                    if (visible(f.getModifiers())) {
                        named.add(f.getType());
                    }
                }
                for (JavaCodeUnit m : c.getCodeUnits()) {
                    if (visible(m.getModifiers())) {
                        named.add(m.getReturnType());
                        named.addAll(m.getParameterTypes());
                    }
                }
                named.stream().flatMap(t -> t.getAllInvolvedRawTypes().stream())
                        .filter(t -> isInternal(t)).distinct()
                        .forEach(t -> events.add(SimpleConditionEvent.violated(c,
                                c.getName() + " names the internal " + t.getName() + " in its public signature")));
            }
        };
    }

    static ArchCondition<JavaClass> useNoOtherModulesInternals() {
        return new ArchCondition<>("use no other module's internal packages") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Optional<String> own = moduleOf(c);
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    Optional<String> theirs = moduleOf(target);
                    if (theirs.isPresent() && !theirs.equals(own) && isInternal(target)) {
                        events.add(SimpleConditionEvent.violated(c, d.getDescription()));
                    }
                }
            }
        };
    }
}
