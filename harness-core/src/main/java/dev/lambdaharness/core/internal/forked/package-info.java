/**
 * Forked execution environments: one child JVM per environment running the real AWS runtime
 * interface client against a Runtime API served by the harness, launched as the managed Java
 * runtime launches it. See {@code docs/forked.md}.
 */
package dev.lambdaharness.core.internal.forked;
