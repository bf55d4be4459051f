/**
 * S2A in a RAG chain, runnable: {@link io.github.s2a4j.examples.rag.RagExample} runs the plain chain and the S2A
 * chain side by side over a small corpus with distractors, and {@link io.github.s2a4j.examples.rag.RagBenchmark}
 * measures the content filter's wall time against the regeneration model's latency.
 */
@NullMarked
package io.github.s2a4j.examples.rag;

import org.jspecify.annotations.NullMarked;
