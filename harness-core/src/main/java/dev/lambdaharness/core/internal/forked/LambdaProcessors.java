package dev.lambdaharness.core.internal.forked;

/**
 * How many processors a Lambda function of a configured memory sees (runtime-facts §3.1, §8):
 * 2 up to 3008 MB, then one more at 5307, 7076, 8845 MB, 6 above that; never more than this
 * machine has, since a JVM told of more cores than it gets only schedules worse.
 */
final class LambdaProcessors {

    private static final int[] UPPER_MB = {3008, 5307, 7076, 8845};

    private LambdaProcessors() {
    }

    static int forMemory(int memoryMb, int hostProcessors) {
        int visible = 6;
        for (int i = 0; i < UPPER_MB.length; i++) {
            if (memoryMb <= UPPER_MB[i]) {
                visible = 2 + i;
                break;
            }
        }
        return Math.max(1, Math.min(visible, hostProcessors));
    }
}
