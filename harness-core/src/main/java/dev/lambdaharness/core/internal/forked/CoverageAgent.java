package dev.lambdaharness.core.internal.forked;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JaCoCo agent of the test JVM, passed on to forked children so that handler code they run
 * counts in the same report: same agent jar and options, the exec file made absolute (a child's
 * working directory is its task root) and appended to, never replaced. JaCoCo locks the file while
 * it writes, so children and the test JVM may write in turn. An agent that serves its data over TCP
 * ({@code output=tcpserver}) is not passed on: every child would want the same port.
 */
final class CoverageAgent {

    private static final Optional<String> OF_THIS_JVM =
            find(ManagementFactory.getRuntimeMXBean().getInputArguments(), Path.of(System.getProperty("user.dir")));

    private CoverageAgent() {
    }

    /** The {@code -javaagent:} argument for a child, when this JVM runs the JaCoCo agent. */
    static Optional<String> ofThisJvm() {
        return OF_THIS_JVM;
    }

    /** The child's argument, from the JVM arguments of the test JVM and its working directory. */
    static Optional<String> find(List<String> jvmArguments, Path workingDirectory) {
        for (String argument : jvmArguments) {
            if (!argument.startsWith("-javaagent:")) {
                continue;
            }
            String spec = argument.substring("-javaagent:".length());
            int equals = spec.indexOf('=');
            String jar = equals < 0 ? spec : spec.substring(0, equals);
            String fileName = Path.of(jar).getFileName().toString().toLowerCase(Locale.ROOT);
            if (!fileName.contains("jacoco")) {
                continue;
            }
            List<String> options = new ArrayList<>();
            boolean hasDestination = false;
            if (equals >= 0 && equals < spec.length() - 1) {
                for (String option : spec.substring(equals + 1).split(",")) {
                    String key = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
                    String value = option.substring(key.length()).replaceFirst("^=", "");
                    switch (key) {
                        case "output":
                            if (!value.equals("file")) {
                                return Optional.empty();
                            }
                            options.add(option);
                            break;
                        case "destfile":
                            hasDestination = true;
                            options.add("destfile=" + workingDirectory.resolve(value).toAbsolutePath().normalize());
                            break;
                        case "append":
                            break; // always appended: a child must not replace the test JVM's data
                        default:
                            options.add(option);
                    }
                }
            }
            if (!hasDestination) {
                options.add("destfile=" + workingDirectory.resolve("jacoco.exec").toAbsolutePath().normalize());
            }
            options.add("append=true");
            Path absoluteJar = workingDirectory.resolve(jar).toAbsolutePath().normalize();
            return Optional.of("-javaagent:" + absoluteJar + "=" + String.join(",", options));
        }
        return Optional.empty();
    }
}
