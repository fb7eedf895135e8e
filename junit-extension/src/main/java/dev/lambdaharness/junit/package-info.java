/**
 * {@code @LambdaTest}: a JUnit Jupiter extension that deploys Lambda functions into a Lambda Harness
 * runtime per test (or per class) and hands tests the functions, their invocation logs and event
 * fixtures as parameters.
 *
 * <pre>{@code
 * @LambdaTest(handler = "com.example.orders.CreateOrder::handleRequest", memory = 512)
 * class CreateOrderTest {
 *     @Test
 *     void createsAnOrder(LambdaFunction function, @Event("apigateway/http-api-v2") APIGatewayV2HTTPEvent request) {
 *         assertThat(function.invoke(request).succeeded()).isTrue();
 *     }
 * }
 * }</pre>
 *
 * <p>Implementation lives in {@code dev.lambdaharness.junit.internal}; the AssertJ assertions in
 * {@code dev.lambdaharness.junit.assertj}.
 */
package dev.lambdaharness.junit;
