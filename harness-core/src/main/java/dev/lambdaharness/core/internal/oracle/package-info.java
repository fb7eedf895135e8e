/**
 * The oracle: the real AWS runtime interface client (RIC) started in a child JVM exactly as the
 * Lambda java17/java21 managed runtime starts it, against our Runtime API server. What it returns
 * and logs is the reference the in-process runtime is held to.
 *
 * <p>Internal: users must not import this package.
 */
package dev.lambdaharness.core.internal.oracle;
