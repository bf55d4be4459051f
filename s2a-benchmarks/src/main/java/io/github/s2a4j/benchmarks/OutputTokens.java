package io.github.s2a4j.benchmarks;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.RegenerationRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens a copying and a selecting regeneration cost, counted with cl100k_base (the tokenizer of GPT-4 and
 * GPT-3.5), for model answers as a perfect regenerator would write them. Each answer is first run through the
 * real regenerator, which must rebuild the same context and question from it, so the counts are of answers
 * that work.
 */
final class OutputTokens {

    /** Texts per size; the counts are their means. */
    static final int SEEDS = 20;

    private final Encoding cl100k = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    /** Mean token counts over {@value #SEEDS} texts of one size. */
    record Row(int sentences, double copyOutput, double selectOutput, double listedOutput, double copyPrompt,
            double selectPrompt) {}

    Row measure(int sentences) {
        double copyOutput = 0;
        double selectOutput = 0;
        double listedOutput = 0;
        double copyPrompt = 0;
        double selectPrompt = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            SyntheticText text = SyntheticText.ofSentences(sentences, seed);
            String copy = text.copyAnswer();
            String select = text.selectAnswer(true);
            String listed = text.selectAnswer(false);
            copyPrompt += tokens(check(text, copy, false));
            selectPrompt += tokens(check(text, select, true));
            check(text, listed, true);
            copyOutput += tokens(copy);
            selectOutput += tokens(select);
            listedOutput += tokens(listed);
        }
        return new Row(sentences, copyOutput / SEEDS, selectOutput / SEEDS, listedOutput / SEEDS,
                copyPrompt / SEEDS, selectPrompt / SEEDS);
    }

    private int tokens(String text) {
        return cl100k.countTokens(text);
    }

    /** Runs the answer through the real regenerator, checks what it rebuilt, and returns the prompt it sent. */
    private static String check(SyntheticText text, String answer, boolean selecting) {
        List<String> prompts = new ArrayList<>();
        ChatModel model = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                prompts.add(((UserMessage) request.messages().get(0)).singleText());
                return InstantChatModel.response(answer);
            }
        };
        ContextRegenerator regenerator = selecting ? ContextRegenerator.selecting(model) : ContextRegenerator.llm(model);
        RegeneratedContext regenerated = regenerator.regenerate(RegenerationRequest.of(text.text()));
        if (!regenerated.context().equals(text.keptContext()) || !regenerated.question().equals(text.question())
                || regenerated.removed().size() != text.removable().cardinality()) {
            throw new IllegalStateException((selecting ? "selecting" : "copying")
                    + " did not rebuild the perfect regeneration from " + answer);
        }
        return prompts.get(0);
    }
}
