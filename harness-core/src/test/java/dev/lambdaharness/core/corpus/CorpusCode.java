package dev.lambdaharness.core.corpus;

import dev.lambdaharness.core.FunctionCode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The function code of the corpus: the test classes plus the libraries a function would bundle. */
public final class CorpusCode {

    private CorpusCode() {
    }

    /** Test classes, aws-lambda-java-events and joda-time, as a deployed function would carry them. */
    public static FunctionCode code() {
        return FunctionCode.fromPaths(testClasses(),
                jarOf(com.amazonaws.services.lambda.runtime.events.SQSEvent.class),
                jarOf(org.joda.time.DateTime.class));
    }

    /** The folder of the compiled test classes. */
    public static Path testClasses() {
        return jarOf(CorpusCode.class);
    }

    /** The jar or folder a class was loaded from. */
    public static Path jarOf(Class<?> type) {
        try {
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
