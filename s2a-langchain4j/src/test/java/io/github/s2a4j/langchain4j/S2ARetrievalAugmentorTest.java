package io.github.s2a4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.AugmentationResult;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Metadata;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.FailurePolicy;
import io.github.s2a4j.core.S2AException;
import io.github.s2a4j.langchain4j.S2AContentAggregatorTest.RecordingListener;
import io.github.s2a4j.testing.Regenerations;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.util.List;
import org.junit.jupiter.api.Test;

final class S2ARetrievalAugmentorTest {

    private static final List<Content> SOURCES = List.of(
            S2AContentAggregatorTest.content(Corpus.ANSWER, 0.9),
            S2AContentAggregatorTest.content(Corpus.NAMESAKE, 0.8));

    /** Appends the sources to the user's text, as DefaultContentInjector would. */
    private static final RetrievalAugmentor APPENDING = request -> AugmentationResult.builder()
            .chatMessage(UserMessage.from(((UserMessage) request.chatMessage()).singleText()
                    + " Sources: " + Corpus.ANSWER + " " + Corpus.NAMESAKE))
            .contents(SOURCES)
            .build();

    private final ScriptedChatModel model =
            ScriptedChatModel.replying(request -> Regenerations.unbiased(ScriptedChatModel.userTextOf(
                    ScriptedChatModel.lastUserText(request))));

    private final RecordingListener listener = new RecordingListener();

    private static AugmentationRequest request(String text) {
        UserMessage message = UserMessage.from(text);
        return new AugmentationRequest(message, Metadata.from(message, "user-1", List.of()));
    }

    @Test
    void should_regenerate_the_augmented_message_and_keep_the_contents() {
        // given
        RetrievalAugmentor augmentor = S2ARetrievalAugmentor.wrap(APPENDING, ContextRegenerator.llm(model));
        AugmentationRequest request = request(Corpus.BIASED);

        // when
        AugmentationResult result = augmentor.augment(request);

        // then
        assertThat(ScriptedChatModel.userTextOf(ScriptedChatModel.lastUserText(model.requests().get(0))))
                .isEqualTo(Corpus.BIASED + " Sources: " + Corpus.ANSWER + " " + Corpus.NAMESAKE);
        assertThat(result.chatMessage()).isInstanceOf(UserMessage.class);
        assertThat(((UserMessage) result.chatMessage()).singleText())
                .doesNotContain("I think")
                .contains(Corpus.ANSWER)
                .endsWith("Answer in an unbiased way.");
        assertThat(result.contents()).isEqualTo(SOURCES);
        assertThat(((UserMessage) request.chatMessage()).singleText()).isEqualTo(Corpus.BIASED);
    }

    @Test
    void should_return_the_delegates_result_when_the_regeneration_fails() {
        // given
        RetrievalAugmentor augmentor = S2ARetrievalAugmentor.builder()
                .delegate(APPENDING)
                .regenerator(request -> {
                    throw new IllegalStateException("down");
                })
                .listener(listener)
                .build();

        // when
        AugmentationResult result = augmentor.augment(request(Corpus.BIASED));

        // then
        assertThat(((UserMessage) result.chatMessage()).singleText()).startsWith(Corpus.BIASED);
        assertThat(result.contents()).isEqualTo(SOURCES);
        assertThat(listener.fallbacks).hasSize(1);
    }

    @Test
    void should_throw_when_the_regeneration_fails_and_the_policy_is_throw() {
        RetrievalAugmentor augmentor = S2ARetrievalAugmentor.builder()
                .delegate(APPENDING)
                .regenerator(request -> {
                    throw new IllegalStateException("down");
                })
                .failurePolicy(FailurePolicy.THROW)
                .build();

        assertThatThrownBy(() -> augmentor.augment(request(Corpus.BIASED)))
                .isInstanceOf(S2AException.class)
                .hasRootCauseMessage("down");
    }

    @Test
    void should_refuse_to_wrap_itself_and_name_missing_arguments() {
        S2ARetrievalAugmentor once = S2ARetrievalAugmentor.wrap(APPENDING, ContextRegenerator.llm(model));

        assertThat(once.delegate()).isSameAs(APPENDING);
        assertThatThrownBy(() -> S2ARetrievalAugmentor.wrap(once, ContextRegenerator.llm(model)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regenerate twice");
        assertThatThrownBy(() -> once.augment(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("augmentationRequest");
        assertThatThrownBy(() -> S2ARetrievalAugmentor.wrap(null, ContextRegenerator.llm(model)))
                .isInstanceOf(NullPointerException.class).hasMessage("delegate");
        assertThatThrownBy(() -> S2ARetrievalAugmentor.wrap(APPENDING, null))
                .isInstanceOf(NullPointerException.class).hasMessage("regenerator");
        assertThatThrownBy(() -> S2ARetrievalAugmentor.builder().regenerator(ContextRegenerator.llm(model)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("delegate");
    }
}
