package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds clients and connections created in a code unit: AWS SDK v2 clients (a {@code build()} or
 * {@code create()} returning an {@code SdkClient} or SDK HTTP client, or a constructor of one),
 * AWS SDK v1 clients (a client builder's {@code build()}/{@code defaultClient()}, or a constructor
 * of an {@code AmazonWebServiceClient}), HTTP clients of the JDK, Apache HttpClient 4/5 and
 * OkHttp, and JDBC connections from {@code DriverManager}.
 */
final class ClientCreation implements InvocationPathCondition.Check {

    private static final String SDK_V2_CLIENT = "software.amazon.awssdk.core.SdkClient";
    /** A client builder's {@code build()} is {@code SdkBuilder<B, T>.build()}: its erased return type is Object, so the builder says what it builds. */
    private static final String SDK_V2_CLIENT_BUILDER = "software.amazon.awssdk.core.client.builder.SdkClientBuilder";
    private static final Set<String> SDK_V2_HTTP_BUILDERS = Set.of(
            "software.amazon.awssdk.http.SdkHttpClient$Builder",
            "software.amazon.awssdk.http.async.SdkAsyncHttpClient$Builder");
    private static final Set<String> SDK_V2_HTTP_CLIENTS = Set.of(
            "software.amazon.awssdk.http.SdkHttpClient", "software.amazon.awssdk.http.async.SdkAsyncHttpClient");
    private static final String SDK_V1_CLIENT = "com.amazonaws.AmazonWebServiceClient";
    private static final String SDK_V1_BUILDER = "com.amazonaws.client.builder.AwsClientBuilder";
    private static final Set<String> HTTP_FACTORIES = Set.of(
            "java.net.http.HttpClient.newHttpClient",
            "java.net.http.HttpClient$Builder.build",
            "org.apache.http.impl.client.HttpClients.createDefault",
            "org.apache.http.impl.client.HttpClients.createSystem",
            "org.apache.http.impl.client.HttpClients.createMinimal",
            "org.apache.http.impl.client.HttpClientBuilder.build",
            "org.apache.hc.client5.http.impl.classic.HttpClients.createDefault",
            "org.apache.hc.client5.http.impl.classic.HttpClients.createSystem",
            "org.apache.hc.client5.http.impl.classic.HttpClients.createMinimal",
            "org.apache.hc.client5.http.impl.classic.HttpClientBuilder.build",
            "okhttp3.OkHttpClient.<init>",
            "okhttp3.OkHttpClient$Builder.build");
    private static final String JDBC = "java.sql.DriverManager.getConnection";

    @Override
    public List<Finding> findings(JavaCodeUnit unit, List<JavaCodeUnit> chain, Set<JavaCodeUnit> reached) {
        List<Finding> found = new ArrayList<>();
        for (JavaCall<?> call : Calls.of(unit)) {
            String kind = kind(call);
            if (kind != null) {
                found.add(Calls.finding("creates " + kind + " with", call));
            }
        }
        return found;
    }

    private static String kind(JavaCall<?> call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getTarget().getName();
        String qualified = owner.getName() + "." + name;
        boolean constructor = name.equals(JavaConstructor.CONSTRUCTOR_NAME);
        JavaClass returned = constructor ? owner : call.getTarget().getRawReturnType();
        boolean factory = constructor || name.equals("build") || name.equals("create");
        if ((factory && Calls.is(returned, SDK_V2_CLIENT))
                || (name.equals("build") && Calls.is(owner, SDK_V2_CLIENT_BUILDER))) {
            return "an AWS SDK client";
        }
        if ((factory && SDK_V2_HTTP_CLIENTS.stream().anyMatch(type -> Calls.is(returned, type)))
                || (name.equals("build") && SDK_V2_HTTP_BUILDERS.stream().anyMatch(type -> Calls.is(owner, type)))) {
            return "an HTTP client";
        }
        if ((constructor && Calls.is(owner, SDK_V1_CLIENT))
                || (name.equals("build") && Calls.is(owner, SDK_V1_BUILDER))
                || (name.equals("defaultClient") && owner.getName().startsWith("com.amazonaws.services.") && owner.getName().endsWith("ClientBuilder"))) {
            return "an AWS SDK client";
        }
        if (HTTP_FACTORIES.contains(qualified)) {
            return "an HTTP client";
        }
        if (qualified.equals(JDBC)) {
            return "a JDBC connection";
        }
        return null;
    }
}
