/**
 * The harness's stand-in for the X-Ray daemon: a UDP sink on the loopback address that functions
 * are pointed at ({@code AWS_XRAY_DAEMON_ADDRESS}) instead of Lambda's link-local daemon, and the
 * reader of the segment documents it receives.
 */
package dev.lambdaharness.core.internal.xray;
