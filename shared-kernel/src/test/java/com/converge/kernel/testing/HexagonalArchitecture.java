package com.converge.kernel.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The dependency rule of every Converge service, checked on its compiled classes: the domain
 * knows only the JDK and the shared kernel's pure parts; the application knows the domain, its
 * ports and Mutiny's {@code Uni}/{@code Multi}, and no adapter or framework.
 */
public final class HexagonalArchitecture {

    private static final String[] KERNEL_PURE = {
            "com.converge.kernel.domain..", "com.converge.kernel.events..", "com.converge.kernel.application.."};

    private HexagonalArchitecture() {
    }

    public static void check(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        String domain = servicePackage + ".domain..";
        String application = servicePackage + ".application..";

        noClasses().that().resideInAPackage(domain)
                .should().dependOnClassesThat(not(resideInAnyPackage(concat(new String[]{"java..", domain}, KERNEL_PURE))))
                .because("the domain is plain Java and the shared kernel's values")
                .check(classes);

        noClasses().that().resideInAPackage(application)
                .should().dependOnClassesThat(not(resideInAnyPackage(concat(new String[]{"java..", domain, application}, KERNEL_PURE)))
                        .and(not(equivalentTo(Uni.class)))
                        .and(not(equivalentTo(Multi.class)))
                        // Uni's and Multi's own fluent API (Uni.createFrom(), onFailure(), ...)
                        .and(not(resideInAnyPackage("io.smallrye.mutiny.groups..", "io.smallrye.mutiny.tuples.."))))
                .because("use cases know the domain and their ports, and of frameworks only Mutiny's Uni and Multi")
                .check(classes);

        noClasses().that().resideInAnyPackage(domain, application)
                .should().dependOnClassesThat().resideInAnyPackage(servicePackage + ".adapter..", servicePackage + ".config..")
                .because("dependencies point inward")
                .check(classes);

        noClasses().that().resideInAPackage(servicePackage + ".adapter.inbound..")
                .should().dependOnClassesThat().resideInAPackage(servicePackage + ".adapter.outbound..")
                .because("a driving adapter reaches a driven one only through a use case")
                .check(classes);
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
