package dev.lambdaharness.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.internal.coldstart.ColdStartFunction;
import dev.lambdaharness.maven.MeasuredFunction;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasuredFunctionsTest {

    @TempDir
    Path basedir;

    /** A function as Maven configures it: by its fields. */
    private static MeasuredFunction function(Map<String, Object> settings) throws ReflectiveOperationException {
        MeasuredFunction function = new MeasuredFunction();
        for (Map.Entry<String, Object> setting : settings.entrySet()) {
            Field field = declared(setting.getKey());
            field.setAccessible(true);
            field.set(function, setting.getValue());
        }
        return function;
    }

    /** The setting's field, on MeasuredFunction or on what every declared function has (DeclaredFunction), as Maven finds it. */
    private static Field declared(String name) throws NoSuchFieldException {
        try {
            return MeasuredFunction.class.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return MeasuredFunction.class.getSuperclass().getDeclaredField(name);
        }
    }

    private List<Path> projectCode() throws Exception {
        return List.of(Files.createDirectories(basedir.resolve("target/classes")));
    }

    @Test
    void aHandlerAloneIsAFunctionOnTheProjectsCodeNamedForItsClass() throws Exception {
        List<ColdStartFunction> functions = MeasuredFunctions.resolve(
                List.of(function(Map.of("handler", "com.example.Hello::handleRequest"))), null, basedir, projectCode());

        ColdStartFunction hello = functions.get(0);
        assertThat(hello.name()).isEqualTo("Hello");
        assertThat(hello.code().functionEntries()).containsExactly(basedir.resolve("target/classes").toAbsolutePath());
        assertThat(new String(hello.event(), StandardCharsets.UTF_8)).isEqualTo("{}");
        assertThat(hello.budget()).isEmpty();
    }

    @Test
    void theEventIsAFileOfTheProjectOrAFixtureAndTheGoalsBudgetIsTheDefault() throws Exception {
        Files.createDirectories(basedir.resolve("events"));
        Files.writeString(basedir.resolve("events/ada.json"), "{\"name\":\"Ada\"}");

        List<ColdStartFunction> functions = MeasuredFunctions.resolve(List.of(
                function(Map.of("handler", "com.example.Hello", "event", "events/ada.json", "memory", 256)),
                function(Map.of("name", "queue", "handler", "com.example.Queue", "event", "sqs/receive-message", "budget", "2s"))),
                "+20%", basedir, projectCode());

        assertThat(new String(functions.get(0).event(), StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"Ada\"}");
        assertThat(functions.get(0).config().memorySize()).isEqualTo(256);
        assertThat(functions.get(0).budget().orElseThrow().text()).isEqualTo("+20%");
        assertThat(new String(functions.get(1).event(), StandardCharsets.UTF_8)).contains("\"eventSource\"", "aws:sqs");
        assertThat(functions.get(1).budget().orElseThrow().limitMs(0)).isEqualTo(2000);
    }

    @Test
    void eachRefusalIsOneLineNamingTheSettingTheValueAndTheFix() throws Exception {
        List<Path> code = projectCode();
        assertThatThrownBy(() -> MeasuredFunctions.resolve(List.of(), null, basedir, code))
                .hasMessageStartingWith("<functions> is empty and the project has no template.yaml: declare each function");
        assertThatThrownBy(() -> MeasuredFunctions.resolve(List.of(function(Map.of("memory", 512))), null, basedir, code))
                .hasMessage("<functions> item 1 has no <handler>: give the handler string as Lambda takes it, such as"
                        + " <handler>com.example.Hello::handleRequest</handler>.");
        assertThatThrownBy(() -> MeasuredFunctions.resolve(List.of(function(Map.of("handler", "a.Hello")),
                function(Map.of("handler", "b.Hello"))), null, basedir, code))
                .hasMessageStartingWith("Two functions are named Hello in <functions>; give each a <name> of its own");
        assertThatThrownBy(() -> MeasuredFunctions.resolve(List.of(function(Map.of("handler", "a.Hello", "budget", "soon"))),
                null, basedir, code))
                .hasMessageStartingWith("Function Hello <budget> = 'soon' is not a duration");
        assertThatThrownBy(() -> MeasuredFunctions.resolve(List.of(function(Map.of("handler", "a.Hello", "event", "events/none.json"))),
                null, basedir, code))
                .hasMessageStartingWith("Function Hello <event> = events/none.json is neither a file under " + basedir
                        + " nor an event fixture: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> MeasuredFunctions.resolve(List.of(function(Map.of("handler", "a.Hello", "memory", 64))),
                null, basedir, code))
                .hasMessageContaining("memorySize").hasMessageContaining("64");
        assertThatThrownBy(() -> MeasuredFunctions.resolve(List.of(function(Map.of("handler", "a.Hello"))), null, basedir, List.of()))
                .hasMessageStartingWith("Function Hello runs the project's code, and the project has no compiled classes");
    }

    @Test
    void aTemplatesFunctionsAreMeasuredUnderTheirLogicalIdsOnTheProjectsCodeAndANamedEntryAddsItsEvent() throws Exception {
        Files.writeString(basedir.resolve("template.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function: {Runtime: java17, CodeUri: ., MemorySize: 256}
                Resources:
                  Orders:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: com.example.Orders::handleRequest, AutoPublishAlias: live,
                                 ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 2}}
                  Reports:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: com.example.Reports, MemorySize: 1024}
                """);
        Files.writeString(basedir.resolve("pom.xml"), "<project/>");
        Files.createDirectories(basedir.resolve("events"));
        Files.writeString(basedir.resolve("events/order.json"), "{\"id\":7}");
        List<TemplateFunctions.Found> found = TemplateFunctions.read(basedir.resolve("template.yaml").toFile(), basedir,
                projectCode());

        List<ColdStartFunction> functions = MeasuredFunctions.resolve(
                List.of(function(Map.of("name", "Orders", "event", "events/order.json", "budget", "2s")),
                        function(Map.of("handler", "com.example.Extra"))), found, "9s", basedir, projectCode());

        assertThat(functions).extracting(ColdStartFunction::name).containsExactly("Orders", "Reports", "Extra");
        ColdStartFunction orders = functions.get(0);
        assertThat(orders.config().memorySize()).isEqualTo(256);
        assertThat(orders.config().provisionedConcurrency()).as("the code of $LATEST is measured").isEmpty();
        assertThat(orders.config().alias()).isEmpty();
        assertThat(orders.code().functionEntries()).containsExactly(basedir.resolve("target/classes").toAbsolutePath());
        assertThat(new String(orders.event(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":7}");
        assertThat(orders.budget().orElseThrow().text()).isEqualTo("2s");
        assertThat(functions.get(1).config().memorySize()).isEqualTo(1024);
        assertThat(functions.get(1).budget().orElseThrow().text()).isEqualTo("9s");
        assertThat(new String(functions.get(1).event(), StandardCharsets.UTF_8)).as("no fixture for a handler that does not resolve")
                .isEqualTo("{}");
    }

    @Test
    void anEntryNamedAfterATemplatesFunctionTakesNoHandlerAndNoFunctionsAtAllIsRefused() throws Exception {
        Files.writeString(basedir.resolve("template.yaml"), """
                Resources:
                  Orders:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: com.example.Orders, Runtime: java17, CodeUri: target/classes}
                """);
        List<TemplateFunctions.Found> found = TemplateFunctions.read(basedir.resolve("template.yaml").toFile(), basedir,
                projectCode());

        assertThatThrownBy(() -> MeasuredFunctions.resolve(List.of(function(Map.of("name", "Orders",
                "handler", "com.example.Other"))), found, null, basedir, projectCode()))
                .hasMessage("<function> Orders has a <handler>, but Orders comes from the template, which names its handler:"
                        + " leave <handler> out to change its other settings, or give the entry a <name> of its own to"
                        + " declare another function.");
        assertThatThrownBy(() -> MeasuredFunctions.resolve(List.of(), List.of(), null, basedir, projectCode()))
                .hasMessageStartingWith("<functions> is empty and the project has no template.yaml: declare each function");
        assertThat(TemplateFunctions.read(basedir.resolve("missing.yaml").toFile(), basedir, projectCode())).isEmpty();
    }
}
