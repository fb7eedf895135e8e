package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds calls of the Lambda Invoke API through the AWS SDK v2 ({@code LambdaClient},
 * {@code LambdaAsyncClient}) and v1 ({@code AWSLambda}, {@code AWSLambdaAsync}): synchronous ones
 * (no {@code Event} or {@code DryRun} invocation type set in the calling method), and ones that
 * name the function's own name, read on the path to the call from the context or from
 * {@code AWS_LAMBDA_FUNCTION_NAME}.
 */
final class LambdaInvokes {

    private static final String V2_SYNC = "software.amazon.awssdk.services.lambda.LambdaClient";
    private static final String V2_ASYNC = "software.amazon.awssdk.services.lambda.LambdaAsyncClient";
    private static final String V1 = "com.amazonaws.services.lambda.AWSLambda";
    private static final Set<String> NOT_WAITING_TYPES = Set.of(
            "software.amazon.awssdk.services.lambda.model.InvocationType.EVENT",
            "software.amazon.awssdk.services.lambda.model.InvocationType.DRY_RUN",
            "com.amazonaws.services.lambda.model.InvocationType.Event",
            "com.amazonaws.services.lambda.model.InvocationType.DryRun");
    private static final Set<String> NOT_WAITING_NAMES = Set.of("Event", "DryRun");
    private static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";
    private static final Set<String> OWN_NAME_GETTERS = Set.of("getFunctionName", "getInvokedFunctionArn");
    private static final String OWN_NAME_VARIABLE = "AWS_LAMBDA_FUNCTION_NAME";

    private LambdaInvokes() {
    }

    /** Synchronous invokes (S6246's check, extended to SDK v2 and across classes). */
    static final InvocationPathCondition.Check SYNCHRONOUS = (unit, chain, reached) -> {
        List<Finding> found = new ArrayList<>();
        for (JavaCall<?> call : Calls.of(unit)) {
            if (isSynchronousClientInvoke(call) && !setsANonWaitingType(unit)) {
                found.add(Calls.finding("invokes a function synchronously with", call));
            }
        }
        return found;
    };

    /** Invokes of the function's own name, synchronous or not. */
    static final InvocationPathCondition.Check OWN_FUNCTION = (unit, chain, reached) -> {
        List<Finding> found = new ArrayList<>();
        for (JavaCall<?> call : Calls.of(unit)) {
            if (isInvoke(call) && chain.stream().anyMatch(LambdaInvokes::readsOwnName)) {
                found.add(Calls.finding("invokes its own function with", call));
            }
        }
        return found;
    };

    private static boolean isSynchronousClientInvoke(JavaCall<?> call) {
        JavaClass owner = call.getTargetOwner();
        return call.getTarget().getName().equals("invoke") && (Calls.is(owner, V2_SYNC) || Calls.is(owner, V1));
    }

    private static boolean isInvoke(JavaCall<?> call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getTarget().getName();
        return (name.equals("invoke") && (Calls.is(owner, V2_SYNC) || Calls.is(owner, V2_ASYNC) || Calls.is(owner, V1)))
                || (name.equals("invokeAsync") && Calls.is(owner, V1));
    }

    private static boolean setsANonWaitingType(JavaCodeUnit unit) {
        for (JavaFieldAccess access : unit.getFieldAccesses()) {
            if (NOT_WAITING_TYPES.contains(access.getTargetOwner().getName() + "." + access.getTarget().getName())) {
                return true;
            }
        }
        return Bytecode.strings(unit).stream().anyMatch(NOT_WAITING_NAMES::contains);
    }

    private static boolean readsOwnName(JavaCodeUnit unit) {
        for (JavaCall<?> call : unit.getCallsFromSelf()) {
            if (OWN_NAME_GETTERS.contains(call.getTarget().getName()) && Calls.is(call.getTargetOwner(), CONTEXT)) {
                return true;
            }
        }
        return Bytecode.strings(unit).contains(OWN_NAME_VARIABLE);
    }
}
