package io.github.s2a4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.FailurePolicy;
import io.github.s2a4j.core.RegenerationRequest;
import io.github.s2a4j.core.S2AException;
import io.github.s2a4j.langchain4j.S2AContentAggregatorTest.RecordingListener;
import io.github.s2a4j.testing.Regenerations;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.util.List;
import org.junit.jupiter.api.Test;

final class S2AQueryTransformerTest {

    private static final String TRIP = "I'm planning a trip to Lyon in May. I think it rains all the time there. "
            + "What should I pack?";

    /** The paper's regenerator on a model that answers it as a good model would. */
    private final ScriptedChatModel model =
            ScriptedChatModel.replying(request -> Regenerations.unbiased(ScriptedChatModel.userTextOf(
                    ScriptedChatModel.lastUserText(request))));

    private final RecordingListener listener = new RecordingListener();

    @Test
    void should_query_with_the_context_and_question_without_the_opinion_and_keep_the_metadata() {
        // given
        S2AQueryTransformer transformer = S2AQueryTransformer.from(ContextRegenerator.llm(model));
        Metadata metadata = Metadata.from(UserMessage.from(TRIP), "user-1", List.of());

        // when
        List<Query> queries = List.copyOf(transformer.transform(Query.from(TRIP, metadata)));

        // then
        assertThat(queries).singleElement().satisfies(query -> {
            assertThat(query.text()).isEqualTo("I'm planning a trip to Lyon in May.\n\nWhat should I pack?");
            assertThat(query.metadata()).isSameAs(metadata);
        });
    }

    @Test
    void should_query_with_the_question_alone_when_the_context_is_not_included() {
        // given
        S2AQueryTransformer transformer = S2AQueryTransformer.builder()
                .regenerator(ContextRegenerator.llm(model))
                .includeContext(false)
                .listener(listener)
                .build();

        // when
        List<Query> queries = List.copyOf(transformer.transform(Query.from(TRIP)));

        // then
        assertThat(queries).extracting(Query::text).containsExactly("What should I pack?");
        assertThat(queries.get(0).metadata()).isNull();
        assertThat(listener.regenerated).singleElement()
                .satisfies(regenerated -> assertThat(regenerated.original()).isEqualTo(TRIP));
    }

    @Test
    void should_return_the_original_query_and_tell_the_listener_when_the_regeneration_fails() {
        // given
        IllegalStateException failure = new IllegalStateException("rate limited");
        S2AQueryTransformer transformer = S2AQueryTransformer.builder()
                .regenerator(request -> {
                    throw failure;
                })
                .listener(listener)
                .build();
        Query original = Query.from(TRIP);

        // when
        List<Query> queries = List.copyOf(transformer.transform(original));

        // then
        assertThat(queries).containsExactly(original);
        assertThat(queries.get(0)).isSameAs(original);
        assertThat(listener.fallbacks).containsExactly(TRIP);
        assertThat(listener.failures.get(0).getCause()).isSameAs(failure);
    }

    @Test
    void should_throw_when_the_regeneration_fails_and_the_policy_is_throw() {
        S2AQueryTransformer transformer = S2AQueryTransformer.builder()
                .regenerator(ContextRegenerator.llm(ScriptedChatModel.replying(request -> "I can't help with that.")))
                .failurePolicy(FailurePolicy.THROW)
                .build();

        assertThatThrownBy(() -> transformer.transform(Query.from(TRIP)))
                .isInstanceOf(S2AException.class)
                .hasMessageContaining("neither");
    }

    @Test
    void should_send_the_query_text_as_the_users_text() {
        // given
        List<RegenerationRequest> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
        S2AQueryTransformer transformer = S2AQueryTransformer.from(request -> {
            requests.add(request);
            return ContextRegenerator.llm(model).regenerate(request);
        });

        // when
        transformer.transform(Query.from(TRIP));

        // then
        assertThat(requests).containsExactly(RegenerationRequest.of(TRIP));
    }

    @Test
    void should_name_the_argument_when_it_is_null() {
        S2AQueryTransformer transformer = S2AQueryTransformer.from(ContextRegenerator.llm(model));

        assertThatThrownBy(() -> transformer.transform(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("query");
        assertThatThrownBy(() -> S2AQueryTransformer.from(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("regenerator");
        assertThatThrownBy(() -> S2AQueryTransformer.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("regenerator");
    }
}
