package io.github.s2a4j.core.internal;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.github.s2a4j.core.AnswerPrompt;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.FailurePolicy;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.RegenerationRequest;
import io.github.s2a4j.core.S2AException;
import io.github.s2a4j.core.S2AListener;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What both decorators do before the answering call: find the user's turn, regenerate it (or reuse its
 * regeneration), apply the failure policy, and build the request the answering model sees. Immutable and
 * thread-safe.
 */
public final class S2AEngine {

    private final Regeneration regeneration;
    private final AnswerPrompt answerPrompt;

    /**
     * An engine.
     *
     * @param regenerator S2A's first step
     * @param answerPrompt S2A's second step
     * @param failurePolicy what a failed regeneration does
     * @param listener told about every user turn
     * @param cache regenerations to reuse
     */
    public S2AEngine(
            ContextRegenerator regenerator,
            AnswerPrompt answerPrompt,
            FailurePolicy failurePolicy,
            S2AListener listener,
            RegenerationCache cache) {
        this.regeneration = new Regeneration(regenerator, failurePolicy, listener, cache);
        this.answerPrompt = answerPrompt;
    }

    /**
     * Plans the answering call for a request. The request itself is never changed.
     *
     * @param request the caller's request
     * @return the request for the answering model, and the tokens the regeneration spent
     * @throws S2AException if the regeneration failed and the policy is {@link FailurePolicy#THROW}, or the
     *     calling thread was interrupted
     */
    public Plan plan(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        int index = UserTurn.lastUserMessage(messages);
        if (index < 0) {
            regeneration.skip("the request has no user message");
            return new Plan(request, null);
        }
        UserTurn turn = UserTurn.of(index, (UserMessage) messages.get(index));
        if (!turn.hasText()) {
            regeneration.skip("the user message has no text");
            return new Plan(request, null);
        }
        Regeneration.Outcome outcome = regeneration.regenerate(RegenerationRequest.of(turn.text()));
        if (outcome == null) {
            return new Plan(request, null);
        }
        RegeneratedContext regenerated = outcome.regenerated();
        List<ChatMessage> answering = new ArrayList<>(messages);
        answering.set(index, turn.withText(answerPrompt.render(regenerated)));
        replaceEarlierTurns(answering, index);
        TokenUsage usage = outcome.reused() ? null : regenerated.tokenUsage();
        return new Plan(request.toBuilder().messages(answering).build(), usage);
    }

    /**
     * Earlier user turns of the conversation that were regenerated before are shown as the answering model
     * saw them then, so that a biased turn does not come back with the history.
     */
    private void replaceEarlierTurns(List<ChatMessage> messages, int before) {
        for (int i = 0; i < before; i++) {
            if (messages.get(i) instanceof UserMessage user) {
                UserTurn earlier = UserTurn.of(i, user);
                RegeneratedContext regenerated = earlier.hasText() ? regeneration.cached(earlier.text()) : null;
                if (regenerated != null) {
                    messages.set(i, earlier.withText(answerPrompt.render(regenerated)));
                }
            }
        }
    }

    /**
     * The answering call to make.
     *
     * @param request the request for the answering model
     * @param regenerationUsage the tokens the regeneration spent in this call, or {@code null}
     */
    public record Plan(ChatRequest request, @Nullable TokenUsage regenerationUsage) {

        /**
         * The answer with the regeneration's tokens added to its own, provider-specific metadata kept.
         *
         * @param response the answering model's response
         * @return the response with the summed token usage
         */
        public ChatResponse addUsageTo(ChatResponse response) {
            if (regenerationUsage == null) {
                return response;
            }
            TokenUsage total = TokenUsage.sum(response.metadata().tokenUsage(), regenerationUsage);
            return response.toBuilder()
                    .metadata(response.metadata().toBuilder().tokenUsage(total).build())
                    .build();
        }
    }
}
