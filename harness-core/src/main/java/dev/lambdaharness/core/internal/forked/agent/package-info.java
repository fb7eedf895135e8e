/**
 * The network agent of forked children: a {@code -javaagent} that rewrites the socket call sites
 * of the function's classes as they load, as in-process environments have theirs rewritten, and
 * holds the whole child to the function's address policy. Its jar holds this package and
 * {@code dev.lambdaharness.core.internal.hooks}, on the child's system class path where the
 * function's class loader finds the hooks; the rewriter and ASM load apart, in a class loader of
 * their own that the function cannot see.
 */
package dev.lambdaharness.core.internal.forked.agent;
