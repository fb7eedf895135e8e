/**
 * The project's own Jackson at the harness's API: the harness does its JSON work on a Jackson
 * relocated inside its jars, and hands trees to and from a project's {@code JsonNode} only as JSON
 * text, so the project's Jackson is never the harness's and never comes from it. Exported so that
 * the harness's modules share one boundary; it holds no runtime library type, so it stays on the
 * test side of the runtime set's class loader.
 *
 * <pre>{@code
 * JsonNode tree = JacksonTrees.read(result.payload());   // the project's JsonNode
 * byte[] json = JacksonTrees.write(tree);                // its compact JSON
 * }</pre>
 */
package dev.lambdaharness.events.json;
