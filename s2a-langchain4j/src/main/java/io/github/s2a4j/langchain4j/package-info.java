/**
 * System 2 Attention in LangChain4j RAG chains: the user's opinion taken out of the retrieval query, retrieved
 * passages that have nothing to do with the question left out, and the prompt the model answers from
 * regenerated.
 *
 * <p>The pieces plug into LangChain4j's own {@code DefaultRetrievalAugmentor}, each usable alone:
 * <ul>
 *   <li>{@link io.github.s2a4j.langchain4j.S2AQueryTransformer}: retrieves with the user's question, not their
 *       opinion of the answer;</li>
 *   <li>{@link io.github.s2a4j.langchain4j.S2AContentAggregator}: judges each retrieved content against the
 *       query, concurrently, and drops what is unrelated (optionally, unrelated sentences inside a content);</li>
 *   <li>{@link io.github.s2a4j.langchain4j.S2AContentInjector}: injects the contents into the user's message as
 *       S2A regenerated it;</li>
 *   <li>{@link io.github.s2a4j.langchain4j.S2ARetrievalAugmentor}: wraps any {@code RetrievalAugmentor} and
 *       applies S2A to the augmented message, as {@code S2AChatModel} would;</li>
 *   <li>{@link io.github.s2a4j.langchain4j.S2ARag}: the first three wired into one retrieval augmentor, the
 *       one-liner for AiServices.</li>
 * </ul>
 *
 * <pre>{@code
 * Assistant assistant = AiServices.builder(Assistant.class)
 *         .chatModel(model)
 *         .retrievalAugmentor(S2ARag.retrievalAugmentor(contentRetriever, ContextRegenerator.llm(cheapModel)))
 *         .build();
 * }</pre>
 *
 * <p>Every piece takes any {@link io.github.s2a4j.core.ContextRegenerator}; failures fall back to what the
 * plain chain would have done, per {@link io.github.s2a4j.core.FailurePolicy}, and are reported to an
 * {@link io.github.s2a4j.core.S2AListener}.
 */
@NullMarked
package io.github.s2a4j.langchain4j;

import org.jspecify.annotations.NullMarked;
