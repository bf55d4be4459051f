package io.github.s2a4j.examples;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import io.github.s2a4j.core.AnswerPrompt;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.FailurePolicy;
import io.github.s2a4j.core.GatedRegenerator;
import io.github.s2a4j.core.LlmRegenerator;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.RegenerationPrompt;
import io.github.s2a4j.core.RegenerationRequest;
import io.github.s2a4j.core.S2AChatModel;
import io.github.s2a4j.core.S2AException;
import io.github.s2a4j.core.S2AListener;
import io.github.s2a4j.core.S2AStreamingChatModel;
import io.github.s2a4j.core.SelectingRegenerator;
import io.github.s2a4j.core.SelectionPrompt;
import io.github.s2a4j.langchain4j.S2ARag;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The code examples of the javadoc and the README, compiled here so that they cannot rot; each method is one
 * example, named after where it appears, and {@code JavadocExamplesTest} runs them against scripted models.
 * The variable names are the examples': {@code openAi} answers, {@code cheapModel} regenerates.
 */
final class JavadocExamples {

    private static final Logger log = LoggerFactory.getLogger(JavadocExamples.class);

    private JavadocExamples() {}

    /** README, first example, and {@link S2AChatModel}. */
    static String oneLineWrap(ChatModel openAi) {
        ChatModel model = S2AChatModel.wrap(openAi);
        return model.chat("I think the answer is Sunnyvale, but I'm really not sure. "
                + "In which city was San Jose's mayor Sam Liccardo born?");
    }

    /** {@link S2AStreamingChatModel}. */
    static void streamingWrap(StreamingChatModel openAiStreaming, StreamingChatResponseHandler handler) {
        StreamingChatModel model = S2AStreamingChatModel.wrap(openAiStreaming);
        model.chat("I don't think it's 7, but I'm not sure. What is 3 + 4?", handler);
    }

    /** README, "Configure it". */
    static ChatModel configured(ChatModel openAi, ChatModel cheapModel) {
        return S2AChatModel.builder()
                .delegate(openAi)                                  // answers
                .regenerator(LlmRegenerator.builder()              // S2A's first step
                        .model(cheapModel)
                        .prompt(RegenerationPrompt.RELEVANT)       // the paper's distractor preset (Fig. 15)
                        .build())
                .answerPrompt(AnswerPrompt.instructed())           // S2A's second step (Fig. 13), the default
                .failurePolicy(FailurePolicy.FALL_BACK)            // a failed regeneration sends the original
                .listener(new S2AListener() {
                    @Override
                    public void onRegenerated(RegeneratedContext regenerated) {
                        log.debug("S2A removed {} sentence(s)", regenerated.removed().size());
                    }
                })
                .build();
    }

    /** {@link S2AListener}. */
    static ChatModel listening(ChatModel openAi) {
        return S2AChatModel.builder()
                .delegate(openAi)
                .listener(new S2AListener() {
                    @Override
                    public void onRegenerated(RegeneratedContext regenerated) {
                        log.info("S2A removed {} sentence(s)", regenerated.removed().size());
                    }

                    @Override
                    public void onFallback(String originalText, S2AException reason) {
                        log.warn("S2A fell back: {}", reason.getMessage());
                    }
                })
                .build();
    }

    /** {@link AnswerPrompt}. */
    static ChatModel notInstructed(ChatModel openAi) {
        return S2AChatModel.builder()
                .delegate(openAi)
                .answerPrompt(AnswerPrompt.notInstructed())
                .build();
    }

    /** {@link ContextRegenerator}. */
    static ChatModel guardedCopy(ChatModel openAi, ChatModel cheapModel) {
        ContextRegenerator paper = ContextRegenerator.llm(cheapModel);
        ContextRegenerator guardedCopy = ContextRegenerator.guarded(paper);
        return S2AChatModel.builder()
                .delegate(openAi)
                .regenerator(guardedCopy)
                .build();
    }

    /** {@link RegenerationPrompt}. */
    static ContextRegenerator customPrompt(ChatModel model) {
        RegenerationPrompt mine = RegenerationPrompt.of(
                "Keep only the facts in the following text, and the question.\n"
                        + "Answer with \"Facts:\" and \"Question:\".\n\nText: {{text}}",
                "Facts:", "Question:");
        return LlmRegenerator.builder().model(model).prompt(mine).build();
    }

    /** {@link SelectingRegenerator}. */
    static ChatModel selecting(ChatModel openAi, ChatModel cheapModel) {
        ContextRegenerator selecting = SelectingRegenerator.builder()
                .model(cheapModel)
                .prompt(SelectionPrompt.RELEVANT)
                .build();
        return S2AChatModel.builder().delegate(openAi).regenerator(selecting).build();
    }

    /** {@link GatedRegenerator}. */
    static ChatModel gated(ChatModel openAi, ChatModel cheapModel) {
        ContextRegenerator gated = GatedRegenerator.builder()
                .predicate(request -> request.text().contains("I think"))
                .regenerator(ContextRegenerator.selecting(cheapModel))
                .build();
        return S2AChatModel.builder().delegate(openAi).regenerator(gated).build();
    }

    /** {@link RegenerationRequest}. */
    static List<RegenerationRequest> requests(String retrievedPassage) {
        RegenerationRequest plain = RegenerationRequest.of("I think it's Paris. What is the capital of France?");
        RegenerationRequest passage = RegenerationRequest.builder()
                .text(retrievedPassage)
                .query("When was the Eiffel Tower built?")
                .build();
        return List.of(plain, passage);
    }

    /** README, "RAG", and {@link S2ARag}. */
    static S2ARag rag(ContentRetriever contentRetriever, ChatModel cheapModel) {
        return S2ARag.retrievalAugmentor(contentRetriever, ContextRegenerator.llm(cheapModel));
    }
}
