/**
 * The implementation behind {@code dev.lambdaharness.junit.assertj}: the error message factories
 * whose wording the assertions share, and the readers of HTTP and batch responses. Users never
 * import this package.
 */
package dev.lambdaharness.junit.internal.assertj;
