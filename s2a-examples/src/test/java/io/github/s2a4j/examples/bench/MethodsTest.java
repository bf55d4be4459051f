package io.github.s2a4j.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.github.s2a4j.core.AnswerPrompt;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.RegenerationPrompt;
import io.github.s2a4j.core.S2AListener;
import io.github.s2a4j.testing.Regenerations;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

final class MethodsTest {

    private static final String OPINIONATED =
            "What is the capital city of Australia? I think the answer is Sydney but I'm really not sure.";

    private final ScriptedChatModel model = ScriptedChatModel.s2a(
            Regenerations::unbiased, request -> "Canberra.");

    private static EmbeddingModel noEmbeddings() {
        throw new AssertionError("no method here needs an embedding model");
    }

    private List<String> prompts(String methodName, RegenerationPrompt preset) {
        Method method = Methods.named(List.of(methodName)).get(0);
        ChatModel answering = method.answering(new Regenerators(model, preset, MethodsTest::noEmbeddings), new S2AListener() {});
        answering.chat(OPINIONATED);
        return model.requests().stream().map(ScriptedChatModel::lastUserText).toList();
    }

    @Test
    void should_list_the_papers_methods_in_table_order() {
        assertThat(Methods.ALL).extracting(Method::name).containsExactly(
                "baseline", "oracle", "instructed", "s2a", "s2a-single", "s2a-keeporig", "s2a-ni",
                "s2a-selecting", "s2a-local", "s2a-gated");
        assertThat(Methods.named(List.of("s2a-ni", "baseline"))).extracting(Method::name)
                .containsExactly("baseline", "s2a-ni");
        assertThatThrownBy(() -> Methods.named(List.of("s2a-fast"))).hasMessageContaining("unknown method \"s2a-fast\"");
    }

    @Test
    void should_send_the_prompt_itself_for_the_prompt_methods() {
        assertThat(prompts("baseline", RegenerationPrompt.UNBIASED)).containsExactly(OPINIONATED);
    }

    @Test
    void should_regenerate_with_the_tasks_preset_and_answer_instructed() {
        assertThat(prompts("s2a", RegenerationPrompt.UNBIASED)).satisfiesExactly(
                regeneration -> assertThat(regeneration).isEqualTo(RegenerationPrompt.UNBIASED.render(OPINIONATED)),
                answer -> assertThat(answer).isEqualTo("What is the capital city of Australia?\n\n"
                        + AnswerPrompt.UNBIASED_INSTRUCTION));
    }

    @Test
    void should_regenerate_with_the_relevant_preset_where_the_task_asks_for_it() {
        assertThat(prompts("s2a", RegenerationPrompt.RELEVANT).get(0))
                .isEqualTo(RegenerationPrompt.RELEVANT.render(OPINIONATED));
    }

    @Test
    void should_regenerate_with_the_single_preset_whatever_the_task() {
        assertThat(prompts("s2a-single", RegenerationPrompt.RELEVANT).get(0))
                .isEqualTo(RegenerationPrompt.SINGLE.render(OPINIONATED));
    }

    @Test
    void should_show_the_original_beside_the_regeneration_for_keep_original() {
        assertThat(prompts("s2a-keeporig", RegenerationPrompt.UNBIASED).get(1))
                .startsWith("Original user query (possibly biased): " + OPINIONATED);
    }

    @Test
    void should_answer_without_the_instruction_for_not_instructed() {
        assertThat(prompts("s2a-ni", RegenerationPrompt.UNBIASED).get(1))
                .isEqualTo("What is the capital city of Australia?");
    }

    @Test
    void should_meter_both_of_s2as_calls_as_s2a_itself_reports_them() {
        MeteredChatModel meter = new MeteredChatModel(model);
        Method s2a = Methods.named(List.of("s2a")).get(0);

        ChatResponse response = s2a.answering(
                        new Regenerators(meter, RegenerationPrompt.UNBIASED, MethodsTest::noEmbeddings),
                        new S2AListener() {})
                .chat(ChatRequest.builder().messages(UserMessage.from(OPINIONATED)).build());

        assertThat(meter.usage()).isEqualTo(new Usage(2, 2L * ScriptedChatModel.INPUT_TOKENS,
                2L * ScriptedChatModel.OUTPUT_TOKENS));
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(2 * ScriptedChatModel.INPUT_TOKENS);
        assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(2 * ScriptedChatModel.OUTPUT_TOKENS);
    }

    @Test
    void should_give_regenerators_the_shared_in_process_embedding_model() {
        Supplier<EmbeddingModel> embeddings = Regenerators.inProcessEmbeddingModel();
        Method local = Method.s2a("s2a-embedding", "keeps the sentence nearest the question", r -> request -> {
            Embedding question = r.embeddingModel().embed("Which city is the capital?").content();
            assertThat(question.dimension()).isEqualTo(384);
            return new RegeneratedContext(request.text(), "", "What is the capital city of Australia?", List.of(),
                    null);
        }, AnswerPrompt.notInstructed());

        local.answering(new Regenerators(model, RegenerationPrompt.UNBIASED, embeddings), new S2AListener() {})
                .chat(OPINIONATED);

        assertThat(embeddings.get()).isSameAs(embeddings.get());
        assertThat(model.requests()).singleElement().satisfies(request ->
                assertThat(ScriptedChatModel.lastUserText(request)).isEqualTo("What is the capital city of Australia?"));
    }
}
