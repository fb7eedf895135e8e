package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.internal.handler.HandlerLoader;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Checks that the handler's class is in the function's code before any test runs. Lambda would
 * fail every invocation instead; in a test suite the cause is nearly always a typo or code that
 * sits in the test classes, and saying so once, up front, beats a failure per test.
 */
final class HandlerCheck {

    private HandlerCheck() {
    }

    static void check(FunctionSpec function, Class<?> owner) {
        String handler = function.config().handler();
        // The runtime's split (at the last ::), so that this check and the runtime name the same class.
        String className = HandlerLoader.handlerClassName(handler).orElseThrow(() -> new ExtensionConfigurationException(
                "Function '" + function.name() + "' of " + owner.getSimpleName() + ": "
                        + HandlerLoader.invalidHandlerMessage(handler) + ", as the runtime says of it on every"
                        + " invocation: the class or the method part is empty. Give a handler such as"
                        + " com.example.Handler or com.example.Handler::handleRequest."));
        String resource = className.replace('.', '/') + ".class";
        for (Path entry : function.code().classpath()) {
            if (contains(entry, resource)) {
                return;
            }
        }
        String where = "Function '" + function.name() + "' of " + owner.getSimpleName() + ": handler class "
                + className;
        ClassLoader testLoader = Thread.currentThread().getContextClassLoader();
        URL onTestClasspath = testLoader == null ? null : testLoader.getResource(resource);
        if (onTestClasspath != null) {
            throw new ExtensionConfigurationException(where + " is on the test class path (in "
                    + classpathEntry(onTestClasspath, resource) + ") but not in the function's code " + function.code().classpath() + ". The default code holds"
                    + " what the deployed function would: its main classes and dependencies, never its test classes."
                    + " Move the handler to the main sources, or name its code, for example"
                    + " code = \"target/test-classes\".");
        }
        throw new ExtensionConfigurationException(where + " is not in the function's code "
                + function.code().classpath() + ". Check the class name in the handler string, or give the code"
                + " that holds it (code, taskRoot or deploymentPackage).");
    }

    /** The directory or jar a resource URL points into. */
    private static String classpathEntry(URL url, String resource) {
        String text = url.toString();
        if (text.startsWith("jar:file:") && text.contains("!/")) {
            text = text.substring("jar:".length(), text.indexOf("!/"));
        } else if (text.endsWith(resource)) {
            text = text.substring(0, text.length() - resource.length());
        }
        try {
            return Path.of(URI.create(text)).toString();
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return text;
        }
    }

    private static boolean contains(Path entry, String resource) {
        if (Files.isDirectory(entry)) {
            return Files.isRegularFile(entry.resolve(resource));
        }
        try (ZipFile jar = new ZipFile(entry.toFile())) {
            return jar.getEntry(resource) != null;
        } catch (IOException e) {
            // An unreadable jar holds nothing the function could load either.
            return false;
        }
    }
}
