package dev.lambdaharness.core;

/**
 * The instruction set a function is configured for. It changes the ARNs and the REPORT line of
 * nothing; the forked runtime uses it to pick the native client it extracts.
 *
 * <pre>{@code
 * FunctionConfig.builder("com.example.Handler").architecture(Architecture.ARM64).build();
 * }</pre>
 */
public enum Architecture {
    /** {@code x86_64}, Lambda's default. */
    X86_64("x86_64"),
    /** {@code arm64} (Graviton). */
    ARM64("arm64");

    private final String id;

    Architecture(String id) {
        this.id = id;
    }

    /** The name Lambda's API uses, {@code x86_64} or {@code arm64}. */
    public String id() {
        return id;
    }
}
