package dev.lambdaharness.core.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --template}, {@code --function}, {@code --parameter-overrides}, {@code --template-value} and the env file by logical id. */
class MainTemplateTest extends MainRun {

    private Path template() throws IOException {
        return Files.writeString(dir.resolve("template.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  Stage: {Type: String, Default: dev}
                Globals:
                  Function:
                    Runtime: java17
                    CodeUri: %s
                    Handler: dev.lambdaharness.core.corpus.EnvironmentEcho::handleRequest
                Resources:
                  Orders:
                    Type: AWS::Serverless::Function
                    Properties:
                      MemorySize: 512
                      Environment:
                        Variables: {STAGE: !Ref Stage, BUS: !ImportValue shared-bus}
                  Audit:
                    Type: AWS::Serverless::Function
                """.formatted(CorpusCode.testClasses()));
    }

    @Test
    void runsTheTemplatesFunctionWithItsSettingsParametersAndGivenValues() throws IOException {
        String bus = "Resources.Orders.Properties.Environment.Variables.BUS";
        String[] common = {"invoke", "--template", template().toString(), "--function", "Orders",
            "--parameter-overrides", "ParameterKey=Stage,ParameterValue=test", "--template-value", bus + "=b", "--event", "-"};

        assertThat(run("\"STAGE\"", common)).isZero();
        assertThat(out()).isEqualTo("\"test\"\n");
        assertThat(err()).contains("Memory Size: 512 MB");
    }

    @Test
    void theEnvFileSetsTheLogicalIdsVariablesAndTheOptionsWin() throws IOException {
        Path env = Files.writeString(dir.resolve("env.json"), "{\"Audit\": {\"UNDECLARED\": \"from-file\"}}");

        int status = run("\"UNDECLARED\"", "invoke", "--template", template().toString(), "--function", "Audit",
                "--env-file", env.toString(), "--memory", "1024", "--event", "-");

        assertThat(status).isZero();
        assertThat(out()).isEqualTo("\"from-file\"\n");
        assertThat(err()).contains("Memory Size: 1024 MB");
    }

    @Test
    void whatCannotBeResolvedIsBadUsageNamingThePathAndTheOption() throws IOException {
        int status = run("\"STAGE\"", "invoke", "--template", template().toString(), "--function", "Orders", "--event", "-");

        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("Resources.Orders.Properties.Environment.Variables.BUS = !ImportValue shared-bus")
                .contains("--template-value Resources.Orders.Properties.Environment.Variables.BUS=value");
    }

    @Test
    void severalFunctionsNeedFunctionAndAnIdThatIsNotThereNamesThoseThatAre() throws IOException {
        assertThat(run("{}", "invoke", "--template", template().toString(), "--event", "-")).isEqualTo(2);
        assertThat(err()).contains("--function is missing, and " + dir.resolve("template.yaml")
                + " has 2 functions (Orders, Audit). Name the one to run, e.g. --function Orders.");

        assertThat(run("{}", "invoke", "--template", template().toString(), "--function", "Order", "--event", "-"))
                .isEqualTo(2);
        assertThat(err()).contains("has no resource Order; it has functions Orders, Audit. Name one of those.");
    }

    @Test
    void parameterOverridesAreReadInSamsTwoForms() {
        assertThat(CommandLine.parameterOverrides("Stage=test  Size=2 ParameterKey=Name,ParameterValue=a=b"))
                .isEqualTo(Map.of("Stage", "test", "Size", "2", "Name", "a=b"));
    }

    @Test
    void templateOptionsWithoutATemplateAndAHandlerWithOneAreBadUsage() throws IOException {
        assertThat(run("{}", "invoke", "--handler", "x.Y", "--classpath", classpath(), "--function", "F", "--event", "-"))
                .isEqualTo(2);
        assertThat(err()).contains("--function, --parameter-overrides and --template-value need --template.");
        assertThat(run("{}", "invoke", "--template", template().toString(), "--handler", "x.Y", "--event", "-"))
                .isEqualTo(2);
        assertThat(err()).contains("--handler and --template are both given, but the template names the handler.");
    }
}
