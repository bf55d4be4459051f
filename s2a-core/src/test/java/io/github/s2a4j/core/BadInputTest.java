package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.github.s2a4j.testing.Regenerations;
import io.github.s2a4j.testing.ScriptedChatModel;
import io.github.s2a4j.testing.ScriptedStreamingChatModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Requests a decorator may be handed that are not the plain "one user message" case: each gets a clear
 * exception that names what is wrong, or passes through as documented, through both decorators.
 */
final class BadInputTest {

    private static final String BIASED = "Saratoga is a city in California. I think the answer is Sunnyvale, but I'm "
            + "really not sure. In which city was San Jose's mayor Sam Liccardo born?";
    private static final String REGENERATED = "Saratoga is a city in California.\n\n"
            + "In which city was San Jose's mayor Sam Liccardo born?\n\nAnswer in an unbiased way.";
    private static final SystemMessage SYSTEM = SystemMessage.from("You are terse.");

    /** The two decorators over one recording model that plays both roles. */
    enum Decorator {
        SYNC, STREAMING
    }

    /** One decorator, its model and what it told the listener. */
    static final class Harness {

        final Decorator decorator;
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        final ScriptedChatModel model;
        final ScriptedStreamingChatModel streaming;
        final S2AChatModel sync;
        final S2AStreamingChatModel streamed;

        Harness(Decorator decorator) {
            this(decorator, Regenerations::unbiased);
        }

        Harness(Decorator decorator, Function<String, String> regeneration) {
            this.decorator = decorator;
            this.model = ScriptedChatModel.s2a(regeneration, request -> "Saratoga.");
            this.streaming = ScriptedStreamingChatModel.s2a(regeneration, request -> "Saratoga.");
            S2AListener listener = new S2AListener() {
                @Override
                public void onRegenerated(RegeneratedContext regenerated) {
                    events.add("regenerated");
                }

                @Override
                public void onReused(RegeneratedContext regenerated) {
                    events.add("reused");
                }

                @Override
                public void onFallback(String originalText, S2AException reason) {
                    events.add("fallback: " + reason.getMessage());
                }

                @Override
                public void onSkipped(String reason) {
                    events.add("skipped: " + reason);
                }
            };
            this.sync = S2AChatModel.builder().delegate(model).listener(listener).build();
            this.streamed = S2AStreamingChatModel.builder().delegate(streaming).listener(listener).build();
        }

        /** Sends the request; returns the answer. */
        String chat(ChatRequest request) {
            if (decorator == Decorator.SYNC) {
                return sync.chat(request).aiMessage().text();
            }
            List<@Nullable Object> outcome = new ArrayList<>();
            streamed.chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onCompleteResponse(ChatResponse completeResponse) {
                    outcome.add(completeResponse.aiMessage().text());
                }

                @Override
                public void onError(Throwable error) {
                    outcome.add(error);
                }
            });
            assertThat(outcome).hasSize(1);
            if (outcome.get(0) instanceof RuntimeException error) {
                throw error;
            }
            return (String) outcome.get(0);
        }

        /** Every request the model was sent. */
        List<ChatRequest> requests() {
            return decorator == Decorator.SYNC ? model.requests() : streaming.requests();
        }

        List<ChatRequest> answering() {
            return requests().stream().filter(request -> !ScriptedChatModel.isRegeneration(request)).toList();
        }

        List<ChatRequest> regenerations() {
            return requests().stream().filter(ScriptedChatModel::isRegeneration).toList();
        }
    }

    private static ChatRequest request(ChatMessage... messages) {
        return ChatRequest.builder().messages(messages).build();
    }

    @ParameterizedTest
    @EnumSource(Decorator.class)
    void should_reject_an_empty_message_list_as_langchain4j_does(Decorator decorator) {
        Harness harness = new Harness(decorator);

        assertThatThrownBy(() -> {
            if (decorator == Decorator.SYNC) {
                harness.sync.chat(List.of());
            } else {
                harness.streamed.chat(List.of(), new RejectingHandler());
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messages");
        assertThat(harness.requests()).isEmpty();
        assertThat(harness.events).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Decorator.class)
    void should_pass_a_blank_user_text_through_untouched(Decorator decorator) {
        Harness harness = new Harness(decorator);
        ChatRequest request = request(SYSTEM, UserMessage.from("  \n\t "));

        String answer = harness.chat(request);

        assertThat(answer).isEqualTo("Saratoga.");
        assertThat(harness.requests()).singleElement()
                .satisfies(sent -> assertThat(sent.messages()).isEqualTo(request.messages()));
        assertThat(harness.events).containsExactly("skipped: the user message has no text");
    }

    @ParameterizedTest
    @EnumSource(Decorator.class)
    void should_regenerate_a_one_megabyte_user_text(Decorator decorator) {
        // given a text of about 1 MB: twenty thousand distinct sentences, an opinion, a question
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append("Town ").append(i).append(" lies ").append(i % 97).append(" miles north of the river. ");
        }
        String big = text + "I think it's town 12, but I'm not sure. Which town lies on the river?";
        Harness harness = new Harness(decorator, userText -> "Unbiased text context: Town 0 lies 0 miles north of "
                + "the river.\nQuestion/Query: Which town lies on the river?");

        // when
        String answer = harness.chat(request(UserMessage.from(big)));

        // then the whole text was sent, delimited, and the answering call saw the regeneration
        assertThat(answer).isEqualTo("Saratoga.");
        assertThat(ScriptedChatModel.userTextOf(ScriptedChatModel.lastUserText(harness.regenerations().get(0))))
                .isEqualTo(big);
        assertThat(ScriptedChatModel.lastUserText(harness.answering().get(0))).isEqualTo("Town 0 lies 0 miles "
                + "north of the river.\n\nWhich town lies on the river?\n\nAnswer in an unbiased way.");
        assertThat(harness.events).containsExactly("regenerated");
    }

    @ParameterizedTest
    @EnumSource(Decorator.class)
    void should_pass_a_request_of_system_messages_only_through_untouched(Decorator decorator) {
        Harness harness = new Harness(decorator);
        ChatRequest request = request(SYSTEM, SystemMessage.from("Answer in French."));

        harness.chat(request);

        assertThat(harness.requests()).singleElement()
                .satisfies(sent -> assertThat(sent.messages()).isEqualTo(request.messages()));
        assertThat(harness.events).containsExactly("skipped: the request has no user message");
    }

    @ParameterizedTest
    @EnumSource(Decorator.class)
    void should_regenerate_the_last_user_message_when_the_last_message_is_the_assistants(Decorator decorator) {
        // given a conversation that ends with an assistant prefill
        Harness harness = new Harness(decorator);
        AiMessage prefill = AiMessage.from("The city is");
        ChatRequest request = request(SYSTEM, UserMessage.from(BIASED), prefill);

        // when
        harness.chat(request);

        // then the user's turn is regenerated in its place, and the messages around it are kept
        List<ChatMessage> sent = harness.answering().get(0).messages();
        assertThat(sent).hasSize(3);
        assertThat(sent.get(0)).isEqualTo(SYSTEM);
        assertThat(ScriptedChatModel.textOf((UserMessage) sent.get(1))).isEqualTo(REGENERATED);
        assertThat(sent.get(2)).isEqualTo(prefill);
        assertThat(harness.events).containsExactly("regenerated");
    }

    @ParameterizedTest
    @EnumSource(Decorator.class)
    void should_regenerate_a_turn_once_across_its_tool_rounds(Decorator decorator) {
        // given the second and third rounds of a turn that called tools
        Harness harness = new Harness(decorator);
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("1").name("birthplace").arguments("{}").build();
        ToolExecutionResultMessage result = ToolExecutionResultMessage.from(call, "Saratoga");
        ChatRequest round = request(SYSTEM, UserMessage.from(BIASED), AiMessage.from(call), result);

        // when
        harness.chat(round);
        harness.chat(round);

        // then one regeneration, reused; the tool messages reach the answering model as they were
        assertThat(harness.regenerations()).hasSize(1);
        assertThat(harness.answering()).hasSize(2).allSatisfy(sent -> {
            assertThat(ScriptedChatModel.textOf((UserMessage) sent.messages().get(1))).isEqualTo(REGENERATED);
            assertThat(sent.messages().subList(2, 4)).containsExactly(AiMessage.from(call), result);
        });
        assertThat(harness.events).containsExactly("regenerated", "reused");
    }

    @ParameterizedTest
    @EnumSource(Decorator.class)
    void should_pass_a_user_message_without_text_through_untouched(Decorator decorator) {
        Harness harness = new Harness(decorator);
        UserMessage picture = UserMessage.from(ImageContent.from("https://example.com/saratoga.png"));
        ChatRequest request = request(SYSTEM, picture);

        harness.chat(request);

        assertThat(harness.requests()).singleElement()
                .satisfies(sent -> assertThat(sent.messages()).isEqualTo(request.messages()));
        assertThat(harness.events).containsExactly("skipped: the user message has no text");
    }

    @ParameterizedTest
    @EnumSource(Decorator.class)
    void should_regenerate_the_text_of_a_multimodal_message_and_keep_its_image(Decorator decorator) {
        Harness harness = new Harness(decorator);
        ImageContent image = ImageContent.from("https://example.com/saratoga.png");
        ChatRequest request = request(UserMessage.from(image, TextContent.from(BIASED)));

        harness.chat(request);

        List<Content> contents = ((UserMessage) harness.answering().get(0).messages().get(0)).contents();
        assertThat(contents).containsExactly(image, TextContent.from(REGENERATED));
        assertThat(harness.events).containsExactly("regenerated");
    }

    /** A handler for calls that must not get as far as streaming. */
    static final class RejectingHandler implements StreamingChatResponseHandler {

        @Override
        public void onCompleteResponse(ChatResponse completeResponse) {
            throw new AssertionError("no response expected");
        }

        @Override
        public void onError(Throwable error) {
            throw new AssertionError("no error expected", error);
        }
    }
}
