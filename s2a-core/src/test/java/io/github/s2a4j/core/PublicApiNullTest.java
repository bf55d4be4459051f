package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.github.s2a4j.core.FaultMatrixTest.FaultyEmbeddings;
import io.github.s2a4j.testing.NullChecks;
import io.github.s2a4j.testing.ScriptedChatModel;
import io.github.s2a4j.testing.ScriptedStreamingChatModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Null for every argument of every public method of {@code io.github.s2a4j.core}: a NullPointerException whose
 * message is the parameter's name, or, for parameters marked {@code @Nullable}, a documented meaning.
 */
final class PublicApiNullTest {

    private static final ChatModel MODEL = ScriptedChatModel.replying(request -> "Context: 1\nQuestion: 1");
    private static final EmbeddingModel EMBEDDINGS =
            new FaultyEmbeddings(FaultMatrixTest.Fault.ANSWER_FAILS, new IllegalStateException("unused"));

    private static NullChecks checks() {
        return NullChecks.forPackageOf(ContextRegenerator.class)
                .setDefault(ChatModel.class, () -> MODEL)
                .setDefault(StreamingChatModel.class, () -> new ScriptedStreamingChatModel(request -> "ok", List.of()))
                .setDefault(EmbeddingModel.class, () -> EMBEDDINGS)
                .setDefault(ContextRegenerator.class, () -> PublicApiNullTest::unchanged)
                .setDefault(RegenerationRequest.class, () -> RegenerationRequest.of("Where is it?"))
                .setDefault(RegeneratedContext.class, () -> unchanged(RegenerationRequest.of("Where is it?")))
                .setDefault(RegenerationPrompt.class, () -> RegenerationPrompt.UNBIASED)
                .setDefault(SelectionPrompt.class, () -> SelectionPrompt.UNBIASED)
                .setDefault(AnswerPrompt.class, AnswerPrompt::instructed)
                .setDefault(S2AListener.class, () -> S2AListener.NO_OP)
                .setDefault(Duration.class, () -> Duration.ofSeconds(1))
                .setDefault(Executor.class, () -> Runnable::run)
                .setDefault(ChatRequest.class, () -> ChatRequest.builder().messages(UserMessage.from("Hi?")).build())
                .setDefault(ChatRequestOptions.class, () -> ChatRequestOptions.EMPTY)
                .setDefault(StreamingChatResponseHandler.class, () -> new StreamingChatResponseHandler() {
                    @Override
                    public void onCompleteResponse(ChatResponse completeResponse) {}

                    @Override
                    public void onError(Throwable error) {}
                })
                .setDefault(Predicate.class, () -> request -> true)
                .setDefault(Throwable.class, () -> new IllegalStateException("cause"))
                .receiver(AnswerPrompt.class, AnswerPrompt::instructed)
                .receiver(AnswerPrompt.class, AnswerPrompt::notInstructed)
                .receiver(AnswerPrompt.class, AnswerPrompt::keepOriginal)
                .receiver(AnswerPrompt.class, () -> AnswerPrompt.template("{{context}} {{question}}"))
                .receiver(ContextRegenerator.class, () -> ContextRegenerator.llm(MODEL))
                .receiver(ContextRegenerator.class, () -> ContextRegenerator.selecting(MODEL))
                .receiver(ContextRegenerator.class, () -> ContextRegenerator.guarded(ContextRegenerator.llm(MODEL)))
                .receiver(ContextRegenerator.class,
                        () -> ContextRegenerator.gated(PublicApiNullTest::unchanged, ContextRegenerator.llm(MODEL)))
                .receiver(ContextRegenerator.class,
                        () -> ContextRegenerator.timeLimited(ContextRegenerator.llm(MODEL), Duration.ofSeconds(1)))
                .receiver(ContextRegenerator.class, () -> ContextRegenerator.local(EMBEDDINGS))
                .receiver(GatedRegenerator.class, () -> GatedRegenerator.builder()
                        .predicate(request -> true).regenerator(ContextRegenerator.llm(MODEL)).build())
                .receiver(GatedRegenerator.Builder.class, GatedRegenerator::builder)
                .receiver(GuardedRegenerator.class, () -> GuardedRegenerator.of(ContextRegenerator.llm(MODEL)))
                .receiver(GuardedRegenerator.Builder.class, GuardedRegenerator::builder)
                .receiver(LlmRegenerator.class, () -> LlmRegenerator.builder().model(MODEL).build())
                .receiver(LlmRegenerator.Builder.class, LlmRegenerator::builder)
                .receiver(LocalRegenerator.class, () -> ContextRegenerator.local(EMBEDDINGS))
                .receiver(LocalRegenerator.Builder.class, LocalRegenerator::builder)
                .receiver(RegenerationPrompt.class, () -> RegenerationPrompt.PASSAGE)
                .receiver(RegenerationRequest.Builder.class, RegenerationRequest::builder)
                .receiver(S2AChatModel.class, () -> S2AChatModel.wrap(MODEL))
                .receiver(S2AChatModel.Builder.class, S2AChatModel::builder)
                .receiver(S2AStreamingChatModel.class,
                        () -> S2AStreamingChatModel.wrap(new ScriptedStreamingChatModel(request -> "ok", List.of())))
                .receiver(S2AStreamingChatModel.Builder.class, S2AStreamingChatModel::builder)
                .receiver(SelectingRegenerator.class, () -> SelectingRegenerator.builder().model(MODEL).build())
                .receiver(SelectingRegenerator.Builder.class, SelectingRegenerator::builder)
                .receiver(SelectionPrompt.class, () -> SelectionPrompt.RELEVANT)
                // Callbacks the decorators make, never with null; their defaults do nothing with what they get.
                .ignore(S2AListener.class, "onRegenerated", "a callback")
                .ignore(S2AListener.class, "onReused", "a callback")
                .ignore(S2AListener.class, "onFallback", "a callback")
                .ignore(S2AListener.class, "onFailure", "a callback")
                .ignore(S2AListener.class, "onSkipped", "a callback");
    }

    private static RegeneratedContext unchanged(RegenerationRequest request) {
        return new RegeneratedContext(request.text(), request.text(), "", List.of(), null);
    }

    @Test
    void should_cover_every_public_class_of_the_package() {
        NullChecks checks = checks();

        assertThat(checks.publicClasses()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(checks.withoutReceiver()).isEmpty();
    }

    @Test
    void should_throw_a_null_pointer_exception_for_every_null_argument() {
        checks().runNullPointerTester();
    }

    @Test
    void should_name_the_argument_in_every_null_pointer_exception() {
        NullChecks checks = checks();

        assertThat(checks.misnamed()).isEmpty();
        assertThat(checks.checkedParameters()).isGreaterThanOrEqualTo(70);
    }
}
