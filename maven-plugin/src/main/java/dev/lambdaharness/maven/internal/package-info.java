/**
 * The goals' logic, kept out of the mojos so that it is tested without Maven: the function code
 * file and the {@code argLine} hand-off. Internal: users must not import this package.
 */
package dev.lambdaharness.maven.internal;
