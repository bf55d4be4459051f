package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import dev.langchain4j.model.output.TokenUsage;
import io.github.s2a4j.testing.Prompts;
import io.github.s2a4j.testing.Regenerations;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class S2AChatModelTest {

    private static final String BIASED = "Saratoga is a city in California. I think the answer is Sunnyvale, but I'm "
            + "really not sure. In which city was San Jose's mayor Sam Liccardo born?";
    private static final String OPINION = "I think the answer is Sunnyvale";
    private static final SystemMessage SYSTEM = SystemMessage.from("You are a trivia expert. Answer briefly.");
    private static final ToolSpecification TOOL = ToolSpecification.builder()
            .name("birthplace")
            .description("Looks up where a person was born")
            .build();

    private final ScriptedChatModel model = ScriptedChatModel.s2a(Regenerations::unbiased, request -> "Saratoga");

    @Test
    void should_regenerate_then_answer_from_the_regeneration_alone() {
        // given
        ChatRequest request = ChatRequest.builder()
                .messages(SYSTEM, UserMessage.from(BIASED))
                .toolSpecifications(TOOL)
                .build();

        // when
        ChatResponse response = S2AChatModel.wrap(model).chat(request);

        // then two calls: the regeneration, then the answer
        assertThat(response.aiMessage().text()).isEqualTo("Saratoga");
        assertThat(model.requests()).hasSize(2);

        ChatRequest regeneration = model.requests().get(0);
        assertThat(regeneration.messages()).hasSize(1);
        String regenerationPrompt = ScriptedChatModel.lastUserText(regeneration);
        assertThat(regenerationPrompt)
                .contains("extract the part that is unbiased and not their opinion")
                .doesNotContain(SYSTEM.text());
        assertThat(Prompts.bare(regenerationPrompt)).endsWith("Text by User:\n" + BIASED);
        assertThat(regeneration.toolSpecifications()).isNullOrEmpty();

        ChatRequest answering = model.requests().get(1);
        assertThat(answering.messages()).hasSize(2).first().isEqualTo(SYSTEM);
        assertThat(ScriptedChatModel.lastUserText(answering)).isEqualTo("""
                Saratoga is a city in California.

                In which city was San Jose's mayor Sam Liccardo born?

                Answer in an unbiased way.""");
        assertThat(answering.toolSpecifications()).containsExactly(TOOL);
    }

    @Test
    void should_report_both_calls_token_usage() {
        ChatResponse response = S2AChatModel.wrap(model).chat(UserMessage.from(BIASED));

        assertThat(response.tokenUsage()).isEqualTo(new TokenUsage(200, 20, 220));
        assertThat(response.metadata().tokenUsage()).isEqualTo(new TokenUsage(200, 20, 220));
        assertThat(response.id()).isEqualTo("scripted-2");
        assertThat(response.modelName()).isEqualTo("scripted");
    }

    @Test
    void should_keep_response_format_and_provider_parameters_for_the_answer_only() {
        // given a delegate whose defaults are provider-specific, as OpenAiChatModel's are
        ScriptedChatModel openAiLike = ScriptedChatModel.builder()
                .s2a(Regenerations::unbiased, request -> "{\"city\":\"Saratoga\"}")
                .defaultRequestParameters(OpenAiChatRequestParameters.builder().modelName("gpt-4o-mini").build())
                .build();
        ChatRequest request = ChatRequest.builder()
                .messages(UserMessage.from(BIASED))
                .parameters(OpenAiChatRequestParameters.builder()
                        .seed(42)
                        .user("user-7")
                        .temperature(0.6)
                        .responseFormat(ResponseFormat.JSON)
                        .toolSpecifications(TOOL)
                        .build())
                .build();

        // when
        S2AChatModel.wrap(openAiLike).chat(request);

        // then
        OpenAiChatRequestParameters regeneration =
                (OpenAiChatRequestParameters) openAiLike.requests().get(0).parameters();
        assertThat(regeneration.seed()).isNull();
        assertThat(regeneration.user()).isNull();
        assertThat(regeneration.responseFormat()).isNull();
        assertThat(regeneration.toolSpecifications()).isNullOrEmpty();
        assertThat(regeneration.modelName()).isEqualTo("gpt-4o-mini");

        OpenAiChatRequestParameters answering =
                (OpenAiChatRequestParameters) openAiLike.requests().get(1).parameters();
        assertThat(answering.seed()).isEqualTo(42);
        assertThat(answering.user()).isEqualTo("user-7");
        assertThat(answering.temperature()).isEqualTo(0.6);
        assertThat(answering.responseFormat()).isEqualTo(ResponseFormat.JSON);
        assertThat(answering.toolSpecifications()).containsExactly(TOOL);
        assertThat(answering.modelName()).isEqualTo("gpt-4o-mini");
    }

    @Test
    void should_fire_the_delegate_listeners_once_per_model_call_with_the_caller_options() {
        // given
        List<ChatRequest> seen = new CopyOnWriteArrayList<>();
        List<Object> attributes = new CopyOnWriteArrayList<>();
        AtomicInteger responses = new AtomicInteger();
        ChatModelListener listener = new ChatModelListener() {
            @Override
            public void onRequest(ChatModelRequestContext context) {
                seen.add(context.chatRequest());
                attributes.add(context.attributes().getOrDefault("tenant", "none"));
            }

            @Override
            public void onResponse(ChatModelResponseContext context) {
                responses.incrementAndGet();
            }
        };
        ScriptedChatModel observed = ScriptedChatModel.builder()
                .s2a(Regenerations::unbiased, request -> "Saratoga")
                .listener(listener)
                .build();
        S2AChatModel s2a = S2AChatModel.wrap(observed);

        // when
        s2a.chat(ChatRequest.builder().messages(UserMessage.from(BIASED)).build(),
                ChatRequestOptions.builder().addListenerAttribute("tenant", "acme").build());

        // then each of the two model calls is seen once, not twice
        assertThat(s2a.listeners()).isEmpty();
        assertThat(seen).hasSize(2);
        assertThat(responses).hasValue(2);
        assertThat(ScriptedChatModel.isRegeneration(seen.get(0))).isTrue();
        assertThat(attributes).containsExactly("none", "acme");
    }

    @Test
    void should_call_the_delegate_through_chat_so_its_default_parameters_apply() {
        ScriptedChatModel withDefaults = ScriptedChatModel.builder()
                .s2a(Regenerations::unbiased, request -> "Saratoga")
                .defaultRequestParameters(OpenAiChatRequestParameters.builder()
                        .modelName("default-model")
                        .temperature(0.3)
                        .build())
                .build();

        S2AChatModel.wrap(withDefaults).chat(BIASED);

        assertThat(withDefaults.requests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.parameters().modelName()).isEqualTo("default-model");
            assertThat(request.parameters().temperature()).isEqualTo(0.3);
        });
    }

    @Test
    void should_forward_provider_capabilities_and_default_parameters() {
        OpenAiChatRequestParameters defaults = OpenAiChatRequestParameters.builder().modelName("m").build();
        ScriptedChatModel delegate = ScriptedChatModel.builder()
                .provider(ModelProvider.OPEN_AI)
                .capabilities(Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA))
                .defaultRequestParameters(defaults)
                .build();

        S2AChatModel s2a = S2AChatModel.wrap(delegate);

        assertThat(s2a.provider()).isEqualTo(ModelProvider.OPEN_AI);
        assertThat(s2a.supportedCapabilities()).containsExactly(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
        assertThat(s2a.defaultRequestParameters()).isSameAs(defaults);
        assertThat(s2a.delegate()).isSameAs(delegate);
        assertThat(s2a.toString()).startsWith("S2AChatModel[delegate=");
    }

    @Test
    void should_regenerate_text_and_pass_images_through() {
        ImageContent image = ImageContent.from("https://example.com/cat.png");
        UserMessage user = UserMessage.builder()
                .name("ada")
                .contents(List.of(TextContent.from("I think it's a dog. What animal is in this picture?"), image))
                .build();

        S2AChatModel.wrap(model).chat(user);

        List<Content> regenerationContents = ((UserMessage) model.requests().get(0).messages().get(0)).contents();
        assertThat(regenerationContents).hasSize(1).first().isInstanceOf(TextContent.class);
        UserMessage answering = (UserMessage) model.requests().get(1).messages().get(0);
        assertThat(answering.name()).isEqualTo("ada");
        assertThat(answering.contents()).hasSize(2);
        assertThat(((TextContent) answering.contents().get(0)).text())
                .startsWith("What animal is in this picture?")
                .doesNotContain("dog");
        assertThat(answering.contents().get(1)).isSameAs(image);
    }

    @Test
    void should_leave_system_messages_and_earlier_turns_alone() {
        List<ChatMessage> conversation = List.of(
                SYSTEM, UserMessage.from("Hello"), AiMessage.from("Hi! Ask me anything."), UserMessage.from(BIASED));

        S2AChatModel.wrap(model).chat(conversation);

        assertThat(ScriptedChatModel.lastUserText(model.requests().get(0))).doesNotContain(SYSTEM.text());
        List<ChatMessage> answering = model.requests().get(1).messages();
        assertThat(answering).hasSize(4);
        assertThat(answering.subList(0, 3)).isEqualTo(conversation.subList(0, 3));
        assertThat(ScriptedChatModel.lastUserText(model.requests().get(1))).doesNotContain(OPINION);
    }

    @Test
    void should_show_an_earlier_regenerated_turn_as_regenerated_when_the_history_is_resent() {
        S2AChatModel s2a = S2AChatModel.wrap(model);
        ChatResponse first = s2a.chat(UserMessage.from(BIASED));

        s2a.chat(UserMessage.from(BIASED), first.aiMessage(), UserMessage.from("Are you sure?"));

        assertThat(model.regenerationRequests()).hasSize(2);
        List<ChatMessage> answering = model.answeringRequests().get(1).messages();
        assertThat(ScriptedChatModel.textOf((UserMessage) answering.get(0)))
                .doesNotContain(OPINION)
                .startsWith("Saratoga is a city in California.");
    }

    @Test
    void should_regenerate_a_turn_once_across_its_tool_rounds() {
        // given a turn that is regenerated, then comes back with a tool call and its result
        S2AChatModel s2a = S2AChatModel.wrap(model);
        UserMessage user = UserMessage.from(BIASED);
        s2a.chat(ChatRequest.builder().messages(SYSTEM, user).toolSpecifications(TOOL).build());
        ToolExecutionRequest call = ToolExecutionRequest.builder()
                .id("1").name("birthplace").arguments("{\"person\":\"Sam Liccardo\"}").build();

        // when
        ChatResponse round = s2a.chat(ChatRequest.builder()
                .messages(SYSTEM, user, AiMessage.from(call), ToolExecutionResultMessage.from(call, "Saratoga"))
                .toolSpecifications(TOOL)
                .build());

        // then no new regeneration, and the tool round does not see the biased turn
        assertThat(model.regenerationRequests()).hasSize(1);
        List<ChatMessage> roundMessages = model.requests().get(2).messages();
        assertThat(roundMessages).hasSize(4);
        assertThat(ScriptedChatModel.textOf((UserMessage) roundMessages.get(1))).doesNotContain(OPINION);
        assertThat(roundMessages.get(3)).isInstanceOf(ToolExecutionResultMessage.class);
        assertThat(round.tokenUsage()).isEqualTo(new TokenUsage(100, 10, 110));
    }

    @Test
    void should_regenerate_a_tool_round_it_has_not_seen_before() {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("1").name("birthplace").arguments("{}").build();

        S2AChatModel.wrap(model).chat(
                UserMessage.from(BIASED), AiMessage.from(call), ToolExecutionResultMessage.from(call, "Saratoga"));

        assertThat(model.regenerationRequests()).hasSize(1);
        assertThat(ScriptedChatModel.textOf((UserMessage) model.answeringRequests().get(0).messages().get(0)))
                .doesNotContain(OPINION);
    }

    @Test
    void should_keep_aiservices_format_instructions_out_of_the_regeneration_and_in_the_answer() {
        String instructions = "\nYou must answer strictly in the following JSON format: {\n\"city\": (type: string)\n}";

        S2AChatModel.wrap(model).chat(UserMessage.from(BIASED + instructions));

        assertThat(Prompts.bare(ScriptedChatModel.lastUserText(model.requests().get(0))))
                .endsWith("Text by User:\n" + BIASED);
        assertThat(ScriptedChatModel.lastUserText(model.requests().get(1)))
                .endsWith("Answer in an unbiased way." + instructions);
    }

    @Test
    void should_fall_back_to_the_original_request_and_say_why_when_the_regeneration_is_unusable() {
        // given
        ScriptedChatModel refusing = ScriptedChatModel.s2a(text -> "I can't help with that.", request -> "Sunnyvale");
        List<String> reasons = new ArrayList<>();
        List<String> originals = new ArrayList<>();
        S2AChatModel s2a = S2AChatModel.builder()
                .delegate(refusing)
                .listener(new S2AListener() {
                    @Override
                    public void onFallback(String originalText, S2AException reason) {
                        originals.add(originalText);
                        reasons.add(reason.getMessage());
                    }
                })
                .build();
        ChatRequest request = ChatRequest.builder().messages(SYSTEM, UserMessage.from(BIASED)).build();
        List<ChatMessage> before = List.copyOf(request.messages());

        // when
        ChatResponse response = s2a.chat(request);

        // then
        assertThat(response.aiMessage().text()).isEqualTo("Sunnyvale");
        assertThat(refusing.requests().get(1).messages()).isEqualTo(before);
        assertThat(request.messages()).isEqualTo(before);
        assertThat(originals).containsExactly(BIASED);
        assertThat(reasons).singleElement().asString().contains("neither").contains("Unbiased text context");
        assertThat(response.tokenUsage()).isEqualTo(new TokenUsage(100, 10, 110));
    }

    @Test
    void should_fall_back_when_the_regeneration_model_throws() {
        RuntimeException outage = new RuntimeException("connection reset");
        List<S2AException> reasons = new ArrayList<>();
        S2AChatModel s2a = S2AChatModel.builder()
                .delegate(model)
                .regenerator(request -> { throw outage; })
                .listener(new S2AListener() {
                    @Override
                    public void onFallback(String originalText, S2AException reason) {
                        reasons.add(reason);
                    }
                })
                .build();

        ChatResponse response = s2a.chat(UserMessage.from(BIASED));

        assertThat(response.aiMessage().text()).isEqualTo("Saratoga");
        assertThat(ScriptedChatModel.lastUserText(model.requests().get(0))).isEqualTo(BIASED);
        assertThat(reasons).singleElement().satisfies(reason -> assertThat(reason.getCause()).isSameAs(outage));
    }

    @Test
    void should_throw_when_configured_to() {
        S2AChatModel s2a = S2AChatModel.builder()
                .delegate(ScriptedChatModel.s2a(text -> "", request -> "Saratoga"))
                .failurePolicy(FailurePolicy.THROW)
                .build();

        assertThatThrownBy(() -> s2a.chat(BIASED))
                .isInstanceOf(S2AException.class)
                .hasMessageContaining("empty answer");
    }

    @Test
    void should_throw_with_the_regeneration_failure_as_cause_when_configured_to() {
        RuntimeException outage = new RuntimeException("connection reset");
        S2AChatModel s2a = S2AChatModel.builder()
                .delegate(model)
                .regenerator(request -> { throw outage; })
                .failurePolicy(FailurePolicy.THROW)
                .build();

        assertThatThrownBy(() -> s2a.chat(BIASED)).isInstanceOf(S2AException.class).hasCause(outage);
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void should_tell_the_listener_before_throwing_when_configured_to() {
        List<String> failures = new ArrayList<>();
        S2AChatModel s2a = S2AChatModel.builder()
                .delegate(ScriptedChatModel.s2a(text -> "No labels here.", request -> "Saratoga"))
                .failurePolicy(FailurePolicy.THROW)
                .listener(new S2AListener() {
                    @Override
                    public void onFailure(String originalText, S2AException reason) {
                        failures.add(originalText + " | " + reason.getMessage());
                    }
                })
                .build();

        assertThatThrownBy(() -> s2a.chat(BIASED)).isInstanceOf(S2AException.class);
        assertThat(failures).singleElement().asString().startsWith(BIASED + " | the regeneration has neither");
    }

    @Test
    void should_not_go_on_to_the_answer_when_the_caller_is_interrupted_during_the_regeneration() {
        // given a regeneration model whose call is interrupted, as a cancelled HTTP call would be
        List<String> fallbacks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        S2AChatModel s2a = S2AChatModel.builder()
                .delegate(model)
                .regenerator(request -> {
                    Thread.currentThread().interrupt();
                    throw new RuntimeException(new InterruptedException("cancelled"));
                })
                .listener(new S2AListener() {
                    @Override
                    public void onFallback(String originalText, S2AException reason) {
                        fallbacks.add(originalText);
                    }

                    @Override
                    public void onFailure(String originalText, S2AException reason) {
                        failures.add(originalText);
                    }
                })
                .build();

        // when / then: even under FALL_BACK, a cancelled call fails, interrupt kept, and the model is not called
        try {
            assertThatThrownBy(() -> s2a.chat(BIASED)).isInstanceOf(S2AException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(model.requests()).isEmpty();
        assertThat(fallbacks).isEmpty();
        assertThat(failures).containsExactly(BIASED);
    }

    @Test
    void should_let_the_answering_model_exception_through_unchanged() {
        IllegalArgumentException invalid = new IllegalArgumentException("model not found");
        ScriptedChatModel failing = ScriptedChatModel.builder()
                .script(request -> {
                    if (ScriptedChatModel.isRegeneration(request)) {
                        return AiMessage.from(Regenerations.unbiased(ScriptedChatModel.userTextOf(
                                ScriptedChatModel.lastUserText(request))));
                    }
                    throw invalid;
                })
                .build();

        assertThatThrownBy(() -> S2AChatModel.wrap(failing).chat(BIASED)).isSameAs(invalid);
    }

    @Test
    void should_tell_the_listener_about_each_regeneration_and_reuse() {
        List<String> events = new ArrayList<>();
        S2AChatModel s2a = S2AChatModel.builder()
                .delegate(model)
                .listener(new S2AListener() {
                    @Override
                    public void onRegenerated(RegeneratedContext regenerated) {
                        events.add("regenerated " + regenerated.removed().size());
                    }

                    @Override
                    public void onReused(RegeneratedContext regenerated) {
                        events.add("reused " + regenerated.question());
                    }
                })
                .build();

        s2a.chat(BIASED);
        s2a.chat(BIASED);

        assertThat(events).containsExactly(
                "regenerated 1", "reused In which city was San Jose's mayor Sam Liccardo born?");
        assertThat(model.regenerationRequests()).hasSize(1);
    }

    @Test
    void should_not_let_a_failing_listener_break_the_call() {
        S2AChatModel s2a = S2AChatModel.builder()
                .delegate(model)
                .listener(new S2AListener() {
                    @Override
                    public void onRegenerated(RegeneratedContext regenerated) {
                        throw new IllegalStateException("listener bug");
                    }
                })
                .build();

        assertThat(s2a.chat(BIASED)).isEqualTo("Saratoga");
    }

    @Test
    void should_pass_through_a_request_without_user_text_and_say_so() {
        List<String> skipped = new ArrayList<>();
        S2AChatModel s2a = S2AChatModel.builder()
                .delegate(model)
                .listener(new S2AListener() {
                    @Override
                    public void onSkipped(String reason) {
                        skipped.add(reason);
                    }
                })
                .build();

        s2a.chat(SYSTEM);
        s2a.chat(UserMessage.from(ImageContent.from("https://example.com/cat.png")));

        assertThat(model.regenerationRequests()).isEmpty();
        assertThat(model.requests()).hasSize(2);
        assertThat(skipped).containsExactly("the request has no user message", "the user message has no text");
    }

    @Test
    void should_answer_with_the_configured_step_two_form() {
        S2AChatModel keepOriginal = S2AChatModel.builder()
                .delegate(model)
                .answerPrompt(AnswerPrompt.keepOriginal())
                .build();

        keepOriginal.chat(BIASED);

        assertThat(ScriptedChatModel.lastUserText(model.requests().get(1))).isEqualTo(
                "Original user query (possibly biased): " + BIASED + "\n\n"
                        + "Unbiased context: Saratoga is a city in California.\n\n"
                        + "Given the above unbiased context, answer the following: "
                        + "In which city was San Jose's mayor Sam Liccardo born?");
    }

    @Test
    void should_answer_without_the_instruction_when_not_instructed() {
        S2AChatModel.builder().delegate(model).answerPrompt(AnswerPrompt.notInstructed()).build().chat(BIASED);

        assertThat(ScriptedChatModel.lastUserText(model.requests().get(1))).isEqualTo(
                "Saratoga is a city in California.\n\nIn which city was San Jose's mayor Sam Liccardo born?");
    }

    @Test
    void should_regenerate_with_a_separate_model_when_given_one() {
        ScriptedChatModel cheap = ScriptedChatModel.s2a(Regenerations::unbiased, request -> "unused");

        S2AChatModel.builder().delegate(model).regenerationModel(cheap).build().chat(BIASED);

        assertThat(cheap.requests()).hasSize(1);
        assertThat(model.requests()).hasSize(1);
        assertThat(model.regenerationRequests()).isEmpty();
    }

    @Test
    void should_not_stack_when_wrapped_twice() {
        S2AChatModel once = S2AChatModel.wrap(model);

        assertThat(S2AChatModel.wrap(once)).isSameAs(once);
        assertThatThrownBy(() -> S2AChatModel.builder().delegate(once))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already an S2AChatModel");
    }

    @Test
    void should_name_the_argument_of_every_misuse() {
        assertThatThrownBy(() -> S2AChatModel.wrap(null)).isInstanceOf(NullPointerException.class).hasMessage("delegate");
        assertThatThrownBy(() -> S2AChatModel.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("delegate");
        assertThatThrownBy(() -> S2AChatModel.builder().regenerator(null)).hasMessage("regenerator");
        assertThatThrownBy(() -> S2AChatModel.builder().regenerationModel(null)).hasMessage("regenerationModel");
        assertThatThrownBy(() -> S2AChatModel.builder().answerPrompt(null)).hasMessage("answerPrompt");
        assertThatThrownBy(() -> S2AChatModel.builder().failurePolicy(null)).hasMessage("failurePolicy");
        assertThatThrownBy(() -> S2AChatModel.builder().listener(null)).hasMessage("listener");
        assertThatThrownBy(() -> S2AChatModel.builder().cacheSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cacheSize");
        assertThatThrownBy(() -> S2AChatModel.builder().delegate(model).regenerationModel(model)
                        .regenerator(ContextRegenerator.llm(model)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> S2AChatModel.wrap(model).chat((ChatRequest) null))
                .isInstanceOf(NullPointerException.class).hasMessage("request");
    }

    @Test
    void should_not_change_the_callers_request() {
        UserMessage user = UserMessage.from(BIASED);
        List<ChatMessage> messages = new ArrayList<>(List.of(SYSTEM, user));
        ChatRequest request = ChatRequest.builder().messages(messages).build();

        S2AChatModel.wrap(model).chat(request);

        assertThat(request.messages()).containsExactly(SYSTEM, user);
        assertThat(ScriptedChatModel.textOf(user)).isEqualTo(BIASED);
        assertThat(Map.of("messages", messages)).containsEntry("messages", List.of(SYSTEM, user));
    }
}
