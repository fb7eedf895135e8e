package dev.lambdaharness.conformance;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Evaluates a rule on one fixture package and gives the violation messages, in order. */
final class Violations {

    private static final String FIXTURES = "dev.lambdaharness.conformance.fixtures.";

    /** Imports are the slow part (the SDKs' types are resolved from the class path): one per package for all tests. */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private Violations() {
    }

    static JavaClasses fixtures(String subPackage) {
        return IMPORTED.computeIfAbsent(subPackage, p -> new ClassFileImporter().importPackages(FIXTURES + p));
    }

    static List<String> of(ArchRule rule, String subPackage) {
        return rule.evaluate(fixtures(subPackage)).getFailureReport().getDetails();
    }
}
