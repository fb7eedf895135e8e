package dev.lambdaharness.core.internal.concurrency;

import dev.lambdaharness.core.InvalidConfigurationException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The concurrency of one account as Lambda counts it: a limit (1,000 by default), the part functions
 * reserve for themselves, and the unreserved rest, which functions without a reservation share and
 * which never drops below 100 (or the whole limit, for an account whose limit is below 100). Each
 * function with a reservation counts its own executions; the others draw on the unreserved pool.
 *
 * <pre>{@code
 * AccountConcurrency account = new AccountConcurrency(1000);
 * account.reserve("orders#1", "orders", OptionalInt.of(900)); // leaves 100 unreserved
 * account.tryAcquireUnreserved();                 // true while fewer than 100 unreserved executions run
 * }</pre>
 */
public final class AccountConcurrency {

    /** Lambda's default concurrency limit of an account. */
    public static final int DEFAULT_LIMIT = 1000;
    /** The unreserved concurrency Lambda never lets reservations go below. */
    public static final int MINIMUM_UNRESERVED = 100;

    private final int limit;
    private final Map<String, Integer> reserved = new HashMap<>();
    private int reservedTotal;
    private final Map<String, Integer> provisionedUnreserved = new HashMap<>();
    private int provisionedUnreservedTotal;
    private int unreservedRunning;

    /**
     * An account with a concurrency limit.
     *
     * @throws InvalidConfigurationException when the limit is below 1
     */
    public AccountConcurrency(int limit) {
        if (limit < 1) {
            throw new InvalidConfigurationException("accountConcurrency", Integer.toString(limit), null, "accountConcurrency "
                    + limit + " leaves no function room to run. Give at least 1; Lambda's default is " + DEFAULT_LIMIT + ".");
        }
        this.limit = limit;
    }

    /** The account's concurrency limit. */
    public int limit() {
        return limit;
    }

    /** The least the unreserved pool may keep: 100, or the limit when it is lower. */
    public int minimumUnreserved() {
        return Math.min(MINIMUM_UNRESERVED, limit);
    }

    /** What functions without a reservation share now. */
    public synchronized int unreserved() {
        return limit - reservedTotal - provisionedUnreservedTotal;
    }

    /**
     * Sets how much provisioned concurrency a function without a reservation holds: it comes out of
     * the unreserved pool, which must keep its minimum.
     *
     * @throws InvalidConfigurationException with Lambda's message when it would leave the pool below its minimum
     */
    public synchronized void provisionUnreserved(String functionKey, String functionName, int executions) {
        int previous = provisionedUnreserved.getOrDefault(functionKey, 0);
        int after = limit - reservedTotal - (provisionedUnreservedTotal - previous + executions);
        if (executions > previous && after < minimumUnreserved()) {
            int most = limit - reservedTotal - (provisionedUnreservedTotal - previous) - minimumUnreserved();
            throw new InvalidConfigurationException("provisionedConcurrentExecutions", Integer.toString(executions),
                    "InvalidParameterValueException", "Provisioned concurrency of " + executions + " for function '"
                    + functionName + "' is more than the account's unreserved concurrency can give: at most "
                    + Math.max(0, most) + " (InvalidParameterValueException: Specified ConcurrentExecutions for function"
                    + " decreases account's UnreservedConcurrentExecution below its minimum value of ["
                    + minimumUnreserved() + "].). Provision less, reserve concurrency for the function first, or raise"
                    + " the account's limit (LambdaRuntime.Builder.accountConcurrency).");
        }
        provisionedUnreservedTotal += executions - previous;
        if (executions == 0) {
            provisionedUnreserved.remove(functionKey);
        } else {
            provisionedUnreserved.put(functionKey, executions);
        }
    }

    /**
     * Sets or removes a function's reservation, as {@code PutFunctionConcurrency} and
     * {@code DeleteFunctionConcurrency} do.
     *
     * @param functionKey what tells the function apart from others, even of its name
     * @param functionName the function's name, for the message
     *
     * @throws InvalidConfigurationException with Lambda's message when the reservation would leave the
     *     unreserved pool below its minimum
     */
    public synchronized void reserve(String functionKey, String functionName, OptionalInt executions) {
        int previous = reserved.getOrDefault(functionKey, 0);
        int next = executions.orElse(0);
        int unreservedAfter = limit - (reservedTotal - previous + next) - provisionedUnreservedTotal;
        if (executions.isPresent() && unreservedAfter < minimumUnreserved()) {
            int most = limit - (reservedTotal - previous) - provisionedUnreservedTotal - minimumUnreserved();
            throw new InvalidConfigurationException("reservedConcurrentExecutions", Integer.toString(next),
                    "InvalidParameterValueException", "reservedConcurrentExecutions " + next + " of function '"
                    + functionName + "' is more than the account can reserve: with an account limit of " + limit
                    + (reservedTotal - previous > 0 ? " and " + (reservedTotal - previous) + " reserved by other functions" : "")
                    + ", at most " + Math.max(0, most) + " can be reserved (InvalidParameterValueException: Specified"
                    + " ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below"
                    + " its minimum value of [" + minimumUnreserved() + "].). Reserve at most " + Math.max(0, most)
                    + ", or raise the account's limit (LambdaRuntime.Builder.accountConcurrency).");
        }
        reservedTotal += next - previous;
        if (executions.isPresent()) {
            reserved.put(functionKey, next);
        } else {
            reserved.remove(functionKey);
        }
    }

    /** Takes one execution of the unreserved pool, when one is free. */
    public synchronized boolean tryAcquireUnreserved() {
        if (unreservedRunning >= limit - reservedTotal - provisionedUnreservedTotal) {
            return false;
        }
        unreservedRunning++;
        return true;
    }

    /** Gives back an execution of the unreserved pool. */
    public synchronized void releaseUnreserved() {
        unreservedRunning--;
    }

    /** How many executions of the unreserved pool run now. */
    public synchronized int unreservedRunning() {
        return unreservedRunning;
    }
}
