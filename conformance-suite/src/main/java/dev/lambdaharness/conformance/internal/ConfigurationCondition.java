package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * No code writes a region, an ARN or an account id as a literal: string constants that are a
 * region name, an account id or start an ARN, and the SDKs' region constants
 * ({@code Region.US_EAST_1}, v1 {@code Regions.US_EAST_1}). A method that reads environment
 * variables is taken to use its literals as defaults, and passes.
 */
final class ConfigurationCondition extends ArchCondition<JavaClass> {

    private static final Pattern ARN = Pattern.compile("arn:aws(-[a-z]+)*:[a-z0-9-]+:.*");
    private static final Pattern REGION = Pattern.compile("(us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|us-iso|us-isob)-[a-z]+-\\d");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Set<String> REGION_TYPES = Set.of("software.amazon.awssdk.regions.Region", "com.amazonaws.regions.Regions");
    private static final Set<String> ENVIRONMENT_READS = Set.of("java.lang.System.getenv");

    ConfigurationCondition() {
        super("read regions, ARNs and account ids from the environment");
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        for (JavaCodeUnit unit : item.getCodeUnits()) {
            if (Suppressions.suppressed(RuleId.CONFIGURATION_IN_ENVIRONMENT, item, unit) || readsEnvironment(unit)) {
                continue;
            }
            for (Bytecode.Constant constant : Bytecode.constants(unit)) {
                String kind = kind(constant.value());
                if (kind != null) {
                    violated(item, CallGraph.name(unit) + " holds a hard-coded " + kind + ", \"" + constant.value() + "\" ("
                            + sourceFile(item) + ":" + constant.line() + ")", events);
                }
            }
            unit.getFieldAccesses().stream()
                    .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.GET
                            && REGION_TYPES.contains(access.getTargetOwner().getName())
                            && access.getTarget().getRawType().getName().equals(access.getTargetOwner().getName()))
                    .sorted(Comparator.comparingInt(JavaFieldAccess::getLineNumber))
                    .forEach(access -> violated(item, CallGraph.name(unit) + " uses a hard-coded region, "
                            + access.getTargetOwner().getSimpleName() + "." + access.getTarget().getName() + " " + access.getSourceCodeLocation(), events));
        }
    }

    private static String kind(String value) {
        if (ARN.matcher(value).matches()) {
            return "ARN";
        }
        if (REGION.matcher(value).matches()) {
            return "region";
        }
        if (ACCOUNT_ID.matcher(value).matches()) {
            return "account id";
        }
        return null;
    }

    private static boolean readsEnvironment(JavaCodeUnit unit) {
        return unit.getCallsFromSelf().stream()
                .anyMatch(call -> ENVIRONMENT_READS.contains(call.getTargetOwner().getName() + "." + call.getTarget().getName()));
    }

    private static String sourceFile(JavaClass item) {
        return Bytecode.of(item).map(node -> node.sourceFile).orElse(item.getSimpleName() + ".java");
    }

    private static void violated(JavaClass item, String message, ConditionEvents events) {
        events.add(SimpleConditionEvent.violated(item, message + RuleId.CONFIGURATION_IN_ENVIRONMENT.reference()));
    }
}
