/**
 * The cold-start suite: a function's cold starts, each in a fresh forked environment running the
 * real runtime interface client, measured beside the RIC's own start against a trivial Runtime API
 * (the floor), summed up as percentiles, held to a budget and written as JSON, a baseline and an
 * HTML report. The Maven plugin's {@code coldstart} goal and the benchmarks run it.
 */
package dev.lambdaharness.core.internal.coldstart;
