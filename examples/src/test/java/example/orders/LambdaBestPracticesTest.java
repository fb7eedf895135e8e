package example.orders;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.lambdaharness.conformance.LambdaRules;

/** Lambda's best practices, checked on the handlers' code (docs/rules.md). */
@AnalyzeClasses(packages = "example.orders", importOptions = ImportOption.DoNotIncludeTests.class)
class LambdaBestPracticesTest {

    @ArchTest
    static final ArchRule bestPractices = LambdaRules.forHandlers("example.orders.CreateOrder::handleRequest");
}
