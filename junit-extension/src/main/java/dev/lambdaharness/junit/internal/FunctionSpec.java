package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.template.Template;
import java.util.Optional;

/**
 * One function as a test class declares it, checked and ready to deploy.
 *
 * @param name the name parameters refer to: the configuration's function name, or a template function's logical id
 * @param config the configuration
 * @param code the code
 * @param isolation the isolation, after the annotation and the configuration parameter had their say
 * @param explicitIsolation whether an annotation set the isolation, so the parameter does not apply
 * @param runTime the method that changes the configuration when a runtime starts, or none
 * @param template the template the function comes from, whose event sources the runtime maps to it; empty for one declared by hand
 */
record FunctionSpec(String name, FunctionConfig config, FunctionCode code, Isolation isolation,
        boolean explicitIsolation, RunTimeConfiguration runTime, Optional<TemplateSource> template) {

    /**
     * A template's function: the template and the function's logical id in it.
     *
     * @param template the template, read once for the class
     * @param logicalId the function's logical id
     */
    record TemplateSource(Template template, String logicalId) {
    }

    FunctionSpec with(FunctionConfig changed, Isolation changedIsolation, boolean explicit) {
        // A template's function keeps its logical id as the name parameters refer to, whatever its function name.
        String changedName = name.equals(config.functionName()) ? changed.functionName() : name;
        return new FunctionSpec(changedName, changed, code, changedIsolation, explicit, runTime, template);
    }
}
