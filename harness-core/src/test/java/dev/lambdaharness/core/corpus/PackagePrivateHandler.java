package dev.lambdaharness.core.corpus;

/** A handler class that is not public, with a public method: reflection from the runtime cannot reach it. */
class PackagePrivateHandler {

    public PackagePrivateHandler() {
    }

    public String handle(String input) {
        return "reached " + input;
    }
}
