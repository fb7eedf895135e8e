package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A public constructor on a class that is not public: reflection refuses it. */
class PackagePrivate implements RequestHandler<String, String> {
    public PackagePrivate() {
        // public, yet the class is not
    }

    @Override
    public String handleRequest(String input, Context context) {
        return input;
    }

    public static String shout(String input) {
        return input;
    }
}
