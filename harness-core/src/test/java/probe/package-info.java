/**
 * Probe handlers: small functions that exercise one rule of the RIC each. They are loaded
 * child-first by a fresh class loader per environment, and their line numbers appear in asserted
 * stack traces, so edits must keep the lines the tests name.
 */
package probe;
