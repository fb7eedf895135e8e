package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.Isolation;

/**
 * One function as a test class declares it, checked and ready to deploy.
 *
 * @param name the name parameters refer to: the configuration's function name, or a template function's logical id
 * @param config the configuration
 * @param code the code
 * @param isolation the isolation, after the annotation and the configuration parameter had their say
 * @param explicitIsolation whether an annotation set the isolation, so the parameter does not apply
 * @param runTime the method that changes the configuration when a runtime starts, or none
 */
record FunctionSpec(String name, FunctionConfig config, FunctionCode code, Isolation isolation,
        boolean explicitIsolation, RunTimeConfiguration runTime) {

    FunctionSpec with(FunctionConfig changed, Isolation changedIsolation, boolean explicit) {
        // A template's function keeps its logical id as the name parameters refer to, whatever its function name.
        String changedName = name.equals(config.functionName()) ? changed.functionName() : name;
        return new FunctionSpec(changedName, changed, code, changedIsolation, explicit, runTime);
    }
}
