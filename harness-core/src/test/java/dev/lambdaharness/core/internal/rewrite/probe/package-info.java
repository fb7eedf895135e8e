/**
 * Probes of call-site rewriting: classes whose calls to {@code System.getenv}, {@code System.out}
 * and the like {@code CallSiteRewriter} redirects to an environment's hooks, in every shape javac
 * compiles them to (direct calls, method references, lambdas, interface methods). Only
 * {@code RewritingClassLoader} defines them, child-first, so each test sees the rewritten copy.
 */
package dev.lambdaharness.core.internal.rewrite.probe;
