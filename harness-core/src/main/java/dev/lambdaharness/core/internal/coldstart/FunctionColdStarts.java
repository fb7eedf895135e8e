package dev.lambdaharness.core.internal.coldstart;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A function's measured cold starts and, beside them, the RIC's own start of the same code (its
 * floor: the managed runtime's command line against a trivial Runtime API, no harness), with their
 * distributions.
 *
 * <pre>{@code
 * FunctionColdStarts hello = runner.measure(function);
 * double median = hello.total().p50();
 * }</pre>
 *
 * @param function what was measured
 * @param samples the cold starts, in the order they ran
 * @param floorMs the RIC's own starts, process start to first response, in the order they ran
 */
public record FunctionColdStarts(ColdStartFunction function, List<ColdStartSample> samples, List<Double> floorMs) {

    /** The time to first response. */
    public Distribution total() {
        return Distribution.of(values(ColdStartSample::totalMs));
    }

    /** The REPORT's {@code Init Duration}. */
    public Distribution initDuration() {
        return Distribution.of(values(ColdStartSample::initDurationMs));
    }

    /** The first invocation's {@code Duration}. */
    public Distribution duration() {
        return Distribution.of(values(ColdStartSample::durationMs));
    }

    /** The classes loaded, where every child's count could be read. */
    public Optional<Distribution> classesLoaded() {
        if (samples.stream().map(ColdStartSample::classesLoaded).anyMatch(OptionalLong::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(Distribution.of(values(sample -> (double) sample.classesLoaded().getAsLong())));
    }

    /** The REPORT's {@code Max Memory Used}, where every run reported it. */
    public Optional<Distribution> maxMemoryUsed() {
        if (samples.stream().map(ColdStartSample::maxMemoryUsedMb).anyMatch(OptionalInt::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(Distribution.of(values(sample -> (double) sample.maxMemoryUsedMb().getAsInt())));
    }

    /** The CPU each child got until it answered, in vCPUs, where every run could read it. */
    public Optional<Distribution> vcpu() {
        if (samples.isEmpty() || samples.stream().map(ColdStartSample::vcpu).anyMatch(OptionalDouble::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(Distribution.of(values(sample -> sample.vcpu().getAsDouble())));
    }

    /** The RIC's own start, the floor; empty when it was not measured. */
    public Optional<Distribution> floor() {
        return floorMs.isEmpty() ? Optional.empty() : Optional.of(Distribution.of(floorMs));
    }

    private List<Double> values(Function<ColdStartSample, Double> figure) {
        return samples.stream().map(figure).collect(Collectors.toList());
    }
}
