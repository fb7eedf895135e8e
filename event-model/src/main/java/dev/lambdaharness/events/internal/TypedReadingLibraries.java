package dev.lambdaharness.events.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The optional libraries typed reading needs. They are optional dependencies of this module, so a
 * test that reads events only as JSON does without them; a typed read without them must say which
 * artifact to add rather than fail with a {@code NoClassDefFoundError} from deep inside.
 */
final class TypedReadingLibraries {

    private static final String[][] REQUIRED = {
        {"com.amazonaws.services.lambda.runtime.serialization.PojoSerializer", "com.amazonaws:aws-lambda-java-serialization"},
        {"com.amazonaws.services.lambda.runtime.CustomPojoSerializer", "com.amazonaws:aws-lambda-java-core"},
    };

    private static volatile boolean present;

    private TypedReadingLibraries() {
    }

    /** @throws IllegalStateException naming every missing artifact and how to add it */
    static void require(Class<?> type) {
        if (present) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String[] library : REQUIRED) {
            try {
                Class.forName(library[0], false, TypedReadingLibraries.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                missing.add(library[1]);
            }
        }
        if (!missing.isEmpty()) {
            boolean one = missing.size() == 1;
            throw new IllegalStateException("Reading an event as " + type.getName() + " needs " + String.join(" and ", missing)
                    + " on the class path (typed reading works as the Lambda Java runtime's): add "
                    + (one ? "that artifact" : "those artifacts") + " to the project's test dependencies, "
                    + "or read the event with asJson(), asMap() or asString().");
        }
        present = true;
    }
}
