package io.github.s2a4j.langchain4j;

import dev.langchain4j.model.chat.request.ChatRequest;
import io.github.s2a4j.core.internal.Sentences;
import io.github.s2a4j.testing.Regenerations;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a good regeneration model answers to the paper's prompt for a user's text (opinions out) and to the
 * passage prompt (only the sentences that answer the question, else NONE), for scripting fake models. The
 * sentences that count as related are the test's ground truth.
 */
final class GoodRegenerations {

    private GoodRegenerations() {}

    static boolean isPassagePrompt(String prompt) {
        return prompt.startsWith("Given the following passage, retrieved to answer a user's question");
    }

    static boolean isRegeneration(String prompt) {
        return isPassagePrompt(prompt) || prompt.contains("Text by User:");
    }

    /** The answer of a good regeneration model to either prompt, or {@code null} if it is neither. */
    static String answer(String prompt, Set<String> related) {
        if (isPassagePrompt(prompt)) {
            String passage = ScriptedChatModel.userTextOf(prompt);
            String query = ScriptedChatModel.queryOf(prompt);
            if (passage.equals(prompt) || query.equals(prompt)) {
                throw new IllegalArgumentException("not a passage prompt: " + prompt);
            }
            String kept = Sentences.texts(passage).stream()
                    .filter(related::contains)
                    .collect(Collectors.joining(" "));
            return "Context text related to the question (includes all content except unrelated sentences): "
                    + (kept.isEmpty() ? "NONE" : kept) + "\nDetailed question: " + query;
        }
        return Regenerations.unbiased(ScriptedChatModel.userTextOf(prompt));
    }

    /** The prompt of a chat request: the text of its last user message. */
    static String promptOf(ChatRequest request) {
        return ScriptedChatModel.lastUserText(request);
    }
}
