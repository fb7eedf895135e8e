package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.template.InvalidTemplateException;
import dev.lambdaharness.core.template.Template;
import dev.lambdaharness.core.template.TemplateFunction;
import dev.lambdaharness.junit.LambdaTest;
import dev.lambdaharness.junit.RuntimeScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The functions a {@code @LambdaTest(template = …)} declares: the template's function that
 * {@code function} names, or all of them, each named by its logical id, with the template's
 * configuration and code under the annotation's own settings.
 *
 * <pre>{@code
 * List<FunctionSpec> functions = TemplateDeclaration.read(annotation, OrdersTest.class, Isolation.IN_PROCESS);
 * }</pre>
 */
final class TemplateDeclaration {

    private TemplateDeclaration() {
    }

    static List<FunctionSpec> read(LambdaTest annotation, Class<?> owner, Isolation suiteIsolation) {
        String where = AnnotationReader.describe(annotation, owner);
        if (!annotation.handler().isEmpty()) {
            throw new ExtensionConfigurationException(where + " sets handler, but its template names the handler."
                    + " Leave handler out, or change the template's with templateValues ="
                    + " \"Resources.<id>.Properties.Handler=...\".");
        }
        Template template = template(annotation, where);
        List<String> ids = annotation.function().isEmpty() ? template.functionIds() : List.of(annotation.function());
        if (ids.isEmpty()) {
            throw new ExtensionConfigurationException(where + ": template " + annotation.template() + " declares no"
                    + " function (AWS::Serverless::Function or AWS::Lambda::Function) that it creates. Name a template"
                    + " with functions.");
        }
        if (ids.size() > 1 && !annotation.name().isEmpty()) {
            throw new ExtensionConfigurationException(where + " sets name, but deploys the template's " + ids.size()
                    + " functions (" + String.join(", ", ids) + "), each named by its logical id. Set function to"
                    + " the one to name, or leave name out.");
        }
        Isolation explicit = AnnotationReader.atMostOne(annotation.isolation(), "isolation", where);
        RunTimeConfiguration runTime = RunTimeConfiguration.find(annotation.configure(), owner, where);
        if (annotation.scope() == RuntimeScope.CLASS) {
            runTime.requireStatic();
        }
        List<FunctionSpec> functions = new ArrayList<>();
        for (String id : ids) {
            String function = where + ", function " + id;
            try {
                TemplateFunction read = template.function(id);
                FunctionConfig config = AnnotationReader.settings(annotation, read.config().toBuilder(), function, true)
                        .build();
                FunctionCode code = AnnotationReader.code(annotation, function, read::code);
                String name = annotation.name().isEmpty() ? id : annotation.name();
                functions.add(new FunctionSpec(name, config, code, explicit != null ? explicit : suiteIsolation,
                        explicit != null, runTime, Optional.of(new FunctionSpec.TemplateSource(template, id))));
            } catch (InvalidTemplateException e) {
                throw new ExtensionConfigurationException(where + ": " + e.getMessage(), e);
            } catch (InvalidConfigurationException e) {
                throw AnnotationReader.refused(function, e);
            }
        }
        return functions;
    }

    private static Template template(LambdaTest annotation, String where) {
        try {
            Template template = Template.read(Path.of(annotation.template()));
            if (!annotation.region().isEmpty()) {
                template = template.withRegion(annotation.region());
            }
            if (!annotation.accountId().isEmpty()) {
                template = template.withAccountId(annotation.accountId());
            }
            for (String parameter : annotation.parameterOverrides()) {
                String[] pair = assignment(parameter, "parameterOverrides", "Stage=test", where);
                template = template.withParameter(pair[0], pair[1]);
            }
            for (String value : annotation.templateValues()) {
                String[] pair = assignment(value, "templateValues",
                        "Resources.OrdersFunction.Properties.Environment.Variables.BUS=arn:...", where);
                template = template.withValue(pair[0], pair[1]);
            }
            return annotation.envVars().isEmpty() ? template : template.withEnvVarsFile(Path.of(annotation.envVars()));
        } catch (InvalidTemplateException e) {
            throw new ExtensionConfigurationException(where + ": " + e.getMessage(), e);
        } catch (InvalidConfigurationException e) {
            throw AnnotationReader.refused(where, e);
        }
    }

    private static String[] assignment(String entry, String attribute, String example, String where) {
        int equals = entry.indexOf('=');
        if (equals <= 0) {
            throw new ExtensionConfigurationException(where + ", attribute " + attribute + ": '" + entry + "' is not"
                    + " NAME=value. Write it as \"" + example + "\".");
        }
        return new String[] {entry.substring(0, equals).trim(), entry.substring(equals + 1)};
    }
}
