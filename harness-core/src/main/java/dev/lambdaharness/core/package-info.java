/**
 * The Lambda Harness mini-runtime: a function's code and configuration, the execution
 * environments that run it, and what an invocation returns.
 *
 * <pre>{@code
 * try (LambdaRuntime runtime = LambdaRuntime.create()) {
 *     LambdaFunction function = runtime.function(
 *             FunctionConfig.builder("com.example.Hello::handleRequest").memorySize(512).build(),
 *             FunctionCode.fromPaths(Path.of("target/classes")));
 *     InvocationResult result = function.invoke("\"world\"");
 *     System.out.println(result.payloadAsString());
 * }
 * }</pre>
 */
package dev.lambdaharness.core;
