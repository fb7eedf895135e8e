/**
 * Rewrites the call sites in function classes that reach process-wide state (environment
 * variables, standard streams, exit, the X-Ray trace header property, file writes under
 * {@code /tmp}) so that each execution environment in one JVM gets its own, or its own share,
 * without changing the test JVM; and keeps JaCoCo coverage
 * of the rewritten classes.
 *
 * <p>A function class loader uses it like this:
 * <pre>{@code
 * byte[] original = readClassFile(name);
 * byte[] rewritten = CallSiteRewriter.rewrite(original);
 * if (rewritten == null) {
 *     return defineClass(name, original, 0, original.length, domain);
 * }
 * CoverageSupport coverage = CoverageSupport.current();
 * byte[] bytes = coverage.prepare(name, original, rewritten);
 * return defineClass(name, bytes, 0, bytes.length, coverage.domainForRewritten(domain));
 * }</pre>
 * and delegates the classes {@link dev.lambdaharness.core.internal.rewrite.CoverageSupport#isCoverageRuntimeClass}
 * names, with the package {@code dev.lambdaharness.core.internal.hooks}, to the harness's loader.
 */
package dev.lambdaharness.core.internal.rewrite;
