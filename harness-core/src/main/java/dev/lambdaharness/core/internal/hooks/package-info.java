/**
 * The targets of rewritten call sites in function code. The function class loader exposes this
 * one package to the functions it loads, so it stays small and depends on nothing but the JDK and
 * the address policy ({@code dev.lambdaharness.core.internal.network}), which it links from the
 * harness's side.
 *
 * <p>Function classes are rewritten as they are defined (see
 * {@code dev.lambdaharness.core.internal.rewrite.CallSiteRewriter}): a call such as
 * {@code System.getenv("TABLE")} becomes {@code EnvironmentHooks.getenv("TABLE", Caller.class)}.
 * The hook asks the caller's class loader for its {@link
 * dev.lambdaharness.core.internal.hooks.EnvironmentBinding} and so answers with what that one
 * execution environment holds, whatever thread the call runs on.
 */
package dev.lambdaharness.core.internal.hooks;
