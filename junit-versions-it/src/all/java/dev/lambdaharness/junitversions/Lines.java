package dev.lambdaharness.junitversions;

/** The Jupiter line a module declares ({@code jupiter.expected}, set by its POM), and what differs by line. */
final class Lines {

    private Lines() {
    }

    /** The version the module's POM asks for, e.g. {@code 5.10.5}. */
    static String expected() {
        return System.getProperty("jupiter.expected");
    }

    /** Whether the declared line is at least {@code major.minor}. */
    static boolean atLeast(int major, int minor) {
        String[] parts = expected().split("\\.");
        int declaredMajor = Integer.parseInt(parts[0]);
        int declaredMinor = Integer.parseInt(parts[1]);
        return declaredMajor > major || declaredMajor == major && declaredMinor >= minor;
    }
}
