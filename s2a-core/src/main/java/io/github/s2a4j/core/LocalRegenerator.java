package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.github.s2a4j.core.internal.LocalAnalyzer;
import io.github.s2a4j.core.internal.LocalAnalyzer.Analysis;
import io.github.s2a4j.core.internal.LocalAnalyzer.Entry;
import io.github.s2a4j.core.internal.LocalWeights;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * S2A's first step without an LLM call: sentence embeddings and small fitted models decide which sentences of the
 * user's text, or of a retrieved passage, to drop, and the rest is kept verbatim. Deterministic, explainable, and
 * cheap: one {@link EmbeddingModel#embedAll} call per text; everything else adds a few percent to the embedding
 * time ({@code java -jar s2a.jar speed} measures it).
 *
 * <p><b>A user's text.</b> The text is split into sentences; content the user asks about (a labelled or quoted
 * argument, a poem's lines, the text after "Summarize this review:", the paragraphs an "Here is my essay" is about,
 * code) is kept whatever it says. Every other sentence that could state a stance (the first person, a hedge, a
 * borrowed authority, a yes-no question that offers an answer, a verdict on the content) is scored by a stance
 * model and removed above {@link Builder#stanceThreshold(double)}. The question is the last question asked, else
 * the last request; no question that asks for something is ever removed, whatever its wording ("Also, how do I
 * ...?"). Only in a word problem (a question that asks for a quantity over a context of quantities) does a
 * distractor model score each context sentence against the question and the rest of the text (embedding relevance
 * and coherence, shared words, whether its numbers count what the others count, people nobody else mentions) and
 * remove those above {@link Builder#distractorThreshold(double)}; in any other text a number or a name is the
 * user's fact. A text that would lose every sentence keeps them all.
 *
 * <p><b>A passage and its query (RAG).</b> Where a {@link RegenerationRequest#query()} is given, the text is a
 * passage, not the user speaking: no stance is removed. A passage model decides from the query alone whether the
 * passage is related to it at all (embedding similarity of its closest sentence, the query's names and content
 * words, a namesake such as "Gary Liccardo" for "Sam Liccardo"); an unrelated passage loses every sentence, so its
 * context is empty and a RAG filter drops it. In a related passage, a sentence model drops the sentences related
 * neither to the query nor to the passage's most related sentence; {@link Builder#removeDistractors(boolean)
 * removeDistractors(false)} keeps every sentence of every passage.
 *
 * <p>All models are logistic regressions fitted on the project's dev data, their thresholds set for few false
 * removals; {@link #explain(String)} shows every decision with its scores. The cues are English: in another
 * language nothing is recognised as a stance or a request, and the text is kept as it is.
 *
 * <p>Works with any LangChain4j {@link EmbeddingModel}; the in-process all-MiniLM-L6-v2 (quantized) is the one it
 * was fitted with. With that model the stance model also reads each candidate sentence's embedding, a direction in
 * its space fitted beside the cues, which finds the paraphrases no cue names; with any other model (told apart by
 * its embedding of a fixed sentence) it weighs the cues and the prototypes alone, at the same threshold. Immutable
 * and thread-safe if the embedding model is. The stance prototypes are embedded once, on first use.
 *
 * <pre>{@code
 * ContextRegenerator local = ContextRegenerator.local(new AllMiniLmL6V2QuantizedEmbeddingModel());
 * ChatModel model = S2AChatModel.builder()
 *         .delegate(openAi)
 *         .regenerator(local)
 *         .build();
 *
 * RegeneratedContext regenerated = local.regenerate(RegenerationRequest.of(
 *         "Which planet is known as the Red Planet? I think the answer is Jupiter, but I'm really not sure."));
 * regenerated.text();      // "Which planet is known as the Red Planet?"
 * regenerated.removed();   // one removal, reason "the user's stance on the answer (stance 1.00)"
 * }</pre>
 */
public final class LocalRegenerator implements ContextRegenerator {

    private static final Logger log = LoggerFactory.getLogger(LocalRegenerator.class);

    /** The default {@link Builder#stanceThreshold(double)}, calibrated on the dev data's train split. */
    public static final double DEFAULT_STANCE_THRESHOLD = LocalWeights.STANCE_THRESHOLD;

    /** The default {@link Builder#distractorThreshold(double)}, calibrated on the dev data's train split. */
    public static final double DEFAULT_DISTRACTOR_THRESHOLD = LocalWeights.DISTRACTOR_THRESHOLD;

    private final EmbeddingModel embeddingModel;
    private final LocalAnalyzer analyzer;
    private final double stanceThreshold;
    private final double distractorThreshold;
    private final boolean removeStances;
    private final boolean removeDistractors;

    private LocalRegenerator(Builder builder) {
        this.embeddingModel = requireNonNull(builder.embeddingModel, "embeddingModel");
        this.stanceThreshold = builder.stanceThreshold;
        this.distractorThreshold = builder.distractorThreshold;
        this.removeStances = builder.removeStances;
        this.removeDistractors = builder.removeDistractors;
        this.analyzer = new LocalAnalyzer(embeddingModel,
                LocalWeights.models().withThresholds(stanceThreshold, distractorThreshold), removeStances,
                removeDistractors);
    }

    /**
     * A builder; {@link Builder#embeddingModel(EmbeddingModel)} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Regenerates the request's text: the sentences kept, verbatim and in order, as the context, and the question.
     * A question at the end of the text or in the middle of it becomes {@link RegeneratedContext#question()};
     * the other kept sentences form the context. The token usage is {@code null}: no chat model is called.
     *
     * @param request the text, and its query where the question lives elsewhere
     * @return the context and question, with each removed sentence and why
     * @throws S2AException if the embedding model returns fewer embeddings than it was given sentences
     */
    @Override
    public RegeneratedContext regenerate(RegenerationRequest request) {
        requireNonNull(request, "request");
        return regenerated(request, analyzer.analyze(request.text(), request.query()));
    }

    /**
     * Regenerates the request's text and explains every decision, from one analysis: what {@link #regenerate} and
     * {@link #explain(RegenerationRequest)} return, for the cost of one of them.
     *
     * @param request the text, and its query where the question lives elsewhere
     * @return the regeneration and one decision per sentence
     * @throws S2AException if the embedding model returns fewer embeddings than it was given sentences
     */
    public Explained regenerateAndExplain(RegenerationRequest request) {
        requireNonNull(request, "request");
        Analysis analysis = analyzer.analyze(request.text(), request.query());
        return new Explained(regenerated(request, analysis),
                analysis.entries().stream().map(Entry::decision).toList());
    }

    private static RegeneratedContext regenerated(RegenerationRequest request, Analysis analysis) {
        String text = request.text();
        List<Entry> entries = analysis.entries();
        StringBuilder context = new StringBuilder();
        List<Removal> removed = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.decision().removed()) {
                removed.add(new Removal(entry.sentence().text(), entry.decision().reason()));
                continue;
            }
            if (i == analysis.question()) {
                continue;
            }
            if (previous >= 0) {
                context.append(separator(text, entries, previous, i));
            }
            context.append(entry.sentence().text());
            previous = i;
        }
        String question = analysis.question() >= 0
                ? entries.get(analysis.question()).sentence().text()
                : request.query() == null ? "" : request.query();
        if (log.isDebugEnabled()) {
            log.debug("local regeneration kept {} of {} sentences, removed {}", entries.size() - removed.size(),
                    entries.size(), removed.size());
        }
        return new RegeneratedContext(text, context.toString(), question, removed, null);
    }

    /**
     * Every sentence of a text with what was decided about it and why: the verdict, the stance and distractor
     * probabilities, the relevance to the question.
     *
     * @param text the user's text, with its question
     * @return one decision per sentence, in order; empty for a blank text
     */
    public List<SentenceDecision> explain(String text) {
        return explain(RegenerationRequest.of(requireNonNull(text, "text")));
    }

    /**
     * Every sentence of a request's text with what was decided about it and why.
     *
     * @param request the text, and its query where the question lives elsewhere
     * @return one decision per sentence, in order
     */
    public List<SentenceDecision> explain(RegenerationRequest request) {
        requireNonNull(request, "request");
        return analyzer.analyze(request.text(), request.query()).entries().stream().map(Entry::decision).toList();
    }

    /** What stood between two kept sentences: the original gap if they were neighbours, else one space or newline. */
    private static String separator(String text, List<Entry> entries, int previous, int next) {
        int end = entries.get(previous).sentence().end();
        int after = entries.get(previous + 1).sentence().start();
        String gap = text.substring(end, after);
        if (previous + 1 == next) {
            return gap.isEmpty() ? " " : gap;
        }
        return gap.indexOf('\n') >= 0 ? "\n" : " ";
    }

    @Override
    public String toString() {
        return "LocalRegenerator[embeddingModel=" + embeddingModel.getClass().getSimpleName()
                + ", stanceThreshold=" + stanceThreshold + ", distractorThreshold=" + distractorThreshold
                + ", removeStances=" + removeStances + ", removeDistractors=" + removeDistractors + "]";
    }

    /**
     * A regeneration with the decisions behind it.
     *
     * <pre>{@code
     * LocalRegenerator.Explained explained = local.regenerateAndExplain(RegenerationRequest.of(userText));
     * explained.decisions().forEach(d -> System.out.println(d.verdict() + " " + d.reason()));
     * send(explained.regenerated().text());
     * }</pre>
     *
     * <p>Immutable and thread-safe.
     *
     * @param regenerated what {@link #regenerate} returns
     * @param decisions what {@link #explain(RegenerationRequest)} returns: one decision per sentence, in order
     */
    public record Explained(RegeneratedContext regenerated, List<SentenceDecision> decisions) {

        /**
         * Validates the components and freezes the list.
         *
         * @param regenerated the regeneration
         * @param decisions the decisions
         */
        public Explained {
            requireNonNull(regenerated, "regenerated");
            decisions = List.copyOf(requireNonNull(decisions, "decisions"));
        }
    }

    /** Builds {@link LocalRegenerator}s. Not thread-safe. */
    public static final class Builder {

        private @Nullable EmbeddingModel embeddingModel;
        private double stanceThreshold = DEFAULT_STANCE_THRESHOLD;
        private double distractorThreshold = DEFAULT_DISTRACTOR_THRESHOLD;
        private boolean removeStances = true;
        private boolean removeDistractors = true;

        private Builder() {}

        /**
         * Sets the embedding model (required): any LangChain4j model; the in-process all-MiniLM-L6-v2 is the one
         * the models were fitted with.
         *
         * @param embeddingModel the embedding model
         * @return this builder
         */
        public Builder embeddingModel(EmbeddingModel embeddingModel) {
            this.embeddingModel = requireNonNull(embeddingModel, "embeddingModel");
            return this;
        }

        /**
         * Sets the stance probability from which a sentence is removed; {@link #DEFAULT_STANCE_THRESHOLD} by
         * default. Higher removes fewer sentences.
         *
         * @param stanceThreshold a probability in (0, 1)
         * @return this builder
         * @throws IllegalArgumentException if it is not in (0, 1)
         */
        public Builder stanceThreshold(double stanceThreshold) {
            this.stanceThreshold = probability(stanceThreshold, "stanceThreshold");
            return this;
        }

        /**
         * Sets the distractor probability from which a sentence is removed; {@link #DEFAULT_DISTRACTOR_THRESHOLD}
         * by default. Higher removes fewer sentences.
         *
         * @param distractorThreshold a probability in (0, 1)
         * @return this builder
         * @throws IllegalArgumentException if it is not in (0, 1)
         */
        public Builder distractorThreshold(double distractorThreshold) {
            this.distractorThreshold = probability(distractorThreshold, "distractorThreshold");
            return this;
        }

        /**
         * Sets whether the user's stances are removed; {@code true} by default.
         *
         * @param removeStances {@code false} to keep them (and only remove distractors)
         * @return this builder
         */
        public Builder removeStances(boolean removeStances) {
            this.removeStances = removeStances;
            return this;
        }

        /**
         * Sets whether distractors are removed; {@code true} by default. For a passage judged against a query, this
         * covers both the unrelated passage and the unrelated sentences of a related one.
         *
         * @param removeDistractors {@code false} to keep them (and only remove stances)
         * @return this builder
         */
        public Builder removeDistractors(boolean removeDistractors) {
            this.removeDistractors = removeDistractors;
            return this;
        }

        /**
         * Builds the regenerator.
         *
         * @return the regenerator
         * @throws IllegalStateException if no embedding model was set
         */
        public LocalRegenerator build() {
            if (embeddingModel == null) {
                throw new IllegalStateException("embeddingModel is required");
            }
            return new LocalRegenerator(this);
        }

        private static double probability(double value, String name) {
            if (!(value > 0 && value < 1)) {
                throw new IllegalArgumentException(name + " must be in (0, 1), was " + value);
            }
            return value;
        }
    }
}
