package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@code Class::method} shapes beyond the POJO ones of {@link Orders}: no parameters, context only, stream methods. */
public class Signatures {

    public String noParameters() {
        return "no parameters";
    }

    public String contextOnly(Context context) {
        return "memory " + context.getMemoryLimitInMB();
    }

    public void streams(InputStream input, OutputStream output) throws IOException {
        byte[] bytes = input.readAllBytes();
        output.write('[');
        output.write(bytes);
        output.write(']');
    }

    public void streamsWithContext(InputStream input, OutputStream output, Context context) throws IOException {
        output.write(("\"" + input.readAllBytes().length + " bytes for " + context.getFunctionName() + "\"")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A stream method without an output stream: the runtime ignores the return value and answers {@code null}. */
    public String inputOnly(InputStream input, Context context) throws IOException {
        System.out.println("read " + input.readAllBytes().length + " bytes");
        return "ignored";
    }

    public static void outputOnly(OutputStream output) throws IOException {
        output.write("{\"written\":true}".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Only an unsupported overload: the runtime says why it skips it and finds no method. (With two,
     * the order of the runtime's lines follows getMethods(), which differs between JVM runs on JDK 25.)
     */
    public String unsupported(String first, String second) {
        return first + second;
    }

    /** The other kind of unsupported two-argument overload, alone under its own name. */
    public String unsupportedContextFirst(Context context, String second) {
        return second;
    }
}
