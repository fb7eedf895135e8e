package dev.lambdaharness.conformance;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules as users run them, through ArchUnit's JUnit 5 engine, on code that follows every practice. */
@AnalyzeClasses(packages = {
        "dev.lambdaharness.conformance.fixtures.clients.compliant",
        "dev.lambdaharness.conformance.fixtures.invoke.compliant",
        "dev.lambdaharness.conformance.fixtures.exit.compliant",
        "dev.lambdaharness.conformance.fixtures.credentials.compliant",
        "dev.lambdaharness.conformance.fixtures.loadable.compliant",
        "dev.lambdaharness.conformance.fixtures.state.compliant",
        "dev.lambdaharness.conformance.fixtures.logic.compliant"})
class LambdaRulesArchTest {

    @ArchTest
    static final ArchRule bestPractices = LambdaRules.ALL;

    @ArchTest
    static final ArchRule withAMethodHandler = LambdaRules.forHandlers("dev.lambdaharness.conformance.fixtures.loadable.compliant.Plain$Statics::shout");
}
