package io.github.s2a4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.content.aggregator.ContentAggregator;
import dev.langchain4j.rag.content.aggregator.DefaultContentAggregator;
import dev.langchain4j.rag.content.injector.ContentInjector;
import dev.langchain4j.rag.content.injector.DefaultContentInjector;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.router.DefaultQueryRouter;
import dev.langchain4j.rag.query.router.QueryRouter;
import io.github.s2a4j.core.AnswerPrompt;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.S2AListener;
import io.github.s2a4j.testing.NullChecks;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * Null for every argument of every public method of {@code io.github.s2a4j.langchain4j}: a NullPointerException
 * whose message is the parameter's name.
 */
final class PublicApiNullTest {

    private static final ContextRegenerator UNCHANGED =
            request -> new RegeneratedContext(request.text(), request.text(), "", List.of(), null);
    private static final ContentRetriever NOTHING = query -> List.of();

    private static NullChecks checks() {
        UserMessage message = UserMessage.from("Where was Sam Liccardo born?");
        return NullChecks.forPackageOf(S2ARag.class)
                .setDefault(ContextRegenerator.class, () -> UNCHANGED)
                .setDefault(S2AListener.class, () -> S2AListener.NO_OP)
                .setDefault(AnswerPrompt.class, AnswerPrompt::instructed)
                .setDefault(Executor.class, () -> Runnable::run)
                .setDefault(ContentRetriever.class, () -> NOTHING)
                .setDefault(QueryRouter.class, () -> new DefaultQueryRouter(NOTHING))
                .setDefault(ContentAggregator.class, DefaultContentAggregator::new)
                .setDefault(ContentInjector.class, DefaultContentInjector::new)
                .setDefault(RetrievalAugmentor.class,
                        () -> DefaultRetrievalAugmentor.builder().contentRetriever(NOTHING).build())
                .setDefault(Query.class, () -> Query.from("Where was Sam Liccardo born?"))
                .setDefault(ChatMessage.class, () -> message)
                .setDefault(AugmentationRequest.class,
                        () -> new AugmentationRequest(message, Metadata.from(message, "memory", List.of())))
                .receiver(S2AContentAggregator.class, () -> S2AContentAggregator.from(UNCHANGED))
                .receiver(S2AContentAggregator.Builder.class, S2AContentAggregator::builder)
                .receiver(S2AContentInjector.class, () -> S2AContentInjector.from(UNCHANGED))
                .receiver(S2AContentInjector.Builder.class, S2AContentInjector::builder)
                .receiver(S2AQueryTransformer.class, () -> S2AQueryTransformer.from(UNCHANGED))
                .receiver(S2AQueryTransformer.Builder.class, S2AQueryTransformer::builder)
                .receiver(S2ARag.class, () -> S2ARag.retrievalAugmentor(NOTHING, UNCHANGED))
                .receiver(S2ARag.Builder.class, S2ARag::builder)
                .receiver(S2ARetrievalAugmentor.class, () -> S2ARetrievalAugmentor.wrap(
                        DefaultRetrievalAugmentor.builder().contentRetriever(NOTHING).build(), UNCHANGED))
                .receiver(S2ARetrievalAugmentor.Builder.class, S2ARetrievalAugmentor::builder);
    }

    @Test
    void should_cover_every_public_class_of_the_package() {
        NullChecks checks = checks();

        assertThat(checks.publicClasses()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(checks.withoutReceiver()).isEmpty();
    }

    @Test
    void should_throw_a_null_pointer_exception_for_every_null_argument() {
        checks().runNullPointerTester();
    }

    @Test
    void should_name_the_argument_in_every_null_pointer_exception() {
        NullChecks checks = checks();

        assertThat(checks.misnamed()).isEmpty();
        assertThat(checks.checkedParameters()).isGreaterThanOrEqualTo(25);
    }
}
