package dev.lambdaharness.core.internal.runtimeapi;

/** Where the runtime is in its lifecycle, named as RAPID names it in its 403 messages. */
enum RuntimeState {
    STARTED("Started"),
    READY("Ready"),
    RUNNING("Running"),
    RESPONSE_SENT("RuntimeResponseSentState"),
    INIT_ERROR("InitError");

    /** RAPID's names of the states a post moves to, used in the same messages. */
    static final String INVOCATION_RESPONSE = "InvocationResponse";
    static final String INVOCATION_ERROR_RESPONSE = "InvocationErrorResponse";

    private final String rapidName;

    RuntimeState(String rapidName) {
        this.rapidName = rapidName;
    }

    String rapidName() {
        return rapidName;
    }
}
