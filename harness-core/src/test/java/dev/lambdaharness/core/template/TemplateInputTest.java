package dev.lambdaharness.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad templates and bad references to them: one clear message each, naming the place and the fix. */
class TemplateInputTest {

    @TempDir
    Path folder;

    @Test
    void yamlThatDoesNotParseIsRefusedWithItsLineAndColumn() {
        TemplateFiles.refused(() -> TemplateFiles.read(folder, """
                Resources:
                  F:
                    Type: AWS::Serverless::Function
                     Properties: {}
                """)).hasMessageStartingWith("Template " + folder.resolve("template.yaml") + " is not YAML: ")
                .hasMessageContaining("at line 4, column 16");
    }

    @Test
    void jsonThatDoesNotParseIsRefusedWithItsLineAndColumn() {
        TemplateFiles.refused(() -> TemplateFiles.read(folder, """
                {"Resources": {
                  "F": {"Type": "AWS::Lambda::Function" "Properties": {}}
                }}
                """)).hasMessageContaining("is not JSON: ").hasMessageContaining("at line 2, column");
    }

    @Test
    void aKeyTwiceIsRefusedAsCloudFormationRefusesIt() {
        TemplateFiles.refused(() -> TemplateFiles.read(folder, """
                Resources:
                  F: {Type: AWS::SQS::Queue}
                  F: {Type: AWS::SNS::Topic}
                """)).hasMessageContaining("found duplicate key F").hasMessageContaining("line 3");
    }

    @Test
    void aJsonKeyTwiceIsRefusedToo() {
        TemplateFiles.refused(() -> TemplateFiles.read(folder, """
                {"Resources": {"F": {"Type": "AWS::SQS::Queue"}, "F": {"Type": "AWS::SNS::Topic"}}}
                """)).hasMessageContaining("is not JSON: Duplicate field 'F'").hasMessageContaining("at line 1");
    }

    @Test
    void aFileThatIsNoTemplateIsRefused() {
        TemplateFiles.refused(() -> TemplateFiles.read(folder, "- just\n- a list\n"))
                .hasMessageContaining("holds a list, not a template");
        TemplateFiles.refused(() -> Template.read(folder.resolve("missing.yaml")))
                .hasMessage("Template " + folder.resolve("missing.yaml") + " does not exist. Give the path of a SAM or"
                        + " CloudFormation template (template.yaml or template.json).");
    }

    @Test
    void aLogicalIdThatIsNotThereIsRefusedNamingTheFunctions() {
        Template template = TemplateFiles.samFunction(folder, "");

        TemplateFiles.refused(() -> template.function("Orders"))
                .hasMessageContaining("has no resource Orders; it has functions F. Name one of those.");
    }

    @Test
    void aResourceOfAnotherTypeIsNoFunction() {
        Template template = TemplateFiles.read(folder, """
                Resources:
                  Queue: {Type: AWS::SQS::Queue}
                  Orders: {Type: AWS::Serverless::StateMachine}
                """);

        TemplateFiles.refused(() -> template.function("Queue"))
                .hasMessageContaining("Queue is an AWS::SQS::Queue, not a function (AWS::Serverless::Function or"
                        + " AWS::Lambda::Function). The template has no functions.");
    }

    @Test
    void aPropertyOfTheWrongKindIsRefusedWithItsPath() {
        TemplateFiles.refused(() -> TemplateFiles.samFunction(folder, "MemorySize: lots").function("F"))
                .hasMessageContaining("Resources.F.Properties.MemorySize is the text \"lots\", not a whole number."
                        + " Write it as MemorySize: 512.");
        TemplateFiles.refused(() -> TemplateFiles.samFunction(folder, "Environment: {Variables: [A, B]}").function("F"))
                .hasMessageContaining("Resources.F.Properties.Environment.Variables is a list, not a mapping");
    }

    @Test
    void aValueLambdaRefusesIsRefusedWithItsPath() {
        TemplateFiles.refused(() -> TemplateFiles.samFunction(folder, "MemorySize: 64").function("F"))
                .hasMessageStartingWith("Template " + folder.resolve("template.yaml")
                        + ", Resources.F.Properties.MemorySize: memorySize 64 ");
    }

    @Test
    void aRuntimeThatIsNotJavaIsRefusedNamingThoseThatRun() {
        TemplateFiles.refused(() -> TemplateFiles.read(folder, """
                Resources:
                  F:
                    Type: AWS::Lambda::Function
                    Properties: {Handler: app.handler, Runtime: python3.12}
                """).function("F"))
                .hasMessageContaining("Resources.F.Properties.Runtime is python3.12, not a Java runtime. Lambda Harness"
                        + " runs java17, java21, java25");
    }

    @Test
    void aContainerImageIsRefused() {
        TemplateFiles.refused(() -> TemplateFiles.samFunction(folder, "PackageType: Image").function("F"))
                .hasMessageContaining("function F is a container image");
    }

    @Test
    void theEnvVarsFileSetsEveryVariableOfItsMembersForTheLogicalIdDeclaredOrNot() {
        Path env = TemplateFiles.write(folder, "env.json", """
                {"Parameters": {"STAGE": "test"}, "F": {"TABLE": "local-orders", "UNDECLARED": 1}}
                """);

        Template template = TemplateFiles.samFunction(folder, """
                Environment: {Variables: {TABLE: orders, STAGE: prod, KEPT: yes}}
                """).withEnvVarsFile(env);

        assertThat(template.function("F").config().environment()).containsEntry("TABLE", "local-orders")
                .containsEntry("STAGE", "test").containsEntry("KEPT", "true").containsEntry("UNDECLARED", "1");
    }
}
