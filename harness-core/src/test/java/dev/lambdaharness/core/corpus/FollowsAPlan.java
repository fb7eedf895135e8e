package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Succeeds or fails as its event's plan says for each attempt: {@code {"directory": …, "plan": ["fail", "ok"]}}.
 * It counts the attempts of a request id in a file of the directory (environments share no memory);
 * beyond the plan it fails.
 */
public class FollowsAPlan {
    @SuppressWarnings("unchecked")
    public String handle(Map<String, Object> event, Context context) {
        Path attempts = Path.of((String) event.get("directory")).resolve(context.getAwsRequestId());
        int attempt;
        try {
            Files.writeString(attempts, "x\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            attempt = Files.readAllLines(attempts).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> plan = (List<String>) event.get("plan");
        if (attempt <= plan.size() && "ok".equals(plan.get(attempt - 1))) {
            return "ok on attempt " + attempt;
        }
        throw new IllegalStateException("planned failure on attempt " + attempt);
    }
}
