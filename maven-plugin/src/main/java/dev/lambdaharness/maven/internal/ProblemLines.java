package dev.lambdaharness.maven.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Standard error as the command line writes it, passed on as it comes, with the command's own
 * problem lines ({@code lambda-harness: …}) kept, so that a goal fails with the line that says what
 * to fix while the function's logs still stream.
 *
 * <pre>{@code
 * ProblemLines problems = new ProblemLines(System.err);
 * int status = Main.run(args, stdin, System.out, problems.stream());
 * problems.first().ifPresent(line -> { throw new MojoFailureException(line); });
 * }</pre>
 */
public final class ProblemLines extends OutputStream {

    /** How the command line starts the lines of its own. */
    static final String PREFIX = "lambda-harness: ";

    private final PrintStream target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final List<String> problems = new ArrayList<>();

    /** @param target where everything written goes on to */
    public ProblemLines(PrintStream target) {
        this.target = target;
    }

    /** A print stream over this, for the command line. */
    public PrintStream stream() {
        return new PrintStream(this, true, StandardCharsets.UTF_8);
    }

    /** The problem lines so far, without the prefix. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public synchronized void write(int b) {
        target.write(b);
        if (b == '\n') {
            String text = line.toString(StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                problems.add(text.substring(PREFIX.length()).strip());
            }
            line.reset();
        } else if (line.size() < 64 * 1024) { // a log line can be long; a problem line never is
            line.write(b);
        }
    }

    @Override
    public void flush() {
        target.flush();
    }
}
