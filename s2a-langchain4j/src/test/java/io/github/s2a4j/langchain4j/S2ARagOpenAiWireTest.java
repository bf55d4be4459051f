package io.github.s2a4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.testing.FakeOpenAiServer;
import io.github.s2a4j.testing.Prompts;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole S2A chain with LangChain4j's own OpenAI client over real HTTP to a server on 127.0.0.1, which answers
 * regeneration prompts as a good model would and records every request body.
 */
final class S2ARagOpenAiWireTest {

    interface Assistant {
        Result<String> answer(String question);
    }

    private final FakeOpenAiServer server = FakeOpenAiServer.start(body -> {
        String prompt = FakeOpenAiServer.lastUserContent(body);
        return FakeOpenAiServer.Reply.of(GoodRegenerations.isRegeneration(prompt)
                ? GoodRegenerations.answer(prompt, Corpus.RELEVANT)
                : "Sam Liccardo was born in Saratoga.");
    });

    private final RecordingContentRetriever retriever = new RecordingContentRetriever(Corpus.retriever());

    private S2ARag rag;

    @AfterEach
    void stop() {
        if (rag != null) {
            rag.close();
        }
        server.close();
    }

    private ChatModel openAi() {
        return OpenAiChatModel.builder()
                .baseUrl(server.baseUrl())
                .apiKey("test-key")
                .modelName("gpt-4o-mini")
                .build();
    }

    @Test
    void should_filter_the_rag_chain_over_the_openai_wire_format() {
        // given: one model regenerates, the same client answers
        ChatModel model = openAi();
        rag = S2ARag.retrievalAugmentor(retriever, ContextRegenerator.llm(model));
        Assistant assistant = AiServices.builder(Assistant.class).chatModel(model).retrievalAugmentor(rag).build();

        // when
        Result<String> result = assistant.answer(Corpus.BIASED);

        // then
        assertThat(result.content()).isEqualTo("Sam Liccardo was born in Saratoga.");
        assertThat(retriever.queryTexts()).containsExactly(Corpus.QUESTION);
        List<String> prompts = server.requests().stream().map(FakeOpenAiServer::lastUserContent).toList();
        assertThat(prompts).hasSize(1 + 3 + 1);
        assertThat(Prompts.bare(prompts.get(0))).endsWith("Text by User:\n" + Corpus.BIASED);
        assertThat(prompts.subList(1, 4)).allSatisfy(prompt -> assertThat(Prompts.bare(prompt))
                .startsWith("Given the following passage")
                .endsWith("Question:\n" + Corpus.QUESTION));
        JsonNode answering = server.requests().get(4);
        assertThat(answering.path("messages")).hasSize(1);
        assertThat(FakeOpenAiServer.lastUserContent(answering))
                .startsWith(Corpus.QUESTION)
                .contains(Corpus.BIOGRAPHY)
                .doesNotContain("Sunnyvale", "I think");
        assertThat(result.sources()).extracting(content -> content.textSegment().text())
                .containsExactly(Corpus.BIOGRAPHY);
        assertThat(result.tokenUsage().inputTokenCount()).isEqualTo(FakeOpenAiServer.Reply.PROMPT_TOKENS);
    }
}
