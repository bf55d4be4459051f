package io.github.s2a4j.core.internal;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.github.s2a4j.core.S2AException;
import io.github.s2a4j.core.SentenceDecision;
import io.github.s2a4j.core.SentenceDecision.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The local regenerator's analysis of one text: sentences, their roles (question, content, context), one batch
 * of embeddings, the stance model on every sentence that is the user speaking, the question, then the distractor
 * model on the remaining context. Everything but the embedding call is a few microseconds per sentence.
 * Immutable and thread-safe if the embedding model is.
 */
public final class LocalAnalyzer {

    /** Words of a question that only asks about what came before ("Is that true?"). */
    private static final Set<String> GENERIC = Set.of(
            "true", "truth", "right", "correct", "real", "accurate", "possible", "case", "fact", "valid", "sense",
            "thing", "idea", "claim", "statement", "legit", "myth", "good", "bad", "okay", "ok");

    private static final Set<String> QUESTION_WORDS = Set.of(
            "what", "which", "who", "whom", "whose", "where", "when", "why", "how");

    private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "it", "so", "these", "those");

    /** Beyond this many context sentences, coherence looks at neighbours only: the cost stays linear. */
    private static final int COHERENCE_WINDOW = 32;

    private final EmbeddingModel model;
    private final double[] stanceWeights;
    private final double[] distractorWeights;
    private final double stanceThreshold;
    private final double distractorThreshold;
    private final boolean removeStances;
    private final boolean removeDistractors;
    private volatile float @Nullable [][][] prototypes;

    /**
     * An analyzer.
     *
     * @param model the embedding model
     * @param stanceWeights the stance model: bias, then one weight per {@link StanceCues#NAMES}
     * @param distractorWeights the distractor model: bias, then one weight per {@link DistractorCues#NAMES}
     * @param stanceThreshold the stance probability from which a sentence is removed
     * @param distractorThreshold the distractor probability from which a sentence is removed
     * @param removeStances whether stances are removed
     * @param removeDistractors whether distractors are removed
     */
    public LocalAnalyzer(EmbeddingModel model, double[] stanceWeights, double[] distractorWeights,
            double stanceThreshold, double distractorThreshold, boolean removeStances, boolean removeDistractors) {
        this.model = requireNonNull(model, "model");
        if (stanceWeights.length != StanceCues.NAMES.size() + 1) {
            throw new IllegalArgumentException("stanceWeights must have " + (StanceCues.NAMES.size() + 1) + " entries");
        }
        if (distractorWeights.length != DistractorCues.NAMES.size() + 1) {
            throw new IllegalArgumentException(
                    "distractorWeights must have " + (DistractorCues.NAMES.size() + 1) + " entries");
        }
        this.stanceWeights = stanceWeights.clone();
        this.distractorWeights = distractorWeights.clone();
        this.stanceThreshold = stanceThreshold;
        this.distractorThreshold = distractorThreshold;
        this.removeStances = removeStances;
        this.removeDistractors = removeDistractors;
    }

    /** One sentence as analysed: its place, the decision, and the models' inputs (for calibration). */
    public static final class Entry {

        private final Sentence sentence;
        private final SentenceDecision decision;
        private final double @Nullable [] stanceFeatures;
        private final double @Nullable [] distractorFeatures;

        Entry(Sentence sentence, SentenceDecision decision, double @Nullable [] stanceFeatures,
                double @Nullable [] distractorFeatures) {
            this.sentence = sentence;
            this.decision = decision;
            this.stanceFeatures = stanceFeatures;
            this.distractorFeatures = distractorFeatures;
        }

        /**
         * The sentence and its place in the text.
         *
         * @return the sentence
         */
        public Sentence sentence() {
            return sentence;
        }

        /**
         * What was decided.
         *
         * @return the decision
         */
        public SentenceDecision decision() {
            return decision;
        }

        /**
         * The stance model's input.
         *
         * @return a copy of the features, or {@code null} when the sentence was not scored
         */
        public double @Nullable [] stanceFeatures() {
            return stanceFeatures == null ? null : stanceFeatures.clone();
        }

        /**
         * The distractor model's input.
         *
         * @return a copy of the features, or {@code null} when the sentence was not scored
         */
        public double @Nullable [] distractorFeatures() {
            return distractorFeatures == null ? null : distractorFeatures.clone();
        }
    }

    /**
     * The analysis of a text.
     *
     * @param text the text
     * @param query the separate query, or {@code null}
     * @param entries one per sentence, in order
     * @param question the index of the question's entry, or -1 when the question is the query or there is none
     */
    public record Analysis(String text, @Nullable String query, List<Entry> entries, int question) {}

    /**
     * Analyses a text.
     *
     * @param text the user's text
     * @param query the question, when it is not part of the text; {@code null} otherwise
     * @return the analysis
     * @throws S2AException if the embedding model returns fewer embeddings than it was given texts
     */
    public Analysis analyze(String text, @Nullable String query) {
        List<Sentence> sentences = Sentences.split(text);
        int n = sentences.size();
        if (n == 0) {
            return new Analysis(text, query, List.of(), -1);
        }
        boolean[] content = ContentRegions.of(text, sentences);
        Words[] words = new Words[n];
        for (int i = 0; i < n; i++) {
            words[i] = Words.of(sentences.get(i).text());
        }
        float[][] vectors = embed(sentences, query);
        float[][][] prototypes = prototypes();
        List<Set<String>> topical = new ArrayList<>(n);
        Map<String, Integer> topicalCounts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Set<String> stems = StanceCues.topicalStems(words[i]);
            topical.add(stems);
            for (String stem : stems) {
                topicalCounts.merge(stem, 1, Integer::sum);
            }
        }

        // 1. The stance model on every sentence that is the user speaking.
        double[] stance = new double[n];
        double[][] stanceFeatures = new double[n][];
        Arrays.fill(stance, Double.NaN);
        for (int i = 0; i < n; i++) {
            if (!content[i]) {
                if (StanceCues.candidate(words[i])) {
                    stanceFeatures[i] = StanceCues.features(words[i], maxSimilarity(vectors[i], prototypes[0]),
                            maxSimilarity(vectors[i], prototypes[1]), sharedElsewhere(topical.get(i), topicalCounts));
                    stance[i] = probability(stanceWeights, stanceFeatures[i]);
                } else {
                    stance[i] = 0.0;
                }
            }
        }
        boolean[] isStance = new boolean[n];
        for (int i = 0; i < n; i++) {
            isStance[i] = !content[i] && stance[i] >= stanceThreshold;
        }

        // 2. The question: the query, else the last question asked, else the last request.
        int question = query != null ? -1 : question(sentences, words, content, isStance);
        if (question < 0 && query == null) {
            // Only stances ask anything ("Could it be tennis elbow?"): the last of them is the question after all.
            question = question(sentences, words, content, new boolean[n]);
            if (question >= 0) {
                isStance[question] = false;
            }
        }
        boolean[] asks = new boolean[n];
        for (int i = 0; i < n; i++) {
            asks[i] = i == question || (!content[i] && !isStance[i] && sentences.get(i).text().indexOf('?') >= 0);
        }
        int referent = referent(question, words, content, asks);
        if (referent >= 0) {
            isStance[referent] = false;
        }
        if (!removeStances) {
            Arrays.fill(isStance, false);
        }

        // 3. The distractor model on the remaining context.
        float @Nullable [] target = query != null ? vectors[n] : question >= 0 ? vectors[question] : null;
        double[] relevance = new double[n];
        Arrays.fill(relevance, Double.NaN);
        if (target != null) {
            for (int i = 0; i < n; i++) {
                relevance[i] = dot(vectors[i], target);
            }
        }
        List<Integer> plain = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!content[i] && !isStance[i] && !asks[i] && i != referent) {
                plain.add(i);
            }
        }
        double[] distractor = new double[n];
        double[][] distractorFeatures = new double[n][];
        Arrays.fill(distractor, Double.NaN);
        if (target != null && (plain.size() >= 2 || (query != null && !plain.isEmpty()))) {
            Words questionWords = query != null ? Words.of(query) : words[question];
            DistractorCues.Lexical questionCues = DistractorCues.Lexical.of(questionWords);
            boolean collective = DistractorCues.collective(questionWords);
            DistractorCues.Lexical[] cues = new DistractorCues.Lexical[n];
            int firstMention = -1;
            for (int i = 0; i < n; i++) {
                cues[i] = i == question ? questionCues : DistractorCues.Lexical.of(words[i]);
                if (firstMention < 0 && !cues[i].persons().isEmpty()) {
                    firstMention = i;
                }
            }
            double[] coherence = coherence(plain, vectors);
            List<DistractorCues.Lexical> context = new ArrayList<>(plain.size());
            double totalRelevance = 0;
            double totalCoherence = 0;
            for (int k = 0; k < plain.size(); k++) {
                context.add(cues[plain.get(k)]);
                totalRelevance += relevance[plain.get(k)];
                totalCoherence += coherence[k];
            }
            DistractorCues.Corpus corpus = new DistractorCues.Corpus(questionCues, context);
            int others = Math.max(1, plain.size() - 1);
            for (int k = 0; k < plain.size(); k++) {
                int i = plain.get(k);
                boolean anchored = i == firstMention || (i + 1 < n && cues[i + 1].pronounLink());
                distractorFeatures[i] = DistractorCues.features(cues[i], questionCues, corpus, collective, anchored,
                        relevance[i], coherence[k], (totalRelevance - relevance[i]) / others,
                        (totalCoherence - coherence[k]) / others, words[i].size());
                distractor[i] = probability(distractorWeights, distractorFeatures[i]);
            }
        }

        // 4. Decisions; a text that would lose everything keeps everything.
        Verdict[] verdicts = new Verdict[n];
        boolean anyKept = false;
        for (int i = 0; i < n; i++) {
            if (content[i]) {
                verdicts[i] = Verdict.CONTENT;
            } else if (asks[i]) {
                verdicts[i] = Verdict.QUESTION;
            } else if (isStance[i]) {
                verdicts[i] = Verdict.STANCE;
            } else if (removeDistractors && !Double.isNaN(distractor[i]) && distractor[i] >= distractorThreshold) {
                verdicts[i] = Verdict.DISTRACTOR;
            } else {
                verdicts[i] = Verdict.CONTEXT;
            }
            anyKept |= !verdicts[i].removed();
        }
        boolean keepAll = !anyKept && query == null;
        List<Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Verdict verdict = keepAll ? Verdict.CONTEXT : verdicts[i];
            String reason = reason(verdict, i == question, i == referent, keepAll, stance[i], distractor[i],
                    relevance[i]);
            SentenceDecision decision = new SentenceDecision(
                    sentences.get(i).text(), verdict, stance[i], distractor[i], relevance[i], reason);
            entries.add(new Entry(sentences.get(i), decision, stanceFeatures[i], distractorFeatures[i]));
        }
        return new Analysis(text, query, List.copyOf(entries), keepAll ? -1 : question);
    }

    private float[][] embed(List<Sentence> sentences, @Nullable String query) {
        List<TextSegment> segments = new ArrayList<>(sentences.size() + 1);
        for (Sentence sentence : sentences) {
            segments.add(TextSegment.from(sentence.text()));
        }
        if (query != null) {
            segments.add(TextSegment.from(query));
        }
        return normalised(model.embedAll(segments), segments.size());
    }

    /** The stance prototypes' and the situation prototypes' embeddings, made once, on first use. */
    private float[][][] prototypes() {
        float[][][] cached = prototypes;
        if (cached == null) {
            synchronized (this) {
                cached = prototypes;
                if (cached == null) {
                    List<TextSegment> segments = new ArrayList<>();
                    StanceCues.PROTOTYPES.forEach(p -> segments.add(TextSegment.from(p)));
                    StanceCues.SITUATIONS.forEach(p -> segments.add(TextSegment.from(p)));
                    float[][] all = normalised(model.embedAll(segments), segments.size());
                    int stances = StanceCues.PROTOTYPES.size();
                    cached = new float[][][] {
                        Arrays.copyOfRange(all, 0, stances), Arrays.copyOfRange(all, stances, all.length)
                    };
                    prototypes = cached;
                }
            }
        }
        return cached;
    }

    /** The share of a sentence's topical stems that some other sentence has too. */
    private static double sharedElsewhere(Set<String> stems, Map<String, Integer> counts) {
        if (stems.isEmpty()) {
            return 0.0;
        }
        int shared = 0;
        for (String stem : stems) {
            if (counts.getOrDefault(stem, 0) > 1) {
                shared++;
            }
        }
        return (double) shared / stems.size();
    }

    private static float[][] normalised(@Nullable Response<List<Embedding>> response, int expected) {
        List<Embedding> embeddings = response == null ? null : response.content();
        if (embeddings == null || embeddings.size() != expected) {
            throw new S2AException("the embedding model returned " + (embeddings == null ? 0 : embeddings.size())
                    + " embeddings for " + expected + " texts");
        }
        float[][] vectors = new float[expected][];
        for (int i = 0; i < expected; i++) {
            float[] vector = embeddings.get(i).vector().clone();
            double norm = 0;
            for (float v : vector) {
                norm += v * v;
            }
            float scale = norm == 0 ? 0f : (float) (1.0 / Math.sqrt(norm));
            for (int j = 0; j < vector.length; j++) {
                vector[j] *= scale;
            }
            vectors[i] = vector;
        }
        return vectors;
    }

    /** The last question asked, else the last request, else -1. Stances and content are never the question. */
    private static int question(List<Sentence> sentences, Words[] words, boolean[] content, boolean[] stance) {
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (!content[i] && !stance[i] && sentences.get(i).text().indexOf('?') >= 0) {
                return i;
            }
        }
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (!content[i] && !stance[i] && StanceCues.isRequest(words[i])) {
                return i;
            }
        }
        for (int i = sentences.size() - 1; i >= 0; i--) {
            // A question that lost its question mark: "Which city hosted the 1908 Olympics".
            if (!content[i] && !stance[i] && words[i].size() > 2 && QUESTION_WORDS.contains(words[i].get(0))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The sentence a question only points back to ("My friend says coffee stunts growth. Is that true?"): it is
     * what the question asks about, so it stays whatever it sounds like. -1 when there is none.
     */
    private static int referent(int question, Words[] words, boolean[] content, boolean[] asks) {
        if (question <= 0 || content[question - 1] || asks[question - 1]) {
            return -1;
        }
        for (int i = 0; i < question - 1; i++) {
            if (asks[i]) {
                return -1;
            }
        }
        Words q = words[question];
        boolean demonstrative = false;
        for (String word : q.lower()) {
            if (DEMONSTRATIVES.contains(word)) {
                demonstrative = true;
            } else if (!Words.isStop(word) && !GENERIC.contains(Words.stem(word))) {
                return -1;
            }
        }
        return demonstrative ? question - 1 : -1;
    }

    /** Each plain sentence's highest similarity to another plain sentence (neighbours only in long texts). */
    private static double[] coherence(List<Integer> plain, float[][] vectors) {
        int n = plain.size();
        double[] coherence = new double[n];
        for (int k = 0; k < n; k++) {
            double best = -1;
            int from = Math.max(0, k - COHERENCE_WINDOW);
            int to = Math.min(n, k + COHERENCE_WINDOW + 1);
            for (int m = from; m < to; m++) {
                if (m != k) {
                    best = Math.max(best, dot(vectors[plain.get(k)], vectors[plain.get(m)]));
                }
            }
            coherence[k] = n < 2 ? 0 : best;
        }
        return coherence;
    }

    private static double maxSimilarity(float[] vector, float[][] others) {
        double best = -1;
        for (float[] other : others) {
            best = Math.max(best, dot(vector, other));
        }
        return best;
    }

    /** A dot product with four running sums, which the JIT keeps in registers side by side. */
    private static double dot(float[] a, float[] b) {
        int n = Math.min(a.length, b.length);
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (double) s0 + s1 + s2 + s3;
    }

    /** The logistic model: bias plus weighted features, squashed to a probability. */
    static double probability(double[] weights, double[] features) {
        double z = weights[0];
        for (int i = 0; i < features.length; i++) {
            z += weights[i + 1] * features[i];
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    private String reason(Verdict verdict, boolean isQuestion, boolean isReferent, boolean keepAll, double stance,
            double distractor, double relevance) {
        if (keepAll) {
            return "kept: removing the stances and distractors would leave nothing";
        }
        return switch (verdict) {
            case QUESTION -> isQuestion ? "the question" : "another question the text asks";
            case CONTENT -> "content the user asks about (labelled, quoted or listed): kept whatever it says";
            case STANCE -> "the user's stance on the answer (stance " + format(stance) + ")";
            case DISTRACTOR -> "irrelevant to the question (distractor " + format(distractor) + ", relevance "
                    + format(relevance) + ")";
            case CONTEXT -> isReferent
                    ? "what the question refers to (stance " + format(stance) + ")"
                    : context(stance, distractor, relevance);
        };
    }

    private String context(double stance, double distractor, double relevance) {
        StringBuilder reason = new StringBuilder("context");
        if (!removeStances && stance >= stanceThreshold) {
            reason.append(", a stance kept because stance removal is off");
        }
        reason.append(" (stance ").append(format(stance));
        if (!Double.isNaN(distractor)) {
            reason.append(", distractor ").append(format(distractor));
            if (!removeDistractors && distractor >= distractorThreshold) {
                reason.append(", kept because distractor removal is off");
            }
        }
        if (!Double.isNaN(relevance)) {
            reason.append(", relevance ").append(format(relevance));
        }
        return reason.append(')').toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    @Override
    public String toString() {
        return "LocalAnalyzer[model=" + model.getClass().getSimpleName() + "]";
    }
}
