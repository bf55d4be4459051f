package io.github.s2a4j.langchain4j;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.List;
import java.util.Set;

/**
 * A small corpus about San Jose's former mayor with deliberate distractors: the same person with other facts,
 * a person with the same surname born in the city the user guesses, that city itself, and other topics. Indexed
 * with the real in-process all-MiniLM-L6-v2 (quantized), loaded once.
 */
final class Corpus {

    static final String QUESTION = "In which city was Sam Liccardo born?";

    /** The user's guess (Sunnyvale) before the question: what S2A should take out of the query and the prompt. */
    static final String BIASED = "I think Sam Liccardo was born in Sunnyvale, but I'm really not sure. " + QUESTION;

    static final String ANSWER = "Sam Liccardo was born in Saratoga, California, in 1970.";

    static final String BIOGRAPHY = ANSWER + " He later moved to San Jose, where he served as mayor from 2015 to 2023.";

    static final String CAMPAIGN_OFFICE = "Sam Liccardo opened his first campaign office in Sunnyvale in 2006.";

    static final String NAMESAKE = "Gary Liccardo, a Bay Area restaurateur, was born in Sunnyvale.";

    static final String SUNNYVALE = "Sunnyvale is a city in Santa Clara County and home to many technology companies.";

    static final List<String> PASSAGES = List.of(
            BIOGRAPHY,
            CAMPAIGN_OFFICE,
            NAMESAKE,
            SUNNYVALE,
            "Saratoga is known for its wineries and the Villa Montalvo arts center.",
            "The Golden Gate Bridge opened to traffic in 1937.",
            "Photosynthesis converts light energy into chemical energy in plants.",
            "The San Jose Sharks play their home games at the SAP Center.");

    /** The sentences of the corpus that answer {@link #QUESTION}: what a good regenerator keeps. */
    static final Set<String> RELEVANT = Set.of(ANSWER);

    /** What the retriever returns at most, and the least similarity it returns. */
    static final int MAX_RESULTS = 4;

    static final double MIN_SCORE = 0.65;

    private static final EmbeddingModel EMBEDDINGS = new AllMiniLmL6V2QuantizedEmbeddingModel();

    private static final InMemoryEmbeddingStore<TextSegment> STORE = index();

    private Corpus() {}

    /** A retriever over the corpus; each segment carries its source file name in its metadata. */
    static ContentRetriever retriever() {
        return EmbeddingStoreContentRetriever.builder()
                .embeddingStore(STORE)
                .embeddingModel(EMBEDDINGS)
                .maxResults(MAX_RESULTS)
                .minScore(MIN_SCORE)
                .build();
    }

    static String sourceOf(String passage) {
        return "passage-" + PASSAGES.indexOf(passage) + ".txt";
    }

    private static InMemoryEmbeddingStore<TextSegment> index() {
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<TextSegment> segments = PASSAGES.stream()
                .map(passage -> TextSegment.from(passage, Metadata.from("source", sourceOf(passage))))
                .toList();
        store.addAll(EMBEDDINGS.embedAll(segments).content(), segments);
        return store;
    }
}
