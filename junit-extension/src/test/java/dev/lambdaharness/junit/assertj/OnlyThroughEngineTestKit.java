package dev.lambdaharness.junit.assertj;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a fixture class only when a test launches it through {@code EngineTestKit} with
 * {@value #PARAMETER}; fixtures fail on purpose, so a build that finds them on its own skips them.
 */
final class OnlyThroughEngineTestKit implements ExecutionCondition {

    /** The configuration parameter the launching test sets. */
    static final String PARAMETER = "dev.lambdaharness.junit.assertj.fixtures";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER).isPresent()
                ? ConditionEvaluationResult.enabled("launched through EngineTestKit")
                : ConditionEvaluationResult.disabled("a fixture that fails on purpose; run through EngineTestKit only");
    }
}
