package dev.lambdaharness.junit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Environment variables written as {@code "KEY=value"} in annotations. */
final class Environment {

    private Environment() {
    }

    /** The variables in the order written; a later entry replaces an earlier one of the same name. */
    static Map<String, String> parse(String[] entries, String where) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new ExtensionConfigurationException(where + ", attribute environment: '" + entry
                        + "' is not KEY=value. Write each variable as \"NAME=value\" (an empty value is"
                        + " \"NAME=\").");
            }
            variables.put(entry.substring(0, equals).trim(), entry.substring(equals + 1));
        }
        return variables;
    }
}
