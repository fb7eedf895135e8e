package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds threads started and executors created on the invocation path when nothing the handler
 * method reaches waits for them: no {@code Thread.join} for a started thread, no
 * {@code shutdown}, {@code shutdownNow}, {@code awaitTermination} or {@code close} of an
 * {@code ExecutorService} for a created executor.
 */
final class BackgroundWork implements InvocationPathCondition.Check {

    private static final String THREAD = "java.lang.Thread";
    private static final String EXECUTOR_SERVICE = "java.util.concurrent.ExecutorService";
    private static final Set<String> EXECUTOR_ENDS = Set.of("shutdown", "shutdownNow", "awaitTermination", "close");
    private static final Set<String> EXECUTOR_CONSTRUCTORS = Set.of(
            "java.util.concurrent.ThreadPoolExecutor", "java.util.concurrent.ScheduledThreadPoolExecutor", "java.util.concurrent.ForkJoinPool");

    @Override
    public List<Finding> findings(JavaCodeUnit unit, List<JavaCodeUnit> chain, Set<JavaCodeUnit> reached) {
        List<Finding> found = new ArrayList<>();
        for (JavaCall<?> call : Calls.of(unit)) {
            if (startsThread(call) && reached.stream().noneMatch(BackgroundWork::joinsThread)) {
                found.add(Calls.finding("starts a thread that nothing on the invocation path joins, with", call));
            } else if (createsExecutor(call) && reached.stream().noneMatch(BackgroundWork::endsExecutor)) {
                found.add(Calls.finding("creates an executor that nothing on the invocation path shuts down, with", call));
            }
        }
        return found;
    }

    private static boolean startsThread(JavaCall<?> call) {
        return call.getTarget().getName().equals("start") && call.getTarget().getRawParameterTypes().isEmpty()
                && Calls.is(call.getTargetOwner(), THREAD);
    }

    private static boolean createsExecutor(JavaCall<?> call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getTarget().getName();
        return (owner.getName().equals("java.util.concurrent.Executors") && name.startsWith("new"))
                || (name.equals(JavaConstructor.CONSTRUCTOR_NAME) && EXECUTOR_CONSTRUCTORS.contains(owner.getName()));
    }

    private static boolean joinsThread(JavaCodeUnit unit) {
        return unit.getCallsFromSelf().stream()
                .anyMatch(call -> call.getTarget().getName().equals("join") && Calls.is(call.getTargetOwner(), THREAD));
    }

    private static boolean endsExecutor(JavaCodeUnit unit) {
        return unit.getCallsFromSelf().stream()
                .anyMatch(call -> EXECUTOR_ENDS.contains(call.getTarget().getName())
                        && Calls.is(call.getTargetOwner(), EXECUTOR_SERVICE));
    }
}
