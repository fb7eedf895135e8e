package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code @SuppressLambdaRule} from class files through ArchUnit's model (which keeps
 * annotations of class retention, so the annotation need not be on the function's run-time class
 * path). Only a suppression that names an existing rule and states a reason suppresses.
 */
final class Suppressions {

    static final String ANNOTATION = "dev.lambdaharness.conformance.SuppressLambdaRule";
    static final String CONTAINER = ANNOTATION + "$List";

    private Suppressions() {
    }

    /** One {@code @SuppressLambdaRule} as written: either value may be missing or blank. */
    public record Suppression(String rule, String reason) {

        boolean suppresses(RuleId id) {
            return id.id().equals(rule) && hasReason();
        }

        boolean hasReason() {
            return reason != null && !reason.isBlank();
        }
    }

    /** @return whether the handler class, the finding's class or the finding's code unit validly suppresses the rule */
    public static boolean suppressed(RuleId rule, JavaClass handlerClass, JavaCodeUnit unit) {
        return suppresses(rule, handlerClass) || (unit != null && (suppresses(rule, unit.getOwner()) || suppresses(rule, unit)));
    }

    static boolean suppresses(RuleId rule, HasAnnotations<?> element) {
        return on(element).stream().anyMatch(suppression -> suppression.suppresses(rule));
    }

    /** @return the suppressions written on one class, method or constructor */
    public static List<Suppression> on(HasAnnotations<?> element) {
        List<Suppression> found = new ArrayList<>();
        for (JavaAnnotation<?> annotation : element.getAnnotations()) {
            String type = annotation.getRawType().getName();
            if (type.equals(ANNOTATION)) {
                found.add(read(annotation));
            } else if (type.equals(CONTAINER)) {
                Optional<Object> value = annotation.get("value");
                if (value.isPresent() && value.get() instanceof JavaAnnotation<?>[] repeated) {
                    for (JavaAnnotation<?> each : repeated) {
                        found.add(read(each));
                    }
                }
            }
        }
        return found;
    }

    private static Suppression read(JavaAnnotation<?> annotation) {
        return new Suppression(string(annotation, "rule"), string(annotation, "reason"));
    }

    private static String string(JavaAnnotation<?> annotation, String property) {
        return annotation.get(property).map(String::valueOf).orElse(null);
    }
}
