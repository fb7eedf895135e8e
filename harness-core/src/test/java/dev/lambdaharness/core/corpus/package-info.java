/**
 * The handlers of the differential corpus: each case of {@code CorpusCases} runs one of them
 * in-process, forked and through the RIC oracle, and compares what the three returned and logged.
 * The runtime's own tests reuse them wherever they need a plain handler (a hello world, one that
 * throws, one that cannot be created), so a handler of that shape exists once.
 *
 * <p>Beside them are the corpus's function code ({@link dev.lambdaharness.core.corpus.CorpusCode})
 * and the {@code main} classes that forked and coverage tests start in child JVMs.
 */
package dev.lambdaharness.core.corpus;
