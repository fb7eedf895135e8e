/**
 * The reading of SAM and CloudFormation templates behind {@code dev.lambdaharness.core.template}:
 * the YAML and JSON parser with CloudFormation's short tags, SAM's Globals merge, the intrinsic
 * functions, the names the harness gives the resources a template declares, and the reading of a
 * function's properties into its configuration and read model.
 */
package dev.lambdaharness.core.internal.template;
