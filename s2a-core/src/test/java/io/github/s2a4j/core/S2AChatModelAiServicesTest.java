package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.MemoryId;
import io.github.s2a4j.testing.Prompts;
import io.github.s2a4j.testing.Regenerations;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** S2A under LangChain4j's real AiServices: chat memory, a tool, and a POJO return type. */
final class S2AChatModelAiServicesTest {

    private static final String SYSTEM = "You are a trivia expert.";
    private static final String BIASED = "Saratoga is a city in California. I think the answer is Sunnyvale, but I'm "
            + "really not sure. In which city was San Jose's mayor Sam Liccardo born?";
    private static final String OPINION = "I think the answer is Sunnyvale";

    record Birthplace(String city, int confidence) {}

    interface Trivia {
        @dev.langchain4j.service.SystemMessage(SYSTEM)
        Birthplace birthplace(@MemoryId String user, @dev.langchain4j.service.UserMessage String question);

        @dev.langchain4j.service.SystemMessage(SYSTEM)
        String chat(@MemoryId String user, @dev.langchain4j.service.UserMessage String message);
    }

    static final class People {

        final AtomicInteger lookups = new AtomicInteger();

        @Tool("Looks up where a person was born")
        String bornIn(@P("the person's full name") String person) {
            lookups.incrementAndGet();
            return person.equals("Sam Liccardo") ? "Saratoga" : "unknown";
        }
    }

    /** Calls the tool on the first answering round, then answers in JSON or prose. */
    private static AiMessage answer(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        ChatMessage last = messages.get(messages.size() - 1);
        if (last instanceof ToolExecutionResultMessage result) {
            return AiMessage.from("{\"city\": \"" + result.text() + "\", \"confidence\": 9}");
        }
        if (ScriptedChatModel.lastUserText(request).contains("Liccardo")) {
            return AiMessage.from(ToolExecutionRequest.builder()
                    .id("call-1")
                    .name("bornIn")
                    .arguments("{\"person\": \"Sam Liccardo\"}")
                    .build());
        }
        return AiMessage.from("Yes, I am sure.");
    }

    private final ScriptedChatModel model = ScriptedChatModel.builder()
            .script(request -> ScriptedChatModel.isRegeneration(request)
                    ? AiMessage.from(Regenerations.unbiased(
                            ScriptedChatModel.userTextOf(ScriptedChatModel.lastUserText(request))))
                    : answer(request))
            .build();
    private final People people = new People();

    private Trivia trivia(dev.langchain4j.model.chat.ChatModel chatModel) {
        return AiServices.builder(Trivia.class)
                .chatModel(chatModel)
                .chatMemoryProvider(user -> MessageWindowChatMemory.withMaxMessages(20))
                .tools(people)
                .build();
    }

    @Test
    void should_answer_a_tool_using_pojo_service_with_one_regeneration_per_turn() {
        // when
        Birthplace birthplace = trivia(S2AChatModel.wrap(model)).birthplace("ada", BIASED);

        // then the service works as without S2A
        assertThat(birthplace).isEqualTo(new Birthplace("Saratoga", 9));
        assertThat(people.lookups).hasValue(1);

        // one regeneration, carrying the user's text and nothing of the developer's
        assertThat(model.regenerationRequests()).singleElement().satisfies(regeneration -> {
            assertThat(regeneration.messages()).hasSize(1).first().isInstanceOf(UserMessage.class);
            assertThat(Prompts.bare(ScriptedChatModel.lastUserText(regeneration)))
                    .endsWith("Text by User:\n" + BIASED)
                    .doesNotContain(SYSTEM)
                    .doesNotContain("You must answer strictly");
            assertThat(regeneration.toolSpecifications()).isNullOrEmpty();
        });

        // two answering rounds (the tool call, then the answer), neither seeing the biased turn
        assertThat(model.answeringRequests()).hasSize(2).allSatisfy(answering -> {
            assertThat(answering.messages().get(0)).isEqualTo(SystemMessage.from(SYSTEM));
            assertThat(answering.toolSpecifications()).extracting(spec -> spec.name()).containsExactly("bornIn");
            UserMessage user = (UserMessage) answering.messages().get(1);
            assertThat(ScriptedChatModel.textOf(user))
                    .doesNotContain(OPINION)
                    .startsWith("Saratoga is a city in California.")
                    .contains("Answer in an unbiased way.")
                    .contains("\nYou must answer strictly in the following JSON format:");
        });
        assertThat(model.answeringRequests().get(1).messages()).last().isInstanceOf(ToolExecutionResultMessage.class);
    }

    @Test
    void should_keep_the_next_turn_free_of_the_earlier_bias_in_memory() {
        Trivia trivia = trivia(S2AChatModel.wrap(model));
        trivia.birthplace("ada", BIASED);

        String reply = trivia.chat("ada", "Are you sure? I really think it was Sunnyvale.");

        assertThat(reply).isEqualTo("Yes, I am sure.");
        assertThat(model.regenerationRequests()).hasSize(2);
        ChatRequest last = model.requests().get(model.requests().size() - 1);
        assertThat(last.messages()).filteredOn(UserMessage.class::isInstance)
                .hasSize(2)
                .allSatisfy(user -> assertThat(ScriptedChatModel.textOf((UserMessage) user))
                        .doesNotContain(OPINION)
                        .doesNotContain("I really think"));
    }

    @Test
    void should_use_json_schema_response_format_when_the_delegate_supports_it() {
        ScriptedChatModel schemaModel = ScriptedChatModel.builder()
                .script(request -> ScriptedChatModel.isRegeneration(request)
                        ? AiMessage.from(Regenerations.unbiased(
                                ScriptedChatModel.userTextOf(ScriptedChatModel.lastUserText(request))))
                        : answer(request))
                .capabilities(Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA))
                .build();

        Birthplace birthplace = trivia(S2AChatModel.wrap(schemaModel)).birthplace("ada", BIASED);

        assertThat(birthplace.city()).isEqualTo("Saratoga");
        assertThat(schemaModel.regenerationRequests()).singleElement()
                .satisfies(regeneration -> assertThat(regeneration.responseFormat()).isNull());
        assertThat(schemaModel.answeringRequests()).allSatisfy(answering ->
                assertThat(answering.responseFormat().type()).isEqualTo(ResponseFormatType.JSON));
    }
}
