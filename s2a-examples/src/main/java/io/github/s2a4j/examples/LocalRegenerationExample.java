package io.github.s2a4j.examples;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.LocalRegenerator;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.RegenerationRequest;
import io.github.s2a4j.core.S2AChatModel;
import io.github.s2a4j.core.SentenceDecision;
import java.util.List;

/**
 * The local regenerator as the README and {@link LocalRegenerator}'s javadoc show it, compiled so that the
 * examples cannot rot. Run: {@code java -cp s2a-examples/target/s2a.jar io.github.s2a4j.examples.LocalRegenerationExample}.
 */
public final class LocalRegenerationExample {

    private LocalRegenerationExample() {}

    /**
     * Wraps a chat model with the local regenerator.
     *
     * @param openAi the model that answers
     * @return the model with S2A, regenerating locally
     */
    static ChatModel wrap(ChatModel openAi) {
        ContextRegenerator local = ContextRegenerator.local(new AllMiniLmL6V2QuantizedEmbeddingModel());
        return S2AChatModel.builder()
                .delegate(openAi)
                .regenerator(local)
                .build();
    }

    /**
     * Prints a regeneration and every sentence's decision.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        LocalRegenerator local = ContextRegenerator.local(new AllMiniLmL6V2QuantizedEmbeddingModel());
        String text = "Which planet is known as the Red Planet? I think it's Jupiter, but I'm really not sure.";

        LocalRegenerator.Explained explained = local.regenerateAndExplain(RegenerationRequest.of(text));
        RegeneratedContext regenerated = explained.regenerated();
        System.out.println(regenerated.text());
        System.out.println(regenerated.removed());

        List<SentenceDecision> decisions = explained.decisions();
        decisions.forEach(decision -> System.out.println(decision.verdict() + " " + decision.reason()));
    }
}
