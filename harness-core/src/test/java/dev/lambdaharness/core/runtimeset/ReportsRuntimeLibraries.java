package dev.lambdaharness.core.runtimeset;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Uses aws-lambda-java-core 1.4's API ({@code LogLevel}) and answers which jar each runtime library
 * it can see was loaded from: the proof of which runtime set served it.
 */
public class ReportsRuntimeLibraries implements RequestHandler<SQSEvent, String> {

    @Override
    public String handleRequest(SQSEvent event, Context context) {
        context.getLogger().log("records " + event.getRecords().size(), LogLevel.WARN);
        return "core=" + jarOf("com.amazonaws.services.lambda.runtime.Context")
                + " serialization=" + jarOf("com.amazonaws.services.lambda.runtime.serialization.PojoSerializer")
                + " ric=" + jarOf("com.amazonaws.services.lambda.runtime.api.client.AWSLambda");
    }

    private String jarOf(String className) {
        try {
            Class<?> type = Class.forName(className, false, getClass().getClassLoader());
            CodeSource source = type.getProtectionDomain().getCodeSource();
            return source == null ? "unknown" : Path.of(source.getLocation().toURI()).getFileName().toString();
        } catch (ClassNotFoundException e) {
            return "invisible";
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
