package dev.lambdaharness.core.internal.handler;

import static dev.lambdaharness.core.internal.handler.Environments.failure;
import static dev.lambdaharness.core.internal.handler.Environments.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.probe.SqsArn;
import dev.lambdaharness.testing.HandlerFrames;
import dev.lambdaharness.testing.TestContext;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which serialiser the RIC uses: the function's custom one, the aws-lambda-java-events one, Gson
 * for Android callers, Jackson otherwise. Expected bytes are what the RIC 2.9.0 returned for the
 * same probes and payloads (runtime-facts.md §4.4-4.5, §13).
 */
class SerializerChoiceTest {

    static final String SQS_EVENT = "{\"Records\":[{\"messageId\":\"m1\",\"receiptHandle\":\"r\",\"body\":\"hi\","
            + "\"attributes\":{\"ApproximateReceiveCount\":\"1\"},\"messageAttributes\":{},\"md5OfBody\":\"x\",\"eventSource\":\"aws:sqs\","
            + "\"eventSourceARN\":\"arn:aws:sqs:us-east-1:123456789012:q\",\"awsRegion\":\"us-east-1\"}]}";
    static final String SQS_ECHOED = "{\"Records\":[{\"messageId\":\"m1\",\"receiptHandle\":\"r\",\"body\":\"hi\",\"md5OfBody\":\"x\","
            + "\"eventSource\":\"aws:sqs\",\"awsRegion\":\"us-east-1\",\"attributes\":{\"ApproximateReceiveCount\":\"1\"},\"messageAttributes\":{},"
            + "\"eventSourceARN\":\"arn:aws:sqs:us-east-1:123456789012:q\"}]}";
    static final String SCHEDULED_EVENT = "{\"version\":\"0\",\"id\":\"i\",\"detail-type\":\"Scheduled Event\",\"source\":\"aws.events\","
            + "\"account\":\"1\",\"time\":\"2015-10-08T16:53:06Z\",\"region\":\"us-east-1\",\"resources\":[\"r\"],\"detail\":{}}";
    static final String SCHEDULED_ECHOED = "{\"version\":\"0\",\"account\":\"1\",\"region\":\"us-east-1\",\"detail\":{},\"source\":\"aws.events\","
            + "\"id\":\"i\",\"time\":\"2015-10-08T16:53:06.000Z\",\"resources\":[\"r\"],\"detail-type\":\"Scheduled Event\"}";
    static final String S3_EVENT = "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"us-east-1\","
            + "\"eventTime\":\"2019-09-03T19:37:27.192Z\",\"eventName\":\"ObjectCreated:Put\",\"userIdentity\":{\"principalId\":\"AWS:X\"},"
            + "\"requestParameters\":{\"sourceIPAddress\":\"1.2.3.4\"},\"responseElements\":{\"x-amz-request-id\":\"R\",\"x-amz-id-2\":\"I\"},"
            + "\"s3\":{\"s3SchemaVersion\":\"1.0\",\"configurationId\":\"c\",\"bucket\":{\"name\":\"b\",\"ownerIdentity\":{\"principalId\":\"P\"},"
            + "\"arn\":\"arn:aws:s3:::b\"},\"object\":{\"key\":\"k%20e\",\"size\":5,\"eTag\":\"e\",\"sequencer\":\"s\"}}}]}";
    static final String S3_ECHOED = "{\"Records\":[{\"s3\":{\"bucket\":{\"name\":\"b\",\"arn\":\"arn:aws:s3:::b\",\"ownerIdentity\":"
            + "{\"principalId\":\"P\"}},\"s3SchemaVersion\":\"1.0\",\"configurationId\":\"c\",\"object\":{\"versionId\":\"\",\"size\":5,\"eTag\":\"e\","
            + "\"urlDecodedKey\":\"k e\",\"key\":\"k%20e\",\"sequencer\":\"s\"}},\"awsRegion\":\"us-east-1\",\"eventVersion\":\"2.1\","
            + "\"responseElements\":{\"x-amz-request-id\":\"R\",\"x-amz-id-2\":\"I\"},\"eventSource\":\"aws:s3\",\"eventTime\":\"2019-09-03T19:37:27.192Z\","
            + "\"requestParameters\":{\"sourceIPAddress\":\"1.2.3.4\"},\"eventName\":\"ObjectCreated:Put\",\"userIdentity\":{\"principalId\":\"AWS:X\"}}]}";

    private final Environments environments = new Environments();

    @AfterEach
    void close() {
        environments.close();
    }

    @Test
    void sqsEventUsesTheLibrarysMixins() throws Exception {
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.SqsEcho"), SQS_EVENT)).isEqualTo(SQS_ECHOED);
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.SqsArn"), SQS_EVENT)).isEqualTo("\"arn:aws:sqs:us-east-1:123456789012:q\"");
    }

    @Test
    void s3EventUsesTheLibrarysOwnSerialiser() throws Exception {
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.S3Echo"), S3_EVENT)).isEqualTo(S3_ECHOED);
    }

    @Test
    void scheduledEventTimeIsAJodaDateTime() throws Exception {
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.ScheduledEcho"), SCHEDULED_EVENT)).isEqualTo(SCHEDULED_ECHOED);
    }

    @Test
    void someEventSerialisersChangeHowTheEnvironmentWritesDates() throws Exception {
        // APIGatewayProxyRequestEvent's serialiser registers the library's Date module on the mapper
        // that then writes the output: in the RIC the output's Date is in seconds.
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.ApiGatewayDates"), "{\"path\":\"/x\"}")).isEqualTo(
                "{\"date\":1.700000000123E9,\"instant\":1700000000.123000000,\"localDate\":[2024,1,2],\"empty\":null,\"present\":\"x\"}");
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.Pojos::dates"), "{}")).as("another environment is not affected").isEqualTo(
                "{\"date\":1700000000123,\"instant\":1700000000.123000000,\"localDate\":[2024,1,2],\"empty\":null,\"present\":\"x\"}");
    }

    @Test
    void androidCallersGetGsonOtherPlatformsJackson() throws Exception {
        FunctionHandler shape = environments.load("dev.lambdaharness.core.probe.ShapeOf");

        assertThat(invoke(shape, "{\"a\":null}")).isEqualTo("{\"name\":\"square\"}");
        assertThat(invoke(shape, "{\"a\":null}", TestContext.fromPlatform("Android"))).isEqualTo("{\"hidden\":\"field only\",\"name\":\"square\"}");
        assertThat(invoke(shape, "{\"b\":1}", TestContext.fromPlatform("ANDROID"))).isEqualTo("{\"hidden\":\"field only\",\"name\":\"square\"}");
        assertThat(invoke(shape, "{\"b\":1}", TestContext.fromPlatform("iPhoneOS"))).isEqualTo("{\"name\":\"square\"}");
    }

    @Test
    void customSerializerFromTheFunctionsServicesIsUsedForEveryType() throws Exception {
        assertThat(invoke(environments.load("dev.lambdaharness.core.corpus.Hello", Set.of(), FunctionRoots.ONE_SERIALIZER), "\"world\""))
                .isEqualTo("out[java.lang.String]:hello in[java.lang.String]:\"world\"");

        // It comes before the event serialisers too: the handler receives the custom serialiser's String.
        InvocationFailure failure = failure(environments.load("dev.lambdaharness.core.probe.SqsArn", Set.of(), FunctionRoots.ONE_SERIALIZER), "{}");
        assertThat(failure.body().errorType()).isEqualTo("java.lang.ClassCastException");
        // The bridge method's cast of the String to SQSEvent fails: its frame is the only one.
        assertThat(failure.body().stackTrace()).containsExactlyElementsOf(HandlerFrames.thrownBy(new SqsArn(), "a String"));
    }

    @Test
    void environmentsWithoutTheServicesFileDoNotSeeTheCustomSerializer() throws Exception {
        environments.load("dev.lambdaharness.core.corpus.Hello", Set.of(), FunctionRoots.ONE_SERIALIZER);

        assertThat(invoke(environments.load("dev.lambdaharness.core.corpus.Hello"), "\"world\"")).isEqualTo("\"hello world\"");
    }
}
