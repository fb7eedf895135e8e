package dev.lambdaharness.core.invokeapi;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The function code of this package: the test classes and the AWS SDK v2 Lambda client with what it
 * needs at run time (its URL-connection HTTP client, not Netty or Apache), as a function calling
 * Lambda would bundle them.
 */
final class InvokeApiCode {

    private InvokeApiCode() {
    }

    static FunctionCode code() {
        List<Path> paths = new ArrayList<>();
        paths.add(CorpusCode.testClasses());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String unix = entry.replace('\\', '/');
            boolean sdk = unix.contains("/software/amazon/awssdk/") && !unix.contains("/netty-nio-client/")
                    && !unix.contains("/apache-client/") && !unix.contains("/apache5-client/");
            if (sdk || unix.contains("/org/reactivestreams/") || unix.contains("/org/slf4j/slf4j-api/")) {
                paths.add(Paths.get(entry));
            }
        }
        return FunctionCode.fromPaths(paths);
    }
}
