package dev.lambdaharness.core.internal.coldstart;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The figures an earlier run recorded, which relative budgets and the report's trend compare with:
 * a cold-start result file ({@link ColdStartJson}) kept beside the project, checked to be of this
 * project and this harness version, since another's figures say nothing about this one.
 *
 * <pre>{@code
 * ColdStartBaseline baseline = ColdStartBaseline.read(Path.of("coldstart-baseline.json"),
 *         "lambdaharness.coldstart.baseline", "com.example:orders", "0.1.0");
 * Optional<Distribution> hello = baseline.total("hello");
 * }</pre>
 *
 * @param file where it was read from
 * @param recorded when it was recorded, as written
 * @param totals each function's time to first response, by function name
 */
public record ColdStartBaseline(Path file, String recorded, Map<String, Distribution> totals) {

    /** How to record one, for the messages. */
    static final String HOW_TO_RECORD = "run the goal once with -Dlambdaharness.coldstart.updateBaseline=true to record it";

    /** The baseline's figures of a function, if it has them. */
    public Optional<Distribution> total(String function) {
        return Optional.ofNullable(totals.get(function));
    }

    /**
     * Reads a baseline.
     *
     * @param parameter the parameter that named the file, named in messages
     * @throws IllegalArgumentException with one line naming the parameter, the file and the fix, when the file is
     *     not a cold-start result, or one of another project or harness version
     */
    public static ColdStartBaseline read(Path file, String parameter, String project, String harnessVersion) {
        JsonNode document;
        try {
            document = JsonMapper.builder().build().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(parameter + " = " + file + " cannot be read as a cold-start baseline ("
                    + e.getMessage().lines().findFirst().orElse("") + "); delete it and " + HOW_TO_RECORD + ".");
        }
        if (document == null || document.path("format").asInt() != ColdStartJson.FORMAT || !document.path("functions").isArray()) {
            throw new IllegalArgumentException(parameter + " = " + file + " is not a cold-start baseline of format "
                    + ColdStartJson.FORMAT + "; point it at a file the coldstart goal wrote, or " + HOW_TO_RECORD + ".");
        }
        String theirProject = document.path("project").asText();
        if (!theirProject.equals(project)) {
            throw new IllegalArgumentException(parameter + " = " + file + " holds the cold starts of project " + theirProject
                    + ", not of " + project + "; point it at this project's baseline, or " + HOW_TO_RECORD + ".");
        }
        String theirVersion = document.path("harnessVersion").asText();
        if (!theirVersion.equals(harnessVersion)) {
            throw new IllegalArgumentException(parameter + " = " + file + " was recorded with Lambda Harness " + theirVersion
                    + ", not " + harnessVersion + ", whose figures are not comparable; " + HOW_TO_RECORD + ".");
        }
        Map<String, Distribution> totals = new LinkedHashMap<>();
        for (JsonNode function : document.path("functions")) {
            totals.put(function.path("name").asText(), ColdStartJson.distribution(function.path("totalMs")));
        }
        return new ColdStartBaseline(file, document.path("recorded").asText(), totals);
    }
}
