package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.conformance.internal.RuleFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandlerMethodsThinTest {

    private static final String P = "dev.lambdaharness.conformance.fixtures.thin.violating.";

    @Test
    void aHandlerMethodOverTheBoundIsReportedWithItsCount() {
        assertThat(Violations.of(LambdaRules.HANDLER_METHODS_ARE_THIN, "thin.violating")).containsExactly(
                P + "Fat.handleRequest has 123 bytecode instructions, more than 80 (Fat.java:13): move the logic into a class that does not"
                        + " depend on the Lambda runtime and call it [handler-methods-thin, see docs/rules.md#handler-methods-thin]");
    }

    @Test
    void aHandlerThatReadsValidatesFormatsDelegatesAndLogsIsThinEnough() {
        assertThat(Violations.of(LambdaRules.HANDLER_METHODS_ARE_THIN, "thin.compliant")).isEmpty();
    }

    @Test
    void theBoundIsConfigurableAndThinMethodHandlersPass() {
        assertThat(Violations.of(LambdaRules.handlerMethodsAreThin(123), "thin.violating")).isEmpty();
        assertThat(Violations.of(new RuleFactory(List.of(P + "Fat::total")).handlerMethodsThin(122), "thin.violating")).hasSize(1);
        assertThat(Violations.of(LambdaRules.HANDLER_METHODS_ARE_THIN, "clients.violating")).isEmpty();
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThatThrownBy(() -> LambdaRules.handlerMethodsAreThin(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxInstructions is 0: a handler method needs at least 1 instruction; pass a bound of 1 or more");
    }
}
