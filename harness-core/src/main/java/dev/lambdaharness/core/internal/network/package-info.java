/**
 * Which addresses function code's sockets may reach ({@link
 * dev.lambdaharness.core.internal.network.AddressPolicy}): shared by the test side, the runtime
 * side's socket hooks and a forked child's network agent, so it depends on nothing but the JDK.
 */
package dev.lambdaharness.core.internal.network;
