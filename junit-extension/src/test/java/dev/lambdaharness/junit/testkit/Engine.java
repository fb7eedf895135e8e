package dev.lambdaharness.junit.testkit;

import java.util.Map;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** Runs test-case classes on the real Jupiter engine, as JUnit's own extension tests do. */
public final class Engine {

    /** The handlers' code, as test cases name it. */
    public static final String CODE = "target/test-classes";

    private Engine() {
    }

    public static EngineExecutionResults run(Class<?> testCase) {
        return run(testCase, Map.of());
    }

    public static EngineExecutionResults run(Class<?> testCase, Map<String, String> configuration) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testCase))
                .configurationParameters(configuration)
                .execute();
    }
}
