package dev.lambdaharness.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole template deployed into a runtime: each function runs with the settings and code the template gives it. */
class TemplateDeploymentTest {

    @TempDir
    Path folder;

    @Test
    void everyFunctionOfTheTemplateRunsWithItsSettings() {
        Template template = TemplateFiles.read(folder, """
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  Stage: {Type: String, Default: dev}
                Globals:
                  Function:
                    Runtime: java17
                    CodeUri: %s
                    Environment: {Variables: {STAGE: !Ref Stage}}
                Resources:
                  Echo:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: dev.lambdaharness.core.corpus.EnvironmentEcho::handleRequest
                      MemorySize: 256
                  Hello:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: dev.lambdaharness.core.corpus.Hello, FunctionName: greeter}
                """.formatted(CorpusCode.testClasses())).withParameter("Stage", "test");

        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            Map<String, LambdaFunction> functions = runtime.deploy(template);

            assertThat(functions).containsOnlyKeys("Echo", "Hello");
            InvocationResult stage = functions.get("Echo").invoke("\"STAGE\"");
            assertThat(stage.payloadAsString()).isEqualTo("\"test\"");
            assertThat(functions.get("Echo").invoke("\"AWS_LAMBDA_FUNCTION_MEMORY_SIZE\"").payloadAsString())
                    .isEqualTo("\"256\"");
            assertThat(functions.get("Hello").config().functionName()).isEqualTo("greeter");
            assertThat(functions.get("Hello").invoke("\"you\"").payloadAsString()).isEqualTo("\"hello you\"");
        }
    }
}
