package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.github.s2a4j.core.internal.TimeLimitedRegenerator;
import java.time.Duration;

/**
 * S2A's first step: turns the user's text into the context that deserves attention and the actual question,
 * with what was removed and why. The SPI of this library.
 *
 * <p>One method that receives a {@link RegenerationRequest}, so that implementations keep compiling as
 * requests grow. Implementations must be thread-safe: a decorator calls one instance from every thread that
 * uses it. They throw {@link S2AException} when they cannot produce a usable regeneration; a regeneration
 * model's own exceptions may propagate as they are. Either way the decorator applies its
 * {@link FailurePolicy}.
 *
 * <p>A request with a {@link RegenerationRequest#query() query} is a passage judged against it, as a RAG chain
 * retrieved it: the regeneration's context is the part of the passage related to the query (empty when nothing
 * is, which is how a RAG filter knows to drop the passage), and its question is the query.
 *
 * <p>The stock regenerators come from the static factories: {@link #llm(ChatModel)} copies (the paper),
 * {@link #selecting(ChatModel)} selects sentences by number, {@link #local(EmbeddingModel)} makes no model
 * call. Three decorators compose with any regenerator:
 * {@link #guarded(ContextRegenerator)} rejects copies that invent, {@link #gated(ContextRegenerator,
 * ContextRegenerator)} spends the regeneration only where a cheap detector finds something to remove, and
 * {@link #timeLimited(ContextRegenerator, Duration)} gives it a deadline.
 *
 * <pre>{@code
 * ContextRegenerator paper = ContextRegenerator.llm(cheapModel);
 * ContextRegenerator guardedCopy = ContextRegenerator.guarded(paper);
 * ChatModel model = S2AChatModel.builder()
 *         .delegate(openAi)
 *         .regenerator(guardedCopy)
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface ContextRegenerator {

    /**
     * Regenerates the request's text.
     *
     * @param request the text to regenerate, and its query where the question lives elsewhere
     * @return the context and question to attend to
     * @throws S2AException if no usable regeneration could be made
     */
    RegeneratedContext regenerate(RegenerationRequest request);

    /**
     * The paper's regeneration: the model copies out the unbiased context and the question (Fig. 2, the
     * <em>unbiased</em> preset). Use {@link LlmRegenerator#builder()} for the other presets and templates.
     *
     * @param model the model that regenerates; a cheaper one than the answering model works well
     * @return the regenerator
     */
    static ContextRegenerator llm(ChatModel model) {
        return LlmRegenerator.builder().model(model).build();
    }

    /**
     * Regeneration without an LLM call: sentence embeddings and a stance detector drop the user's opinions and
     * the sentences irrelevant to the question, and keep the rest verbatim. Use {@link LocalRegenerator#builder()}
     * for the thresholds, and {@link LocalRegenerator#explain(String)} to see each decision.
     *
     * @param embeddingModel any embedding model; the in-process all-MiniLM-L6-v2 is the one it was fitted with
     * @return the regenerator
     */
    static LocalRegenerator local(EmbeddingModel embeddingModel) {
        return LocalRegenerator.builder().embeddingModel(embeddingModel).build();
    }

    /**
     * Regeneration by selection: the model answers with the numbers of the sentences to keep and of the
     * question, and the context is rebuilt verbatim from the user's text, so nothing can be invented and the
     * model's output stays a few tokens long whatever the text's length. The <em>unbiased</em> preset; use
     * {@link SelectingRegenerator#builder()} for {@link SelectionPrompt#RELEVANT} and custom prompts.
     *
     * @param model the model that selects
     * @return the regenerator
     */
    static ContextRegenerator selecting(ChatModel model) {
        return SelectingRegenerator.builder().model(model).build();
    }

    /**
     * A guard around a copying regenerator: a regeneration that invents a number, a name or an instruction
     * absent from the user's text fails with an {@link S2AException} naming it, so the decorator's
     * {@link FailurePolicy} applies. See {@link GuardedRegenerator} for the checks.
     *
     * @param regenerator the regenerator to guard, such as {@link #llm(ChatModel)}
     * @return the guarded regenerator
     */
    static ContextRegenerator guarded(ContextRegenerator regenerator) {
        return GuardedRegenerator.of(regenerator);
    }

    /**
     * A gate: the cheap {@code detector} looks at each request first, and {@code regenerator} runs only when the
     * detector removed something; a clean request comes back unchanged without a regeneration call. See
     * {@link GatedRegenerator}, whose builder also takes a predicate as the detector.
     *
     * @param detector a regenerator that makes no model call, such as a local one
     * @param regenerator the regenerator to spend only where it pays, such as {@link #selecting(ChatModel)}
     * @return the gated regenerator
     */
    static ContextRegenerator gated(ContextRegenerator detector, ContextRegenerator regenerator) {
        return GatedRegenerator.builder().detector(detector).regenerator(regenerator).build();
    }

    /**
     * A deadline for a regenerator: past {@code limit} the regeneration is interrupted and fails with an
     * {@link S2AException}, so that the failure policy of whatever uses it applies, to that regeneration alone.
     * Meant for the RAG pieces of {@code s2a-langchain4j}, where an {@code S2AContentAggregator} then keeps the
     * one content whose regeneration ran late, as it was, and judges the others as usual; the decorators have
     * {@code regenerationTimeout} for the same. The regeneration runs on a shared pool of daemon threads while the
     * caller waits (one thread per waiting caller; idle threads end after 30 seconds); an interrupted caller stops
     * waiting and fails with an {@link S2AException}, its interrupt status kept. The regenerator's own exceptions
     * propagate unchanged.
     *
     * <pre>{@code
     * S2AContentAggregator filter = S2AContentAggregator.from(
     *         ContextRegenerator.timeLimited(ContextRegenerator.llm(cheapModel), Duration.ofSeconds(5)));
     * }</pre>
     *
     * @param regenerator the regenerator to limit
     * @param limit the time limit, positive
     * @return the time-limited regenerator
     * @throws IllegalArgumentException if the limit is zero or negative
     */
    static ContextRegenerator timeLimited(ContextRegenerator regenerator, Duration limit) {
        requireNonNull(regenerator, "regenerator");
        requireNonNull(limit, "limit");
        return new TimeLimitedRegenerator(regenerator, limit, TimeLimitedRegenerator.sharedExecutor());
    }
}
