package dev.lambdaharness.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One segment document a function sent to the X-Ray daemon: a segment, or a subsegment sent on its
 * own (as the X-Ray SDK does inside Lambda, where the function's segment is Lambda's). The harness
 * points {@code AWS_XRAY_DAEMON_ADDRESS} at a UDP sink on the loopback address and keeps every
 * document it receives; {@link LambdaRuntime#traceSegments()} hands them out.
 *
 * <pre>{@code
 * InvocationResult result = function.invoke(InvocationRequest.of("{}")
 *         .withTraceHeader("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"));
 * List<TraceSegment> segments = runtime.traceSegments();
 * assertThat(segments).extracting(TraceSegment::name).contains("DynamoDB");
 * assertThat(segments.get(0).traceId()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
 * }</pre>
 */
public final class TraceSegment {

    private final String id;
    private final String traceId;
    private final String name;
    private final String parentId;
    private final Instant startTime;
    private final Instant endTime;
    private final String type;
    private final String json;

    /**
     * Creates a view of one document; the runtime does this, tests of code that consumes segments may too.
     *
     * @param id        the document's {@code id}
     * @param traceId   its {@code trace_id}
     * @param name      its {@code name}
     * @param parentId  its {@code parent_id}, or null
     * @param startTime its {@code start_time}
     * @param endTime   its {@code end_time}, or null while it is in progress
     * @param type      {@code "segment"}, or the {@code type} it names ({@code "subsegment"})
     * @param json      the document as it was received
     */
    public TraceSegment(String id, String traceId, String name, String parentId, Instant startTime, Instant endTime,
            String type, String json) {
        this.id = Objects.requireNonNull(id, "id");
        this.traceId = Objects.requireNonNull(traceId, "traceId");
        this.name = Objects.requireNonNull(name, "name");
        this.parentId = parentId;
        this.startTime = Objects.requireNonNull(startTime, "startTime");
        this.endTime = endTime;
        this.type = Objects.requireNonNull(type, "type");
        this.json = Objects.requireNonNull(json, "json");
    }

    /** The segment's id: 16 hexadecimal digits. */
    public String id() {
        return id;
    }

    /** The trace it belongs to ({@code 1-5759e988-bd862e3fe1be46a994272793}): the {@code Root} of the trace header. */
    public String traceId() {
        return traceId;
    }

    /** The segment's name: the function's, or for a subsegment the call it records ({@code DynamoDB}). */
    public String name() {
        return name;
    }

    /** The id of the segment this one belongs to, when it names one. */
    public Optional<String> parentId() {
        return Optional.ofNullable(parentId);
    }

    /** When the work began. */
    public Instant startTime() {
        return startTime;
    }

    /** When the work ended; empty for a document sent while it was in progress. */
    public Optional<Instant> endTime() {
        return Optional.ofNullable(endTime);
    }

    /** {@code "segment"} or {@code "subsegment"}. */
    public String type() {
        return type;
    }

    /** The document as the function sent it, for fields this view does not name (annotations, metadata, http). */
    public String json() {
        return json;
    }

    @Override
    public String toString() {
        return "TraceSegment{" + type + " " + name + ", id=" + id + ", traceId=" + traceId
                + (parentId == null ? "" : ", parentId=" + parentId) + "}";
    }
}
