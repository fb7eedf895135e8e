/**
 * A minimal Lambda Runtime API (version 2018-06-01) for one execution environment: the server
 * a runtime client polls for invocations and posts results to, with the paths, headers, status
 * codes and error bodies of Lambda's own RAPID.
 *
 * <p>Internal: users must not import this package.
 */
package dev.lambdaharness.core.internal.runtimeapi;
