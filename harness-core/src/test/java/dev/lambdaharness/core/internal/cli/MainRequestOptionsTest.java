package dev.lambdaharness.core.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** What {@code invoke}'s request options put into the invocation: name, region, qualifier, client context, identity. */
class MainRequestOptionsTest extends MainRun {

    private static final String CONTEXT_ECHO = "dev.lambdaharness.core.corpus.ContextEcho::handle";

    @Test
    void theRequestOptionsReachTheContext() throws Exception {
        int status = run("{}", "invoke", "--handler", CONTEXT_ECHO, "--classpath", classpath(), "--event", "-",
                "--name", "orders", "--region", "eu-west-1", "--qualifier", "live",
                "--client-context", "{\"custom\":{\"tenant\":\"a\"},\"client\":{\"app_title\":\"shop\"}}",
                "--identity", "{\"cognitoIdentityId\":\"eu-west-1:abc\",\"cognitoIdentityPoolId\":\"eu-west-1:pool\"}");

        assertThat(status).as(err()).isZero();
        JsonNode context = new ObjectMapper().readTree(out());
        assertThat(context.get("functionName").asText()).isEqualTo("orders");
        assertThat(context.get("invokedFunctionArn").asText()).isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:orders:live");
        assertThat(context.get("functionVersion").asText()).isEqualTo("1");
        assertThat(context.get("clientCustom").get("tenant").asText()).isEqualTo("a");
        assertThat(context.get("clientApp").asText()).isEqualTo("shop");
        assertThat(context.get("identityId").asText()).isEqualTo("eu-west-1:abc");
    }

    @Test
    void aClientContextInBase64AndANumberedQualifierWorkToo() throws Exception {
        String base64 = Base64.getEncoder().encodeToString("{\"custom\":{\"k\":\"v\"}}".getBytes(StandardCharsets.UTF_8));

        int status = run("{}", "invoke", "--handler", CONTEXT_ECHO, "--classpath", classpath(), "--event", "-",
                "--qualifier", "2", "--client-context", base64);

        assertThat(status).as(err()).isZero();
        JsonNode context = new ObjectMapper().readTree(out());
        assertThat(context.get("functionVersion").asText()).isEqualTo("2");
        assertThat(context.get("clientCustom").get("k").asText()).isEqualTo("v");
    }

    @Test
    void badRequestOptionsAreRefusedWithOneMessage() {
        assertThat(run("{}", "invoke", "--handler", CONTEXT_ECHO, "--classpath", classpath(), "--event", "-",
                "--client-context", "[1]")).isEqualTo(2);
        assertThat(err()).startsWith("lambda-harness: --client-context cannot be used: Client context must be a valid"
                + " Base64-encoded JSON object: it is not base64").doesNotContain("\tat ");

        assertThat(run("{}", "invoke", "--handler", CONTEXT_ECHO, "--classpath", classpath(), "--event", "-",
                "--identity", "abc")).isEqualTo(2);
        assertThat(err()).contains("lambda-harness: --identity is not a JSON object.");

        assertThat(run("", "start-lambda", "--handler", CONTEXT_ECHO, "--classpath", classpath(), "--event", "-"))
                .isEqualTo(2);
        assertThat(err()).contains("lambda-harness: --event is an option of invoke: start-lambda takes its events from the"
                + " requests it serves.");
    }

    @Test
    void jsonCarriesAPayloadThatIsNotUtf8InBase64() throws Exception {
        int status = run("{}", "invoke", "--handler", "dev.lambdaharness.core.internal.cli.NotUtf8", "--classpath",
                classpath(), "--event", "-", "--json");

        assertThat(status).as(err()).isZero();
        JsonNode document = new ObjectMapper().readTree(out());
        assertThat(document.get("payload").isNull()).isTrue();
        assertThat(Base64.getDecoder().decode(document.get("payloadBase64").asText()))
                .containsExactly('"', 0xff, 0xfe, '"');
    }
}
