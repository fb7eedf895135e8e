package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogicOutsideRuntimeClassesTest {

    private static final String P = "dev.lambdaharness.conformance.fixtures.logic.violating.";
    private static final String TAIL = " [logic-outside-runtime-classes, see docs/rules.md#logic-outside-runtime-classes]";

    @Test
    void logicInTheHandlerClassAndInAClassUsingTheLoggerIsReported() {
        assertThat(Violations.of(LambdaRules.LOGIC_LIVES_OUTSIDE_RUNTIME_CLASSES, "logic.violating")).containsExactly(
                P + "Quote.price has 59 bytecode instructions, more than 40, in a class that depends on the Lambda runtime (Context, RequestHandler) (Quote.java:15):"
                        + " move the logic into a class that does not depend on the Lambda runtime and call it" + TAIL,
                P + "Tariffs.apply has 62 bytecode instructions, more than 40, in a class that depends on the Lambda runtime (LambdaLogger) (Tariffs.java:13):"
                        + " move the logic into a class that does not depend on the Lambda runtime and call it" + TAIL);
    }

    @Test
    void adaptersLogicWithoutLambdaTypesAndASuppressedMethodPass() {
        assertThat(Violations.of(LambdaRules.LOGIC_LIVES_OUTSIDE_RUNTIME_CLASSES, "logic.compliant")).isEmpty();
    }

    @Test
    void handlerMethodsAreLeftToTheirOwnRuleAndTheRuleIsPartOfAll() {
        assertThat(Violations.of(LambdaRules.LOGIC_LIVES_OUTSIDE_RUNTIME_CLASSES, "thin.violating")).isEmpty();
        assertThat(Violations.of(LambdaRules.ALL, "logic.violating")).filteredOn(message -> message.endsWith(TAIL)).hasSize(2);
    }

    @Test
    void theBoundIsConfigurableAndABoundBelowOneIsRefused() {
        assertThat(Violations.of(LambdaRules.logicLivesOutsideRuntimeClasses(62), "logic.violating")).isEmpty();
        assertThat(Violations.of(LambdaRules.logicLivesOutsideRuntimeClasses(61), "logic.violating")).hasSize(1);
        assertThatThrownBy(() -> LambdaRules.logicLivesOutsideRuntimeClasses(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxInstructions is 0: a method needs at least 1 instruction; pass a bound of 1 or more");
    }
}
