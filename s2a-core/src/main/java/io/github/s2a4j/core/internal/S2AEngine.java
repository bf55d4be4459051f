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
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both decorators do before the answering call: find the user's turn, regenerate it (or reuse its
 * regeneration), apply the failure policy, and build the request the answering model sees. Immutable and
 * thread-safe.
 */
public final class S2AEngine {

    private static final Logger log = LoggerFactory.getLogger(S2AEngine.class);

    private final ContextRegenerator regenerator;
    private final AnswerPrompt answerPrompt;
    private final FailurePolicy failurePolicy;
    private final S2AListener listener;
    private final RegenerationCache cache;

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
        this.regenerator = regenerator;
        this.answerPrompt = answerPrompt;
        this.failurePolicy = failurePolicy;
        this.listener = listener;
        this.cache = cache;
    }

    /**
     * Plans the answering call for a request. The request itself is never changed.
     *
     * @param request the caller's request
     * @return the request for the answering model, and the tokens the regeneration spent
     * @throws S2AException if the regeneration failed and the policy is {@link FailurePolicy#THROW}
     */
    public Plan plan(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        int index = UserTurn.lastUserMessage(messages);
        if (index < 0) {
            return skip(request, "the request has no user message");
        }
        UserTurn turn = UserTurn.of(index, (UserMessage) messages.get(index));
        if (!turn.hasText()) {
            return skip(request, "the user message has no text");
        }

        TokenUsage usage = null;
        RegeneratedContext regenerated = cache.get(turn.text());
        if (regenerated != null) {
            log.debug("S2A reused the regeneration of a {}-char user turn", turn.text().length());
            notify(listener::onReused, regenerated);
        } else {
            try {
                regenerated = regenerate(turn.text());
            } catch (S2AException failure) {
                if (failurePolicy == FailurePolicy.THROW) {
                    throw failure;
                }
                log.debug("S2A fell back to the original request: {}", failure.getMessage());
                try {
                    listener.onFallback(turn.text(), failure);
                } catch (RuntimeException e) {
                    log.warn("S2AListener.onFallback threw; ignored", e);
                }
                return new Plan(request, null);
            }
            cache.put(turn.text(), regenerated);
            usage = regenerated.tokenUsage();
            if (log.isDebugEnabled()) {
                log.debug("S2A regenerated a {}-char user turn into {} chars, {} removal(s)",
                        turn.text().length(), regenerated.text().length(), regenerated.removed().size());
            }
            if (log.isTraceEnabled()) {
                log.trace("S2A regeneration of {} -> {}", turn.text(), regenerated.text());
            }
            notify(listener::onRegenerated, regenerated);
        }

        List<ChatMessage> answering = new ArrayList<>(messages);
        answering.set(index, turn.withText(answerPrompt.render(regenerated)));
        replaceEarlierTurns(answering, index);
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
                RegeneratedContext regenerated = earlier.hasText() ? cache.get(earlier.text()) : null;
                if (regenerated != null) {
                    messages.set(i, earlier.withText(answerPrompt.render(regenerated)));
                }
            }
        }
    }

    private RegeneratedContext regenerate(String text) {
        RegeneratedContext regenerated;
        try {
            regenerated = regenerator.regenerate(RegenerationRequest.of(text));
        } catch (S2AException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new S2AException("the regeneration failed: " + e, e);
        }
        if (regenerated == null) {
            throw new S2AException("the regenerator returned null");
        }
        if (regenerated.isEmpty()) {
            throw new S2AException("the regeneration has neither context nor question");
        }
        return regenerated;
    }

    private Plan skip(ChatRequest request, String reason) {
        log.debug("S2A passed the request through: {}", reason);
        try {
            listener.onSkipped(reason);
        } catch (RuntimeException e) {
            log.warn("S2AListener.onSkipped threw; ignored", e);
        }
        return new Plan(request, null);
    }

    private static void notify(Consumer<RegeneratedContext> event, RegeneratedContext regenerated) {
        try {
            event.accept(regenerated);
        } catch (RuntimeException e) {
            log.warn("S2AListener threw; ignored", e);
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
