package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientsCreatedDuringInitTest {

    private static final String P = "dev.lambdaharness.conformance.fixtures.clients.violating.";
    private static final String TAIL = " [clients-created-during-init, see docs/rules.md#clients-created-during-init]";

    @Test
    void clientsCreatedOnTheInvocationPathAreReportedWithThePathThatReachesThem() {
        assertThat(Violations.of(LambdaRules.CLIENTS_ARE_CREATED_DURING_INIT, "clients.violating")).containsExactly(
                P + "CreateOrder.handleRequest creates a JDBC connection with DriverManager.getConnection(String) in " + P
                        + "OrderService.save (OrderService.java:11), through " + P + "CreateOrder.handleRequest -> " + P + "OrderService.save" + TAIL,
                // SDK v1, reached through an interface to its implementation
                P + "CreateOrder.handleRequest creates an AWS SDK client with AWSLambdaClientBuilder.defaultClient() in " + P
                        + "LegacyNotifier.announce (LegacyNotifier.java:10), through " + P + "CreateOrder.handleRequest -> " + P + "LegacyNotifier.announce" + TAIL,
                // SDK v2, two calls deep in another class
                P + "CreateOrder.handleRequest creates an AWS SDK client with LambdaClient.create() in " + P
                        + "Store.lambda (Store.java:13), through " + P + "CreateOrder.handleRequest -> " + P + "OrderService.save -> " + P + "Store.lambda" + TAIL,
                P + "CreateOrder.handleRequest creates an AWS SDK client with LambdaClientBuilder.build() in " + P
                        + "Store.lambda (Store.java:14), through " + P + "CreateOrder.handleRequest -> " + P + "OrderService.save -> " + P + "Store.lambda" + TAIL,
                P + "CreateOrder.handleRequest creates an HTTP client with HttpClient.newHttpClient() in " + P
                        + "Store.lambda (Store.java:12), through " + P + "CreateOrder.handleRequest -> " + P + "OrderService.save -> " + P + "Store.lambda" + TAIL);
    }

    @Test
    void aHandlerStringNamingTheMethodTheInterfaceRunsReportsEachFindingOnce() {
        assertThat(Violations.of(LambdaRules.forHandlers(P + "CreateOrder::handleRequest"), "clients.violating"))
                .isEqualTo(Violations.of(LambdaRules.CLIENTS_ARE_CREATED_DURING_INIT, "clients.violating"));
    }

    @Test
    void clientsCreatedInStaticInitialisersAndConstructorsPass() {
        assertThat(Violations.of(LambdaRules.CLIENTS_ARE_CREATED_DURING_INIT, "clients.compliant")).isEmpty();
    }

    @Test
    void theFailureMessageSaysTheRuleAndLambdasReason() {
        assertThat(LambdaRules.CLIENTS_ARE_CREATED_DURING_INIT.evaluate(Violations.fixtures("clients.violating")).getFailureReport().toString())
                .startsWith("Architecture Violation [Priority: MEDIUM] - Rule 'Lambda handlers should create AWS SDK clients, HTTP clients and database connections during INIT, not on the"
                        + " invocation path, because Lambda's guidance is to take advantage of execution environment reuse: initialize SDK clients"
                        + " and database connections outside of the function handler, so that subsequent invocations reuse them' was violated (5 times):");
    }
}
