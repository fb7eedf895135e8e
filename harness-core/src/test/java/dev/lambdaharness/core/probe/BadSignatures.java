package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;

/** Only unsupported overloads: each is ignored with a line on stderr. */
public class BadSignatures {
    public String handle(Context context, String input) {
        return "a";
    }

    public String handle(String input, String other) {
        return "b";
    }

    public String handle(InputStream input, String other) {
        return "c";
    }

    public String handle(OutputStream output, String other) {
        return "d";
    }

    public String handle(String a, String b, String c) {
        return "e";
    }

    public String handle(String a, String b, String c, String d) {
        return "f";
    }
}
