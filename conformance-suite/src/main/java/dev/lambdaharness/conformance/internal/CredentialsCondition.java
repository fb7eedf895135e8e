package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * No class holds an AWS access key id (the {@code AKIA}/{@code ASIA} form) among its string
 * constants, and no code passes a literal secret access key (40 characters of the key alphabet)
 * to a credentials factory of the SDK v1 or v2. Keys are shown masked in messages.
 */
final class CredentialsCondition extends ArchCondition<JavaClass> {

    private static final Pattern ACCESS_KEY_ID = Pattern.compile("(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])");
    private static final Pattern SECRET_KEY = Pattern.compile("[A-Za-z0-9/+]{40}");
    private static final Set<String> CREDENTIAL_FACTORIES = Set.of(
            "com.amazonaws.auth.BasicAWSCredentials.<init>",
            "com.amazonaws.auth.BasicSessionCredentials.<init>",
            "software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create",
            "software.amazon.awssdk.auth.credentials.AwsSessionCredentials.create");

    CredentialsCondition() {
        super("hold no hard-coded AWS credentials");
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        if (Suppressions.suppressed(RuleId.NO_HARD_CODED_CREDENTIALS, item, null)) {
            return;
        }
        Bytecode.of(item).ifPresent(node -> Bytecode.strings(node).stream()
                .flatMap(string -> ACCESS_KEY_ID.matcher(string).results())
                .map(match -> match.group())
                .distinct()
                .forEach(key -> violated(item, "Class " + item.getName() + " holds a hard-coded AWS access key id, " + masked(key), events)));
        for (JavaCodeUnit unit : item.getCodeUnits()) {
            if (Suppressions.suppressed(RuleId.NO_HARD_CODED_CREDENTIALS, item, unit)) {
                continue;
            }
            for (JavaCall<?> call : Calls.of(unit)) {
                if (CREDENTIAL_FACTORIES.contains(call.getTargetOwner().getName() + "." + call.getTarget().getName())
                        && Bytecode.strings(unit).stream().anyMatch(s -> SECRET_KEY.matcher(s).matches())) {
                    violated(item, CallGraph.name(unit) + " passes a hard-coded secret access key to " + Calls.shown(call) + " " + call.getSourceCodeLocation(), events);
                }
            }
        }
    }

    private static String masked(String key) {
        return key.substring(0, 4) + "*".repeat(key.length() - 4);
    }

    private static void violated(JavaClass item, String message, ConditionEvents events) {
        events.add(SimpleConditionEvent.violated(item, message + RuleId.NO_HARD_CODED_CREDENTIALS.reference()));
    }
}
