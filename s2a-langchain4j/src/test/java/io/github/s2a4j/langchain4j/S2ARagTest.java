package io.github.s2a4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.AugmentationResult;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.RegenerationRequest;
import io.github.s2a4j.langchain4j.S2AContentAggregatorTest.RecordingListener;
import io.github.s2a4j.langchain4j.S2AContentAggregatorTest.RecordingRegenerator;
import io.github.s2a4j.testing.Regenerations;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

final class S2ARagTest {

    private static final List<Content> CONTENTS = List.of(
            S2AContentAggregatorTest.content(Corpus.BIOGRAPHY, 0.9),
            S2AContentAggregatorTest.content(Corpus.NAMESAKE, 0.86),
            S2AContentAggregatorTest.content(Corpus.SUNNYVALE, 0.7));

    /** A user's text regenerates as the paper's prompt would; a passage keeps its sentences about a birth in Saratoga. */
    private final RecordingRegenerator regenerator = new RecordingRegenerator(request -> request.query() == null
            ? ContextRegenerator.llm(ScriptedChatModel.replying(chat -> Regenerations.unbiased(request.text())))
                    .regenerate(request)
            : S2AContentAggregatorTest.keep(request, sentence -> sentence.contains("born in Saratoga")));

    private final RecordingListener listener = new RecordingListener();

    private final List<Query> queries = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final ContentRetriever retriever = query -> {
        queries.add(query);
        return CONTENTS;
    };

    private static AugmentationRequest request(String text) {
        UserMessage message = UserMessage.from(text);
        return new AugmentationRequest(message, Metadata.from(message, "user-1", List.of()));
    }

    @Test
    void should_try_a_failing_user_turn_once_per_augmentation_and_report_it_once() {
        // given a regenerator that fails on the user's text and keeps every passage
        RecordingRegenerator failing = new RecordingRegenerator(request -> {
            if (request.query() == null) {
                throw new IllegalStateException("regeneration model down");
            }
            return S2AContentAggregatorTest.keep(request, sentence -> true);
        });
        try (S2ARag rag = S2ARag.builder().contentRetriever(retriever).regenerator(failing).listener(listener).build()) {

            // when
            AugmentationResult result = rag.augment(request(Corpus.BIASED));
            rag.augment(request(Corpus.BIASED));

            // then each augmentation tried the user's text once (the query), not again for the prompt
            assertThat(failing.requests()).filteredOn(request -> request.query() == null).hasSize(2);
            assertThat(listener.fallbacks).containsExactly(Corpus.BIASED, Corpus.BIASED);
            assertThat(queries).extracting(Query::text).containsExactly(Corpus.BIASED, Corpus.BIASED);
            assertThat(((UserMessage) result.chatMessage()).singleText()).startsWith(Corpus.BIASED);
        }
    }

    @Test
    void should_regenerate_the_user_turn_once_for_the_query_and_the_prompt() {
        // given
        try (S2ARag rag = S2ARag.builder()
                .contentRetriever(retriever)
                .regenerator(regenerator)
                .listener(listener)
                .dropIrrelevantSentences(true)
                .build()) {

            // when
            AugmentationResult result = rag.augment(request(Corpus.BIASED));

            // then
            assertThat(regenerator.requests()).filteredOn(request -> request.query() == null)
                    .containsExactly(RegenerationRequest.of(Corpus.BIASED));
            assertThat(regenerator.requests()).filteredOn(request -> request.query() != null).hasSize(3);
            assertThat(listener.regenerated).hasSize(1 + 3);
            assertThat(listener.reused).singleElement()
                    .satisfies(reused -> assertThat(reused.original()).isEqualTo(Corpus.BIASED));
            assertThat(queries).extracting(Query::text).containsExactly(Corpus.QUESTION);
            assertThat(queries.get(0).metadata().chatMessage()).isEqualTo(UserMessage.from(Corpus.BIASED));
            assertThat(result.contents()).extracting(content -> content.textSegment().text())
                    .containsExactly(Corpus.ANSWER);
            assertThat(((UserMessage) result.chatMessage()).singleText())
                    .isEqualTo(Corpus.QUESTION + "\n\nAnswer in an unbiased way.\n\n"
                            + "Answer using the following information:\n" + Corpus.ANSWER);
        }
    }

    @Test
    void should_retrieve_with_the_question_alone_when_the_query_does_not_include_the_context() {
        // given
        String trip = "I'm planning a trip to Lyon in May. I think it rains all the time. What should I pack?";
        try (S2ARag rag = S2ARag.builder()
                .contentRetriever(retriever)
                .regenerator(regenerator)
                .queryIncludesContext(false)
                .build()) {

            // when
            rag.augment(request(trip));

            // then
            assertThat(queries).extracting(Query::text).containsExactly("What should I pack?");
        }
    }

    @Test
    void should_filter_what_the_given_aggregator_kept_and_inject_with_the_given_injector() {
        // given: a router over two retrievers, an aggregator that keeps the first two, an injector of its own
        ContentRetriever other = query -> List.of(S2AContentAggregatorTest.content(Corpus.CAMPAIGN_OFFICE, 0.8));
        try (S2ARag rag = S2ARag.builder()
                .queryRouter(query -> List.of(retriever, other))
                .regenerator(regenerator)
                .contentAggregator(queryToContents -> queryToContents.values().iterator().next().stream()
                        .flatMap(List::stream)
                        .limit(2)
                        .toList())
                .contentInjector((contents, message) -> UserMessage.from(((UserMessage) message).singleText()
                        + " | " + contents.size() + " source(s)"))
                .answerPrompt(regenerated -> regenerated.question())
                .parallelism(1)
                .build()) {

            // when
            AugmentationResult result = rag.augment(request(Corpus.BIASED));

            // then
            assertThat(regenerator.requests()).filteredOn(request -> request.query() != null)
                    .extracting(RegenerationRequest::text)
                    .containsExactly(Corpus.BIOGRAPHY, Corpus.NAMESAKE);
            assertThat(result.contents()).extracting(content -> content.textSegment().text())
                    .containsExactly(Corpus.BIOGRAPHY);
            assertThat(((UserMessage) result.chatMessage()).singleText())
                    .isEqualTo(Corpus.QUESTION + " | 1 source(s)");
        }
    }

    @Test
    void should_run_on_the_given_executor_and_leave_it_running_after_close() {
        // given
        ExecutorService mine = Executors.newFixedThreadPool(2, task -> new Thread(task, "mine"));
        try {
            S2ARag rag = S2ARag.builder().contentRetriever(retriever).regenerator(regenerator).executor(mine).build();

            // when
            rag.augment(request(Corpus.BIASED));
            rag.close();

            // then
            assertThat(regenerator.threads()).extracting(Thread::getName).contains("mine");
            assertThat(mine.isShutdown()).isFalse();
            assertThatThrownBy(() -> rag.augment(request(Corpus.BIASED)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
        } finally {
            mine.shutdownNow();
        }
    }

    @Test
    void should_require_a_regenerator_and_a_retriever_and_name_null_arguments() {
        assertThatThrownBy(() -> S2ARag.builder().regenerator(regenerator).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("contentRetriever or queryRouter");
        assertThatThrownBy(() -> S2ARag.builder().contentRetriever(retriever).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("regenerator");
        assertThatThrownBy(() -> S2ARag.retrievalAugmentor(null, regenerator))
                .isInstanceOf(NullPointerException.class).hasMessage("contentRetriever");
        assertThatThrownBy(() -> S2ARag.retrievalAugmentor(retriever, null))
                .isInstanceOf(NullPointerException.class).hasMessage("regenerator");
        assertThatThrownBy(() -> S2ARag.builder().queryRouter(null))
                .isInstanceOf(NullPointerException.class).hasMessage("queryRouter");
        assertThatThrownBy(() -> S2ARag.builder().contentAggregator(null))
                .isInstanceOf(NullPointerException.class).hasMessage("contentAggregator");
        assertThatThrownBy(() -> S2ARag.builder().contentInjector(null))
                .isInstanceOf(NullPointerException.class).hasMessage("contentInjector");
        assertThatThrownBy(() -> S2ARag.builder().executor(null))
                .isInstanceOf(NullPointerException.class).hasMessage("executor");
        assertThatThrownBy(() -> S2ARag.builder().parallelism(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallelism");
        try (S2ARag rag = S2ARag.retrievalAugmentor(retriever, regenerator)) {
            assertThatThrownBy(() -> rag.augment(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("augmentationRequest");
            assertThat(rag.toString()).startsWith("S2ARag[").doesNotContain(Corpus.BIASED);
        }
    }
}
