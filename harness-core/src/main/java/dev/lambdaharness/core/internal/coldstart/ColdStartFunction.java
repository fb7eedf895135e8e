package dev.lambdaharness.core.internal.coldstart;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import java.util.Optional;

/**
 * A function the cold-start suite measures: its configuration (handler, memory), its code, the
 * event of its first invocation and its budget, if it has one.
 *
 * <pre>{@code
 * ColdStartFunction hello = new ColdStartFunction("hello",
 *         FunctionConfig.builder("com.example.Hello::handleRequest").memorySize(512).build(),
 *         FunctionCode.fromPaths(Path.of("target/classes")), "{}".getBytes(UTF_8),
 *         Optional.of(ColdStartBudget.parse("budget", "1.5s")));
 * }</pre>
 *
 * @param name the name it is reported under
 * @param config its configuration
 * @param code its code
 * @param event the payload of each cold start's invocation
 * @param budget the limit of its median time to first response
 */
public record ColdStartFunction(String name, FunctionConfig config, FunctionCode code, byte[] event,
        Optional<ColdStartBudget> budget) {
}
