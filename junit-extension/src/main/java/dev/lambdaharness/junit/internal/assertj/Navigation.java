package dev.lambdaharness.junit.internal.assertj;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AssertionInfo;

/**
 * The assertion a navigation method (such as {@code logs()}) returns, made to describe and
 * represent values as the assertion it came from, as soft assertions do when they proxy it.
 */
public final class Navigation {

    private Navigation() {
    }

    /** Gives {@code next} the description and representation of the assertion {@code from}. */
    public static <A extends AbstractAssert<?, ?>> A from(AssertionInfo from, A next) {
        next.describedAs(from.description());
        next.withRepresentation(from.representation());
        return next;
    }
}
