package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import dev.lambdaharness.core.FunctionCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** The function code of the corpus: the test classes plus the libraries a function would bundle. */
public final class CorpusCode {

    private CorpusCode() {
    }

    /**
     * Test classes, aws-lambda-java-events and joda-time, and the logging libraries some corpus
     * handlers use (Log4j 2 with aws-lambda-java-log4j2, SLF4J with Logback), as a deployed function
     * would carry them.
     */
    public static FunctionCode code() {
        return FunctionCode.fromPaths(testClasses(),
                jarOf(com.amazonaws.services.lambda.runtime.events.SQSEvent.class),
                jarOf(org.joda.time.DateTime.class),
                jarOf(org.apache.logging.log4j.LogManager.class),
                jarOf(org.apache.logging.log4j.core.LoggerContext.class),
                jarOf(com.amazonaws.services.lambda.runtime.log4j2.LambdaAppender.class),
                jarOf(org.slf4j.LoggerFactory.class),
                jarOf(ch.qos.logback.classic.LoggerContext.class),
                jarOf(ch.qos.logback.core.ConsoleAppender.class));
    }

    /**
     * The corpus preceded by a folder whose services file names {@code serialisers} as the
     * function's {@code CustomPojoSerializer}s; the corpus alone when there are none.
     *
     * @param folder a new folder for the services file
     */
    public static FunctionCode withSerialisers(List<String> serialisers, Path folder) {
        if (serialisers.isEmpty()) {
            return code();
        }
        try {
            Path file = folder.resolve("META-INF/services/" + CustomPojoSerializer.class.getName());
            Files.createDirectories(file.getParent());
            Files.write(file, serialisers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> paths = new ArrayList<>();
        paths.add(folder);
        paths.addAll(code().classpath());
        return FunctionCode.fromPaths(paths);
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
