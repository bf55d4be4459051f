package io.github.s2a4j.langchain4j;

import static io.github.s2a4j.langchain4j.Corpus.ANSWER;
import static io.github.s2a4j.langchain4j.Corpus.BIASED;
import static io.github.s2a4j.langchain4j.Corpus.BIOGRAPHY;
import static io.github.s2a4j.langchain4j.Corpus.CAMPAIGN_OFFICE;
import static io.github.s2a4j.langchain4j.Corpus.NAMESAKE;
import static io.github.s2a4j.langchain4j.Corpus.QUESTION;
import static io.github.s2a4j.langchain4j.Corpus.SUNNYVALE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.testing.Prompts;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real parts end to end: AiServices, LangChain4j's DefaultRetrievalAugmentor, an InMemoryEmbeddingStore and the
 * in-process all-MiniLM-L6-v2 over a corpus with distractors. Only the models are scripted: the answering model
 * records the prompt it sees, the regeneration model answers as a good one would.
 */
final class S2ARagAiServicesTest {

    interface Assistant {
        Result<String> answer(String question);
    }

    /** Answers every answering prompt with "Saratoga." and records what it was sent. */
    private final ScriptedChatModel answering = ScriptedChatModel.replying(request -> "Saratoga.");

    /** Regenerates like a good model; the sentence of the corpus that answers the question is the ground truth. */
    private final ScriptedChatModel regenerating = ScriptedChatModel.replying(
            request -> GoodRegenerations.answer(GoodRegenerations.promptOf(request), Corpus.RELEVANT));

    private final RecordingContentRetriever retriever = new RecordingContentRetriever(Corpus.retriever());

    private S2ARag rag;

    @AfterEach
    void close() {
        if (rag != null) {
            rag.close();
        }
    }

    private Assistant assistant(RetrievalAugmentor augmentor) {
        return AiServices.builder(Assistant.class).chatModel(answering).retrievalAugmentor(augmentor).build();
    }

    private String promptSeenByTheModel() {
        List<ChatRequest> requests = answering.requests();
        assertThat(requests).hasSize(1);
        return ScriptedChatModel.lastUserText(requests.get(0));
    }

    @Test
    void should_inject_the_distractors_and_the_opinion_into_the_prompt_when_the_chain_is_plain() {
        // given
        Assistant plain = assistant(DefaultRetrievalAugmentor.builder().contentRetriever(retriever).build());

        // when
        plain.answer(BIASED);

        // then: the opinion steers retrieval towards Sunnyvale, and all of it reaches the model
        assertThat(retriever.queryTexts()).containsExactly(BIASED);
        assertThat(retriever.retrievedTexts()).containsExactlyInAnyOrder(BIOGRAPHY, NAMESAKE, CAMPAIGN_OFFICE, SUNNYVALE);
        assertThat(promptSeenByTheModel())
                .startsWith(BIASED)
                .contains(NAMESAKE, CAMPAIGN_OFFICE, SUNNYVALE, BIOGRAPHY);
    }

    @Test
    void should_take_the_opinion_out_of_the_query_and_the_distractors_out_of_the_prompt_when_the_chain_is_s2a() {
        // given
        rag = S2ARag.retrievalAugmentor(retriever, ContextRegenerator.llm(regenerating));
        Assistant s2a = assistant(rag);

        // when
        Result<String> result = s2a.answer(BIASED);

        // then: the retriever is asked the question alone, so the city the user guessed is not retrieved
        assertThat(retriever.queryTexts()).containsExactly(QUESTION);
        assertThat(retriever.retrievedTexts()).containsExactlyInAnyOrder(BIOGRAPHY, NAMESAKE, CAMPAIGN_OFFICE);
        // and the passages about someone or something else never reach the model, nor does the opinion
        String prompt = promptSeenByTheModel();
        assertThat(prompt)
                .startsWith(QUESTION)
                .contains(BIOGRAPHY, "Answer in an unbiased way.")
                .doesNotContain("Sunnyvale", "I think", NAMESAKE, CAMPAIGN_OFFICE);
        assertThat(result.content()).isEqualTo("Saratoga.");
        // one regeneration for the user's turn (reused for the prompt), one per retrieved content
        assertThat(regenerating.requests()).hasSize(1 + 3);
    }

    @Test
    void should_keep_the_sources_with_their_metadata_and_scores() {
        // given
        rag = S2ARag.builder()
                .contentRetriever(retriever)
                .regenerator(ContextRegenerator.llm(regenerating))
                .dropIrrelevantSentences(true)
                .build();

        // when
        Result<String> result = assistant(rag).answer(BIASED);

        // then: the kept source is cut to the sentence that answers, and knows where it came from
        assertThat(result.sources()).hasSize(1);
        Content source = result.sources().get(0);
        assertThat(source.textSegment().text()).isEqualTo(ANSWER);
        assertThat(source.textSegment().metadata().getString("source")).isEqualTo(Corpus.sourceOf(BIOGRAPHY));
        assertThat(source.metadata()).containsKeys(ContentMetadata.SCORE, ContentMetadata.EMBEDDING_ID);
        assertThat((Double) source.metadata().get(ContentMetadata.SCORE)).isGreaterThan(Corpus.MIN_SCORE);
        assertThat(promptSeenByTheModel()).contains(ANSWER).doesNotContain("He later moved to San Jose");
    }

    @Test
    void should_regenerate_the_augmented_message_and_keep_the_sources_when_wrapping_a_plain_augmentor() {
        // given
        RetrievalAugmentor augmentor = S2ARetrievalAugmentor.wrap(
                DefaultRetrievalAugmentor.builder().contentRetriever(retriever).build(),
                ContextRegenerator.llm(regenerating));

        // when
        Result<String> result = assistant(augmentor).answer(BIASED);

        // then: the regeneration model saw the whole augmented message and the answering model its regeneration
        assertThat(regenerating.requests()).hasSize(1);
        assertThat(Prompts.bare(GoodRegenerations.promptOf(regenerating.requests().get(0))))
                .contains("Text by User:\n" + BIASED, "Answer using the following information:", NAMESAKE);
        assertThat(promptSeenByTheModel())
                .doesNotContain("I think")
                .endsWith("Answer in an unbiased way.");
        assertThat(result.sources()).extracting(content -> content.textSegment().text())
                .containsExactlyInAnyOrder(BIOGRAPHY, NAMESAKE, CAMPAIGN_OFFICE, SUNNYVALE);
        assertThat(result.sources()).allSatisfy(
                content -> assertThat(content.metadata()).containsKey(ContentMetadata.SCORE));
        assertThat(answering.requests().get(0).messages()).last().isInstanceOf(UserMessage.class);
    }
}
