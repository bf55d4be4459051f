package io.github.s2a4j.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.s2a4j.core.RegenerationPrompt;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of the paper's evaluations: how its records become items, what the prompt-based methods send, which
 * preset S2A regenerates with, and how an answer is scored.
 *
 * @param <G> what scoring needs of an item
 */
interface Task<G> {

    /** The name on the command line, in the results file and in the tables. */
    String name();

    /** The metrics every answer gets, the first being the one the table compares against the baseline. */
    List<Metric> metrics();

    /** The step-1 prompt of the paper's S2A for this task. */
    RegenerationPrompt preset();

    /** What instructed prompting appends to the original prompt. */
    String instruction();

    /**
     * The item of a record, or null for a record the run leaves out (one without an opinion or distractor,
     * unless {@code allPrompts}).
     *
     * @throws IllegalArgumentException if the record lacks what the task needs
     */
    @Nullable Item<G> item(JsonNode record, boolean allPrompts);

    /** What the run leaves out unless asked to keep every prompt, for the message that says so. */
    String leftOut();

    /** Scores an answer. May call the judge. */
    Scores score(Item<G> item, String response);
}
