/**
 * System 2 Attention (S2A) for LangChain4j chat models.
 *
 * <p>S2A (Weston and Sukhbaatar, <a href="https://arxiv.org/abs/2311.11829">arXiv:2311.11829</a>) answers in
 * two steps: first it regenerates the user's text, keeping only the context that deserves attention and the
 * actual question; then it answers from that regeneration alone. Opinions ("I think the answer is 7"),
 * irrelevant sentences and off-topic passages stay behind.
 *
 * <p>The one-line entry points are the decorators:
 * <pre>{@code
 * ChatModel model = S2AChatModel.wrap(openAi);
 * StreamingChatModel streaming = S2AStreamingChatModel.wrap(openAiStreaming);
 * }</pre>
 *
 * <p>The first step is a {@link io.github.s2a4j.core.ContextRegenerator}, the SPI of this library; the stock
 * ones come from its static factories. The second step's prompt is an {@link io.github.s2a4j.core.AnswerPrompt}.
 * Everything in {@code io.github.s2a4j.core.internal} is machinery, not API.
 */
@NullMarked
package io.github.s2a4j.core;

import org.jspecify.annotations.NullMarked;
