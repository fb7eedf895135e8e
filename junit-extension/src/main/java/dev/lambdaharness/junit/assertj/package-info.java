/**
 * AssertJ assertions on Lambda invocations: outcome, payload, API Gateway, function URL and ALB
 * responses, partial batch responses, logs and REPORT figures, hard or soft.
 *
 * <pre>{@code
 * import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
 *
 * InvocationResult result = function.invoke(request);
 * assertThat(result).succeeded().hasStatusCode(201).hasHeader("Location");
 * assertThat(result).logs().fromFunction().doNotContain("ERROR");
 * assertThat(result).report().wasColdStart();
 * }</pre>
 */
package dev.lambdaharness.junit.assertj;
