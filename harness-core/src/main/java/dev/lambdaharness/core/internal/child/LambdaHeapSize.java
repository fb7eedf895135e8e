package dev.lambdaharness.core.internal.child;

import java.util.Map;

/**
 * The {@code -XX:MaxHeapSize} the Lambda java17/java21 runtime gives a function of a configured
 * memory size. Observed values (runtime-facts §3.1, live command lines at 128 to 10240 MB) are used
 * as they are; other sizes follow the rule they fit, max(85 % of the memory, memory − 242 MB).
 *
 * <pre>{@code
 * String flag = "-XX:MaxHeapSize=" + LambdaHeapSize.maxHeapKib(128) + "k"; // -XX:MaxHeapSize=111412k
 * }</pre>
 */
public final class LambdaHeapSize {

    /** Observed java17 values, memory MB to heap KiB. */
    private static final Map<Integer, Long> OBSERVED_KIB = Map.of(
            128, 111_412L,
            256, 222_823L,
            512, 445_645L,
            1024, 891_289L,
            2048, 1_848_320L,
            4096, 3_945_472L,
            8192, 8_140_800L,
            10240, 10_237_952L);

    private LambdaHeapSize() {
    }

    /** The heap in KiB, the number Lambda writes as {@code -XX:MaxHeapSize=<n>k}. */
    public static long maxHeapKib(int memoryMb) {
        Long observed = OBSERVED_KIB.get(memoryMb);
        if (observed != null) {
            return observed;
        }
        long memoryKib = memoryMb * 1024L;
        return Math.max(Math.round(memoryKib * 0.85), memoryKib - 242L * 1024);
    }
}
