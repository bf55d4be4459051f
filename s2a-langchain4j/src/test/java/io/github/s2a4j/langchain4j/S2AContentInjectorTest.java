package io.github.s2a4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.content.Content;
import io.github.s2a4j.core.AnswerPrompt;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.langchain4j.S2AContentAggregatorTest.RecordingListener;
import io.github.s2a4j.testing.Regenerations;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.util.List;
import org.junit.jupiter.api.Test;

final class S2AContentInjectorTest {

    private final ScriptedChatModel model =
            ScriptedChatModel.replying(request -> Regenerations.unbiased(ScriptedChatModel.userTextOf(
                    ScriptedChatModel.lastUserText(request))));

    private final RecordingListener listener = new RecordingListener();

    @Test
    void should_inject_the_contents_into_the_regenerated_message() {
        // given
        S2AContentInjector injector = S2AContentInjector.from(ContextRegenerator.llm(model));

        // when
        ChatMessage injected = injector.inject(
                List.of(Content.from(Corpus.ANSWER)), UserMessage.from("user-7", Corpus.BIASED));

        // then
        assertThat(injected).isInstanceOf(UserMessage.class);
        UserMessage user = (UserMessage) injected;
        assertThat(user.name()).isEqualTo("user-7");
        assertThat(user.singleText()).isEqualTo(Corpus.QUESTION + "\n\nAnswer in an unbiased way.\n\n"
                + "Answer using the following information:\n" + Corpus.ANSWER);
    }

    @Test
    void should_return_the_regenerated_message_alone_when_nothing_was_retrieved() {
        // given
        S2AContentInjector injector = S2AContentInjector.builder()
                .regenerator(ContextRegenerator.llm(model))
                .answerPrompt(AnswerPrompt.notInstructed())
                .build();

        // when
        ChatMessage injected = injector.inject(List.of(), UserMessage.from(Corpus.BIASED));

        // then
        assertThat(((UserMessage) injected).singleText()).isEqualTo(Corpus.QUESTION);
    }

    @Test
    void should_inject_into_the_original_message_when_the_regeneration_fails() {
        // given
        S2AContentInjector injector = S2AContentInjector.builder()
                .regenerator(request -> {
                    throw new IllegalStateException("down");
                })
                .listener(listener)
                .build();
        UserMessage original = UserMessage.from(Corpus.BIASED);

        // when
        ChatMessage injected = injector.inject(List.of(Content.from(Corpus.ANSWER)), original);

        // then
        assertThat(((UserMessage) injected).singleText()).startsWith(Corpus.BIASED).endsWith(Corpus.ANSWER);
        assertThat(listener.fallbacks).containsExactly(Corpus.BIASED);
    }

    @Test
    void should_pass_messages_without_user_text_to_the_delegate_as_they_are() {
        // given
        S2AContentInjector injector = S2AContentInjector.builder()
                .regenerator(ContextRegenerator.llm(model))
                .delegate((contents, message) -> message)
                .build();
        SystemMessage system = SystemMessage.from("You are helpful.");
        UserMessage image = UserMessage.from(ImageContent.from("https://example.com/cat.png"));

        // when / then
        assertThat(injector.inject(List.of(), system)).isSameAs(system);
        assertThat(injector.inject(List.of(), image)).isSameAs(image);
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void should_keep_the_images_of_a_multimodal_message() {
        // given
        S2AContentInjector injector = S2AContentInjector.builder()
                .regenerator(ContextRegenerator.llm(model))
                .delegate((contents, message) -> message)
                .build();
        ImageContent image = ImageContent.from("https://example.com/liccardo.png");

        // when
        UserMessage injected = (UserMessage) injector.inject(
                List.of(), UserMessage.from(TextContent.from(Corpus.BIASED), image));

        // then
        assertThat(injected.contents()).hasSize(2).contains(image);
        assertThat(injected.contents().get(0)).isInstanceOf(TextContent.class);
        assertThat(((TextContent) injected.contents().get(0)).text()).doesNotContain("I think");
    }

    @Test
    void should_name_the_argument_when_it_is_null() {
        S2AContentInjector injector = S2AContentInjector.from(ContextRegenerator.llm(model));

        assertThatThrownBy(() -> injector.inject(null, UserMessage.from("x"))).isInstanceOf(NullPointerException.class)
                .hasMessage("contents");
        assertThatThrownBy(() -> injector.inject(List.of(), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("chatMessage");
        assertThatThrownBy(() -> S2AContentInjector.builder().delegate(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("delegate");
        assertThatThrownBy(() -> S2AContentInjector.builder().answerPrompt(null))
                .isInstanceOf(NullPointerException.class).hasMessage("answerPrompt");
    }
}
