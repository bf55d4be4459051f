package io.github.s2a4j.core.internal;

/**
 * One sentence of a text, with its place in it.
 *
 * @param text the sentence, trimmed
 * @param start the offset of its first character in the text
 * @param end the offset after its last character
 */
public record Sentence(String text, int start, int end) {}
