package dev.lambdaharness.junit;

/**
 * How long the runtime of a {@link LambdaTest @LambdaTest} class lives, and so which invocations
 * find a warm environment.
 *
 * <pre>{@code
 * @LambdaTest(handler = "com.example.Handler", scope = RuntimeScope.CLASS)
 * class WarmTest { }
 * }</pre>
 *
 * <table>
 * <caption>What gets its own runtime</caption>
 * <tr><th>JUnit construct</th><th>{@code TEST}</th><th>{@code CLASS}</th></tr>
 * <tr><td>{@code @Test} method</td><td>each</td><td>shared by the class</td></tr>
 * <tr><td>{@code @ParameterizedTest}, {@code @RepeatedTest}</td><td>each invocation</td><td>shared</td></tr>
 * <tr><td>{@code @TestFactory}</td><td>the factory (its dynamic tests share it)</td><td>shared</td></tr>
 * <tr><td>{@code @Nested} class without its own {@code @LambdaTest}</td><td>each test</td>
 *     <td>the enclosing class's runtime</td></tr>
 * <tr><td>{@code @BeforeAll}, {@code @AfterAll}, {@code PER_CLASS} constructor</td><td>refused</td>
 *     <td>the class's runtime</td></tr>
 * <tr><td>a method with {@link FunctionOverride @FunctionOverride}</td><td>each</td><td>each</td></tr>
 * </table>
 */
public enum RuntimeScope {
    /** A fresh runtime per test: every test starts cold. The default. */
    TEST,
    /**
     * One runtime for all tests of the class (and of its {@code @Nested} classes): a test may find
     * the environment an earlier one left warm, as a real function does between requests.
     */
    CLASS
}
