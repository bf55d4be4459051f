/**
 * {@code java -jar s2a.jar bench}: the paper's three evaluations (opinionated factual QA, argument feedback,
 * GSM-IC) against any OpenAI-compatible model, comparing baseline, oracle, instructed prompting and the S2A
 * variants, with confidence intervals and the calls and tokens each method costs. Not API.
 */
@NullMarked
package io.github.s2a4j.examples.bench;

import org.jspecify.annotations.NullMarked;
