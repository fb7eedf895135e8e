package dev.lambdaharness.conformance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Suppresses one of {@link LambdaRules}' rules for a class (handler or the class where the
 * finding is) or for one method or constructor, with the reason why the guidance does not apply;
 * on a field, it declares a cache that {@code no-state-between-invocations} allows.
 * A suppression without a reason, or naming a rule that does not exist, suppresses nothing and is
 * itself reported by {@link LambdaRules#SUPPRESSIONS_STATE_A_REASON}.
 *
 * <pre>{@code
 * @SuppressLambdaRule(rule = "clients-created-during-init",
 *         reason = "the client's region comes from the event; one per region is cached in ClientsByRegion")
 * public class CrossRegionCopy implements RequestHandler<CopyRequest, String> { ... }
 * }</pre>
 *
 * <p>The annotation is kept in the class file only (not at run time), so the function's
 * deployment package needs the conformance suite at compile time only ({@code provided} scope).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.CONSTRUCTOR})
@Repeatable(SuppressLambdaRule.List.class)
public @interface SuppressLambdaRule {

    /** @return the id of the rule suppressed, as its message and docs/rules.md name it, e.g. {@code "no-exit"} */
    String rule();

    /** @return why the rule does not apply here; required, and never blank */
    String reason();

    /**
     * Holds several suppressions on one element; written by the compiler for repeated
     * {@code @SuppressLambdaRule}s.
     *
     * <pre>{@code
     * @SuppressLambdaRule(rule = "no-exit", reason = "...")
     * @SuppressLambdaRule(rule = "handler-methods-thin", reason = "...")
     * class Legacy { ... }
     * }</pre>
     */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.CONSTRUCTOR})
    @interface List {

        /** @return the suppressions */
        SuppressLambdaRule[] value();
    }
}
