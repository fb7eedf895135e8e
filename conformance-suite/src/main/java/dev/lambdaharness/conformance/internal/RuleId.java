package dev.lambdaharness.conformance.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rules' ids: what suppressions name, what each message ends with, and each docs section's anchor. */
enum RuleId {
    CLIENTS_CREATED_DURING_INIT("clients-created-during-init"),
    NO_SYNCHRONOUS_LAMBDA_INVOKE("no-synchronous-lambda-invoke"),
    NO_SELF_INVOCATION("no-self-invocation"),
    NO_EXIT("no-exit"),
    NO_HARD_CODED_CREDENTIALS("no-hard-coded-credentials"),
    CONFIGURATION_IN_ENVIRONMENT("configuration-in-environment"),
    RESOURCE_NAMES_IN_ENVIRONMENT("resource-names-in-environment"),
    HANDLERS_LOADABLE("handlers-loadable"),
    HANDLER_METHODS_THIN("handler-methods-thin"),
    LOGIC_OUTSIDE_RUNTIME_CLASSES("logic-outside-runtime-classes"),
    NO_PRINT_STACK_TRACE("no-print-stack-trace"),
    NO_STATE_BETWEEN_INVOCATIONS("no-state-between-invocations"),
    BACKGROUND_WORK_FINISHES("background-work-finishes"),
    FILES_UNDER_TMP("files-under-tmp"),
    SNAPSTART_UNIQUENESS("snapstart-uniqueness"),
    SUPPRESSIONS_STATE_A_REASON("suppressions-state-a-reason");

    /** Where each rule's section is, relative to the project's root; message tails point there. */
    private static final String DOCS = "docs/rules.md#";

    private final String id;

    RuleId(String id) {
        this.id = id;
    }

    /** @return the id, as suppressions name it */
    public String id() {
        return id;
    }

    /** @return the tail of every message of this rule: its id and its docs section */
    public String reference() {
        return " [" + id + ", see " + DOCS + id + "]";
    }

    /** @return the rule with this id, if there is one */
    public static Optional<RuleId> of(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }

    /** @return every id, comma separated, for messages naming the choices */
    public static String all() {
        return Arrays.stream(values()).map(RuleId::id).collect(Collectors.joining(", "));
    }
}
