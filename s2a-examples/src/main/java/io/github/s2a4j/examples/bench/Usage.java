package io.github.s2a4j.examples.bench;

/**
 * What answering cost: model calls, and the input and output tokens their responses reported.
 *
 * @param calls model calls that returned a response
 * @param inputTokens input (prompt) tokens
 * @param outputTokens output (completion) tokens
 */
record Usage(long calls, long inputTokens, long outputTokens) {

    static final Usage NONE = new Usage(0, 0, 0);

    Usage plus(Usage other) {
        return new Usage(calls + other.calls, inputTokens + other.inputTokens, outputTokens + other.outputTokens);
    }
}
