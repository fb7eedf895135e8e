package dev.lambdaharness.junit.assertj;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StandardSoftAssertionsProvider;

/**
 * AssertJ's standard soft assertions with the Lambda assertions added: every failed assertion is collected,
 * and {@link #assertAll()} reports them together. Works with AssertJ's JUnit 5
 * {@code SoftAssertionsExtension}, which injects it as a test method parameter or into an
 * {@code @InjectSoftAssertions} field.
 *
 * <pre>{@code
 * LambdaSoftAssertions.assertSoftly(softly -> {
 *     softly.assertThat(result).succeeded().hasStatusCode(201);
 *     softly.assertThat(result).logs().doNotContain("ERROR");
 *     softly.assertThat(result.requestId()).isNotBlank();
 * });
 *
 * @ExtendWith(SoftAssertionsExtension.class)
 * class OrdersTest {
 *     @Test
 *     void createsAnOrder(LambdaSoftAssertions softly) {
 *         softly.assertThat(function.invoke(request)).hasStatusCode(201);
 *     }
 * }
 * }</pre>
 */
public class LambdaSoftAssertions extends AbstractSoftAssertions
        implements StandardSoftAssertionsProvider, LambdaSoftAssertionsProvider {

    /** Creates soft assertions; {@code SoftAssertionsExtension} needs this public no-argument constructor. */
    public LambdaSoftAssertions() {
    }

    /**
     * Runs the assertions softly, then reports every failure at once.
     *
     * @throws AssertionError listing every failed assertion
     */
    public static void assertSoftly(Consumer<LambdaSoftAssertions> softly) {
        SoftAssertionsProvider.assertSoftly(LambdaSoftAssertions.class, softly);
    }
}
