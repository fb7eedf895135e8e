/**
 * Handlers the oracle tests run through the real RIC in a child JVM. Line numbers appear in the
 * expected stack traces of the tests: edit these files with care.
 */
package dev.lambdaharness.core.oracle.probe;
