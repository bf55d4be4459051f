package io.github.s2a4j.examples.rag;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.AugmentationResult;
import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.examples.ModelOptions;
import io.github.s2a4j.langchain4j.S2ARag;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * S2A in a RAG chain, side by side with the plain chain: a question with the user's guess in it, over a small
 * corpus with distractors (the same person with other facts, a namesake born in the guessed city, the guessed
 * city itself, other topics), indexed with the in-process all-MiniLM-L6-v2. For each chain it shows what the
 * retriever was asked, what it returned, what was kept, and the prompt the model sees; with a model, the answers.
 *
 * <p>{@code java -cp s2a.jar io.github.s2a4j.examples.rag.RagExample} runs it against the model that
 * {@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL} or {@code OLLAMA_BASE_URL} point to, which also regenerates.
 * The {@code demo} command runs it without a model through {@link #run}.
 */
public final class RagExample {

    /** The question, with the user's guess before it. */
    public static final String QUESTION =
            "I think Sam Liccardo was born in Sunnyvale, but I'm really not sure. In which city was Sam Liccardo born?";

    /** The corpus: one passage answers, the others are there to distract. */
    public static final List<String> PASSAGES = List.of(
            "Sam Liccardo was born in Saratoga, California, in 1970. He later moved to San Jose, where he served as "
                    + "mayor from 2015 to 2023.",
            "Sam Liccardo opened his first campaign office in Sunnyvale in 2006.",
            "Gary Liccardo, a Bay Area restaurateur, was born in Sunnyvale.",
            "Sunnyvale is a city in Santa Clara County and home to many technology companies.",
            "Saratoga is known for its wineries and the Villa Montalvo arts center.",
            "The Golden Gate Bridge opened to traffic in 1937.",
            "Photosynthesis converts light energy into chemical energy in plants.",
            "The San Jose Sharks play their home games at the SAP Center.");

    private static final int MAX_RESULTS = 4;

    private static final double MIN_SCORE = 0.65;

    /** What AiServices makes of this interface: the assistant both chains answer with. */
    public interface Assistant {

        /**
         * Answers a question from what the chain retrieved.
         *
         * @param question the user's text
         * @return the answer
         */
        String answer(String question);
    }

    /**
     * What one chain did with the question.
     *
     * @param query what the retriever was asked
     * @param retrieved what the retriever returned
     * @param kept the contents the prompt was augmented with, AiServices' sources
     * @param prompt the user message the model sees
     */
    public record Trace(String query, List<Content> retrieved, List<Content> kept, String prompt) {}

    private RagExample() {}

    /**
     * Runs the example: with the configured model regenerating and answering, or, without one, with the local
     * regenerator and the prompts only.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Optional<ChatModel> model = new ModelOptions().chatModel();
        System.err.println("Loading all-MiniLM-L6-v2...");
        EmbeddingModel embeddings = new AllMiniLmL6V2QuantizedEmbeddingModel();
        ContextRegenerator regenerator =
                model.map(ContextRegenerator::llm).orElseGet(() -> ContextRegenerator.local(embeddings));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        run(embeddings, regenerator, model.orElse(null), out);
    }

    /**
     * Runs the plain chain and the S2A chain over the corpus and prints what each did.
     *
     * @param embeddings the embedding model that indexes the corpus and embeds the queries
     * @param regenerator S2A's first step, for the question and each retrieved passage
     * @param model the model that answers, or {@code null} to show the prompts only
     * @param out where the report goes
     */
    public static void run(
            EmbeddingModel embeddings, ContextRegenerator regenerator, @Nullable ChatModel model, PrintWriter out) {
        ContentRetriever retriever = retriever(embeddings);
        out.println("RAG over " + PASSAGES.size() + " passages, all-MiniLM-L6-v2 in process, top " + MAX_RESULTS
                + " with similarity >= " + MIN_SCORE);
        out.println("User: " + QUESTION);

        RecordingRetriever plainRetriever = new RecordingRetriever(retriever);
        RetrievalAugmentor plain = DefaultRetrievalAugmentor.builder().contentRetriever(plainRetriever).build();
        print(out, "Plain chain", trace(plain, plainRetriever));

        RecordingRetriever s2aRetriever = new RecordingRetriever(retriever);
        try (S2ARag s2a = S2ARag.retrievalAugmentor(s2aRetriever, regenerator)) {
            print(out, "S2A chain", trace(s2a, s2aRetriever));
            if (model != null) {
                out.println();
                out.println("Plain answer: " + answer(assistant(model, plain)));
                out.println("S2A answer:   " + answer(assistant(model, s2a)));
            }
        }
    }

    /**
     * The S2A chain for AiServices in one line, as in the README.
     *
     * @param model the model that answers
     * @param contentRetriever the retriever
     * @param regenerator S2A's first step
     * @return the assistant; its chain's threads end by themselves when idle
     */
    public static Assistant s2aAssistant(ChatModel model, ContentRetriever contentRetriever,
            ContextRegenerator regenerator) {
        return AiServices.builder(Assistant.class)
                .chatModel(model)
                .retrievalAugmentor(S2ARag.retrievalAugmentor(contentRetriever, regenerator))
                .build();
    }

    /**
     * A retriever over the corpus, each passage with its source in its metadata.
     *
     * @param embeddings the embedding model
     * @return the retriever
     */
    public static ContentRetriever retriever(EmbeddingModel embeddings) {
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < PASSAGES.size(); i++) {
            segments.add(TextSegment.from(PASSAGES.get(i), Metadata.from("source", "passage-" + i)));
        }
        store.addAll(embeddings.embedAll(segments).content(), segments);
        return EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(embeddings)
                .maxResults(MAX_RESULTS)
                .minScore(MIN_SCORE)
                .build();
    }

    /**
     * Augments the question with a chain and records what happened on the way.
     *
     * @param augmentor the chain
     * @param retriever the recording retriever the chain queries
     * @return the trace
     */
    static Trace trace(RetrievalAugmentor augmentor, RecordingRetriever retriever) {
        UserMessage message = UserMessage.from(QUESTION);
        AugmentationResult result = augmentor.augment(new AugmentationRequest(
                message, dev.langchain4j.rag.query.Metadata.from(message, "demo", List.of())));
        String prompt = ((UserMessage) result.chatMessage()).singleText();
        return new Trace(retriever.lastQuery(), retriever.lastRetrieved(), result.contents(), prompt);
    }

    /** The assistant's answer, or what went wrong: a failing model must not end the report. */
    private static String answer(Assistant assistant) {
        try {
            return assistant.answer(QUESTION);
        } catch (RuntimeException e) {
            return "(the model failed: " + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        }
    }

    private static Assistant assistant(ChatModel model, RetrievalAugmentor augmentor) {
        return AiServices.builder(Assistant.class).chatModel(model).retrievalAugmentor(augmentor).build();
    }

    private static void print(PrintWriter out, String title, Trace trace) {
        out.println();
        out.println("== " + title);
        out.println("Retrieval query: " + trace.query());
        out.println("Retrieved (" + trace.retrieved().size() + "):");
        for (Content content : trace.retrieved()) {
            String mark = trace.kept().stream().anyMatch(kept -> sameSource(kept, content)) ? "kept   " : "dropped";
            out.printf(Locale.ROOT, "  %s %.2f %s%n", mark, score(content), content.textSegment().text());
        }
        out.println("Prompt the model sees:");
        trace.prompt().lines().forEach(line -> out.println("  | " + line));
    }

    private static boolean sameSource(Content a, Content b) {
        return a.textSegment().metadata().toMap().equals(b.textSegment().metadata().toMap());
    }

    private static double score(Content content) {
        Object score = content.metadata().get(ContentMetadata.SCORE);
        return score instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    /** A retriever that remembers its last query and what it returned. Thread-safe. */
    static final class RecordingRetriever implements ContentRetriever {

        private final ContentRetriever delegate;
        private final List<Query> queries = new CopyOnWriteArrayList<>();
        private final List<List<Content>> results = new CopyOnWriteArrayList<>();

        RecordingRetriever(ContentRetriever delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<Content> retrieve(Query query) {
            List<Content> contents = delegate.retrieve(query);
            queries.add(query);
            results.add(contents);
            return contents;
        }

        String lastQuery() {
            return queries.isEmpty() ? "" : queries.get(queries.size() - 1).text();
        }

        List<Content> lastRetrieved() {
            return results.isEmpty() ? List.of() : results.get(results.size() - 1);
        }
    }
}
