package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;

/**
 * Decides whether a record reaches the function: the mapping's filter criteria, applied to a record
 * as the service applies them to its source.
 */
@FunctionalInterface
public interface RecordFilter {

    /** Keeps every record: a mapping without filters. */
    RecordFilter NONE = record -> true;

    /** Whether the record matches a filter and is delivered. */
    boolean matches(ObjectNode record);
}
