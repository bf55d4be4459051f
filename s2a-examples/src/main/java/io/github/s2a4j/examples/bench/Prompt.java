package io.github.s2a4j.examples.bench;

/** Which form of an item's prompt a method sends. */
enum Prompt {
    /** The prompt as the task gives it, opinion or distractor included. */
    ORIGINAL,
    /** The clean prompt: the question without the opinion, the problem without the distractor. */
    CLEAN,
    /** The original prompt with the task's instruction appended ("instructed prompting"). */
    INSTRUCTED
}
