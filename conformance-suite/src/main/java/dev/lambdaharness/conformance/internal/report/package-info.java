/**
 * The conformance report's forms: the console summary, JSON, JUnit XML and the self-contained HTML
 * page. Internal: use {@link dev.lambdaharness.conformance.ConformanceReport}.
 */
package dev.lambdaharness.conformance.internal.report;
