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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local regenerator's analysis of one text, in one batch of embeddings.
 *
 * <p>A user's text: sentences, their roles (question, content, context), the stance model on every sentence that
 * is the user speaking, the question, then, for a word problem only, the distractor model on the remaining
 * context. A retrieved passage with a query: the passage model decides whether the passage is related to the query
 * at all, and the passage-sentence model drops the sentences of a related passage that are not; no stance model,
 * since a passage is not the user speaking.
 *
 * <p>Immutable and thread-safe if the embedding model is.
 */
public final class LocalAnalyzer {

    private static final Logger log = LoggerFactory.getLogger(LocalAnalyzer.class);

    /** Words of a question that only asks about what came before ("Is that true?"). */
    private static final Set<String> GENERIC = Set.of(
            "true", "truth", "right", "correct", "real", "accurate", "possible", "case", "fact", "valid", "sense",
            "thing", "idea", "claim", "statement", "legit", "myth", "good", "bad", "okay", "ok");

    private static final Set<String> DEMONSTRATIVES = Set.of(
            "that", "this", "it", "so", "these", "those", "he", "she", "they");

    private static final Set<String> DEMONSTRATIVE_DETERMINERS = Set.of("that", "this", "these", "those");

    /** Nouns that name what someone said: "that idea", "this claim", "that myth". */
    private static final Set<String> CLAIM_NOUNS = Set.of(
            "idea", "claim", "myth", "rumor", "rumour", "story", "advice", "statement", "saying", "belief", "theory",
            "notion", "fact", "rule", "thing");

    /** Pronouns of a person named before: "How tall was he really?" needs the sentence that names him. */
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his", "hers");

    /** Pronouns of a thing named before, as the subject of the question: "Why was it reclassified?". */
    private static final Set<String> THING = Set.of("it", "they");

    /** Beyond this many context sentences, coherence looks at neighbours only: the cost stays linear. */
    private static final int COHERENCE_WINDOW = 32;

    /** The four logistic models and their thresholds. Immutable. */
    public static final class Models {

        private final double[] stance;
        private final double[] distractor;
        private final double[] passage;
        private final double[] passageSentence;
        private final double stanceThreshold;
        private final double distractorThreshold;
        private final double passageThreshold;
        private final double passageSentenceThreshold;
        private final @Nullable EmbeddingStance embeddingStance;

        /**
         * Checks the sizes and copies the weights.
         *
         * @param stance bias, then one weight per {@link StanceCues#NAMES}
         * @param distractor bias, then one weight per {@link DistractorCues#NAMES}
         * @param passage bias, then one weight per {@link PassageCues#PASSAGE_NAMES}
         * @param passageSentence bias, then one weight per {@link PassageCues#SENTENCE_NAMES}
         * @param stanceThreshold the stance probability from which a sentence is removed
         * @param distractorThreshold the distractor probability from which a sentence is removed
         * @param passageThreshold the probability that a passage is unrelated from which it is dropped
         * @param passageSentenceThreshold the probability that a sentence of a related passage is unrelated from
         *     which it is dropped
         */
        public Models(double[] stance, double[] distractor, double[] passage, double[] passageSentence,
                double stanceThreshold, double distractorThreshold, double passageThreshold,
                double passageSentenceThreshold) {
            this.stance = sized(stance, StanceCues.NAMES, "stance");
            this.distractor = sized(distractor, DistractorCues.NAMES, "distractor");
            this.passage = sized(passage, PassageCues.PASSAGE_NAMES, "passage");
            this.passageSentence = sized(passageSentence, PassageCues.SENTENCE_NAMES, "passageSentence");
            this.stanceThreshold = stanceThreshold;
            this.distractorThreshold = distractorThreshold;
            this.passageThreshold = passageThreshold;
            this.passageSentenceThreshold = passageSentenceThreshold;
            this.embeddingStance = null;
        }

        private Models(Models models, double stanceThreshold, double distractorThreshold,
                @Nullable EmbeddingStance embeddingStance) {
            this.stance = models.stance;
            this.distractor = models.distractor;
            this.passage = models.passage;
            this.passageSentence = models.passageSentence;
            this.stanceThreshold = stanceThreshold;
            this.distractorThreshold = distractorThreshold;
            this.passageThreshold = models.passageThreshold;
            this.passageSentenceThreshold = models.passageSentenceThreshold;
            this.embeddingStance = embeddingStance;
        }

        /**
         * The same models with a stance model that also reads the sentence's embedding, used in place of the
         * lexical one when the embedding model is the one it was fitted with.
         *
         * @param embeddingStance the stance model for that embedding model
         * @return the models
         */
        public Models withEmbeddingStance(EmbeddingStance embeddingStance) {
            return new Models(this, stanceThreshold, distractorThreshold,
                    requireNonNull(embeddingStance, "embeddingStance"));
        }

        /**
         * The same models with other stance and distractor thresholds.
         *
         * @param stanceThreshold the stance threshold
         * @param distractorThreshold the distractor threshold
         * @return the models
         */
        public Models withThresholds(double stanceThreshold, double distractorThreshold) {
            return new Models(this, stanceThreshold, distractorThreshold, embeddingStance);
        }

        /**
         * The stance threshold.
         *
         * @return the stance probability from which a sentence is removed
         */
        public double stanceThreshold() {
            return stanceThreshold;
        }

        /**
         * The distractor threshold.
         *
         * @return the distractor probability from which a sentence is removed
         */
        public double distractorThreshold() {
            return distractorThreshold;
        }

        private static double[] sized(double[] weights, List<String> names, String model) {
            if (weights.length != names.size() + 1) {
                throw new IllegalArgumentException(model + " weights must have " + (names.size() + 1) + " entries");
            }
            return weights.clone();
        }

        @Override
        public String toString() {
            return "Models[stanceThreshold=" + stanceThreshold + ", distractorThreshold=" + distractorThreshold
                    + ", passageThreshold=" + passageThreshold + ", passageSentenceThreshold="
                    + passageSentenceThreshold + ", embeddingStance=" + (embeddingStance == null ? "none"
                    : "fitted in " + embeddingStance.direction.length + " dimensions") + "]";
        }
    }

    /**
     * A stance model that reads the sentence's embedding beside the {@linkplain StanceCues#NAMES cues}: a direction
     * in one embedding model's space, added to the logistic model's sum. It only means something in the space it
     * was fitted in, so it carries that model's embedding of the first {@linkplain StanceCues#PROTOTYPES prototype}
     * and is used only where the embedding model at hand gives nearly the same one (another build of the same
     * model may). Immutable.
     */
    public static final class EmbeddingStance {

        /** The least cosine similarity between the fitted model's fingerprint and the model at hand's. */
        private static final double SAME_MODEL = 0.98;

        private final double[] weights;
        private final float[] direction;
        private final float[] fingerprint;

        /**
         * Checks the sizes and copies the weights.
         *
         * @param weights bias, then one weight per {@link StanceCues#NAMES}
         * @param direction one weight per dimension of the (unit-length) sentence embedding
         * @param fingerprint the fitted embedding model's unit-length embedding of the first prototype
         */
        public EmbeddingStance(double[] weights, float[] direction, float[] fingerprint) {
            this.weights = Models.sized(weights, StanceCues.NAMES, "embedding stance");
            if (direction.length == 0 || direction.length != fingerprint.length) {
                throw new IllegalArgumentException("the direction and the fingerprint must have one entry per "
                        + "embedding dimension, had " + direction.length + " and " + fingerprint.length);
            }
            this.direction = direction.clone();
            this.fingerprint = fingerprint.clone();
        }

        /** Whether an embedding model whose unit-length embedding of the first prototype is this is the one. */
        boolean fits(float[] prototype) {
            return prototype.length == fingerprint.length && dot(prototype, fingerprint) >= SAME_MODEL;
        }

        double probability(double[] features, float[] vector) {
            return LocalAnalyzer.probability(weights, features, dot(vector, direction));
        }
    }

    /** The stance prototypes' embeddings, and the embedding stance model when it fits the embedding model. */
    private static final class Prototypes {

        private final float[][] vectors;
        private final @Nullable EmbeddingStance embeddingStance;

        Prototypes(float[][] vectors, @Nullable EmbeddingStance embeddingStance) {
            this.vectors = vectors;
            this.embeddingStance = embeddingStance;
        }
    }

    private final EmbeddingModel model;
    private final Models models;
    private final boolean removeStances;
    private final boolean removeDistractors;
    private final Object prototypesLock = new Object();
    private volatile @Nullable Prototypes prototypes;

    /**
     * An analyzer.
     *
     * @param model the embedding model
     * @param models the models and thresholds
     * @param removeStances whether stances are removed
     * @param removeDistractors whether distractors (and, for a passage, unrelated sentences) are removed
     */
    public LocalAnalyzer(EmbeddingModel model, Models models, boolean removeStances, boolean removeDistractors) {
        this.model = requireNonNull(model, "model");
        this.models = requireNonNull(models, "models");
        this.removeStances = removeStances;
        this.removeDistractors = removeDistractors;
    }

    /** One sentence as analysed: its place, the decision, and the models' inputs (for calibration). */
    public static final class Entry {

        private final Sentence sentence;
        private final SentenceDecision decision;
        private final double @Nullable [] stanceFeatures;
        private final double @Nullable [] distractorFeatures;
        private final float[] vector;

        Entry(Sentence sentence, SentenceDecision decision, double @Nullable [] stanceFeatures,
                double @Nullable [] distractorFeatures, float[] vector) {
            this.sentence = sentence;
            this.decision = decision;
            this.stanceFeatures = stanceFeatures;
            this.distractorFeatures = distractorFeatures;
            this.vector = vector;
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
         * The sentence's unit-length embedding, which the embedding stance model reads beside its features.
         *
         * @return a copy of the vector
         */
        public float[] vector() {
            return vector.clone();
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
         * The distractor model's input, or for a passage's sentence the passage-sentence model's.
         *
         * @return a copy of the features, or {@code null} when the sentence was not scored
         */
        public double @Nullable [] distractorFeatures() {
            return distractorFeatures == null ? null : distractorFeatures.clone();
        }
    }

    /** The analysis of a text. */
    public static final class Analysis {

        private final List<Entry> entries;
        private final int question;
        private final int referent;
        private final double @Nullable [] passageFeatures;

        Analysis(List<Entry> entries, int question, int referent, double @Nullable [] passageFeatures) {
            this.entries = List.copyOf(entries);
            this.question = question;
            this.referent = referent;
            this.passageFeatures = passageFeatures;
        }

        /**
         * One entry per sentence, in order.
         *
         * @return the entries
         */
        public List<Entry> entries() {
            return entries;
        }

        /**
         * The question's entry.
         *
         * @return its index, or -1 when the question is the query or there is none
         */
        public int question() {
            return question;
        }

        /**
         * The sentence the question only points back at ("My uncle says bulls hate red. Is that true?"): kept
         * whatever the stance model says of it.
         *
         * @return its index, or -1 when the question asks something of its own
         */
        public int referent() {
            return referent;
        }

        /**
         * The passage model's input, for a passage judged against a query.
         *
         * @return a copy of the features, or {@code null} for a user's text
         */
        public double @Nullable [] passageFeatures() {
            return passageFeatures == null ? null : passageFeatures.clone();
        }

        @Override
        public String toString() {
            return "Analysis[" + entries.size() + " sentences, question=" + question + "]";
        }
    }

    /**
     * Analyses a text.
     *
     * @param text the user's text, or a retrieved passage
     * @param query the question, when it is not part of the text; {@code null} otherwise
     * @return the analysis
     * @throws S2AException if the embedding model returns fewer embeddings than it was given texts
     */
    public Analysis analyze(String text, @Nullable String query) {
        List<Sentence> sentences = Sentences.split(text);
        int n = sentences.size();
        if (n == 0) {
            return new Analysis(List.of(), -1, -1, null);
        }
        Words[] words = new Words[n];
        for (int i = 0; i < n; i++) {
            words[i] = Words.of(Sentences.withoutListMarker(sentences.get(i).text()));
        }
        float[][] vectors = embed(sentences, query);
        return query == null ? userText(text, sentences, words, vectors) : passage(sentences, words, vectors, query);
    }

    /**
     * Whether stances are scored with the embedding stance model: one is configured and the embedding model is the
     * one it was fitted in. Embeds the prototypes if no analysis has yet.
     *
     * @return {@code true} when the sentence embeddings count
     */
    public boolean readsEmbeddings() {
        return prototypes().embeddingStance != null;
    }

    /** A retrieved passage judged against the query: related or not, then sentence by sentence. */
    private Analysis passage(List<Sentence> sentences, Words[] words, float[][] vectors, String query) {
        int n = sentences.size();
        float[] target = vectors[n];
        double[] relevance = new double[n];
        int best = 0;
        for (int i = 0; i < n; i++) {
            relevance[i] = dot(vectors[i], target);
            if (relevance[i] > relevance[best]) {
                best = i;
            }
        }
        PassageCues.Query cues = PassageCues.Query.of(Words.of(query));
        double[] passageFeatures = PassageCues.passage(cues, words, relevance);
        double unrelated = probability(models.passage, passageFeatures);
        boolean dropped = removeDistractors && unrelated >= models.passageThreshold;
        double[][] features = new double[n][];
        double[] score = new double[n];
        Arrays.fill(score, unrelated);
        if (n > 1 && !dropped) {
            for (int i = 0; i < n; i++) {
                double coherence = i == best ? 1.0 : dot(vectors[i], vectors[best]);
                features[i] = PassageCues.sentence(cues, words, i, relevance, coherence);
                score[i] = probability(models.passageSentence, features[i]);
            }
        }
        List<Entry> entries = new ArrayList<>(n);
        boolean anyKept = false;
        Verdict[] verdicts = new Verdict[n];
        for (int i = 0; i < n; i++) {
            boolean off = dropped || (removeDistractors && features[i] != null
                    && score[i] >= models.passageSentenceThreshold);
            verdicts[i] = off ? Verdict.DISTRACTOR : Verdict.CONTEXT;
            anyKept |= !off;
        }
        if (!dropped && !anyKept) {
            verdicts[best] = Verdict.CONTEXT; // a related passage keeps at least its most related sentence
        }
        for (int i = 0; i < n; i++) {
            String reason = verdicts[i] == Verdict.CONTEXT
                    ? "related to the query (unrelated " + format(score[i]) + ", relevance " + format(relevance[i]) + ")"
                    : dropped
                            ? "the passage is unrelated to the query (unrelated " + format(unrelated) + ")"
                            : "unrelated to the query and to the rest of the passage (unrelated " + format(score[i])
                                    + ", relevance " + format(relevance[i]) + ")";
            SentenceDecision decision = new SentenceDecision(
                    sentences.get(i).text(), verdicts[i], Double.NaN, score[i], relevance[i], reason);
            entries.add(new Entry(sentences.get(i), decision, null, features[i], vectors[i]));
        }
        return new Analysis(entries, -1, -1, passageFeatures);
    }

    /** A user's text with its own question. */
    private Analysis userText(String text, List<Sentence> sentences, Words[] words, float[][] vectors) {
        int n = sentences.size();
        boolean[] content = ContentRegions.of(text, sentences, words);
        Prototypes prototypes = prototypes();
        EmbeddingStance embeddingStance = prototypes.embeddingStance;
        List<Set<String>> topical = new ArrayList<>(n);
        Map<String, Integer> topicalCounts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Set<String> stems = StanceCues.topicalStems(words[i]);
            topical.add(stems);
            for (String stem : stems) {
                topicalCounts.merge(stem, 1, Integer::sum);
            }
        }

        // 1. The stance model on every sentence that is the user speaking, given the questions the text asks: the
        // user's own that ask for information rather than offer an answer.
        List<Words> asked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!content[i] && sentences.get(i).text().indexOf('?') >= 0 && StanceCues.asksForInformation(words[i])) {
                asked.add(words[i]);
            }
        }
        if (asked.isEmpty()) {
            // Nobody asks with a question mark: the questions that lost theirs ("who invented the telephone").
            for (int i = 0; i < n; i++) {
                if (!content[i] && lostItsMark(sentences.get(i), words[i])) {
                    asked.add(words[i]);
                }
            }
        }
        boolean givesContent = false;
        for (boolean c : content) {
            givesContent |= c;
        }
        double[] stance = new double[n];
        double[][] stanceFeatures = new double[n][];
        Arrays.fill(stance, Double.NaN);
        for (int i = 0; i < n; i++) {
            if (!content[i]) {
                if (StanceCues.candidate(words[i]) || StanceCues.offersAnswer(words[i], asked)) {
                    stanceFeatures[i] = StanceCues.features(words[i], maxSimilarity(vectors[i], prototypes.vectors),
                            sharedElsewhere(topical.get(i), topicalCounts), asked, givesContent);
                } else {
                    stance[i] = 0.0;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double[] own = stanceFeatures[i];
            if (own != null) {
                boolean beside = (i > 0 && StanceCues.claimsAnswer(stanceFeatures[i - 1]))
                        || (i + 1 < n && StanceCues.claimsAnswer(stanceFeatures[i + 1]));
                own[StanceCues.BESIDE_CLAIM] = beside ? 1.0 : 0.0;
                stance[i] = embeddingStance == null ? probability(models.stance, own)
                        : embeddingStance.probability(own, vectors[i]);
            }
        }
        for (int i = 1; i < n; i++) {
            if (content[i] || content[i - 1]) {
                continue;
            }
            if (StanceCues.checksBack(words[i])) {
                // "Is that right?" has nothing of its own: it goes with the claim it checks, or stays with it.
                stance[i] = stance[i - 1];
            } else if (StanceCues.followsUp(words[i])) {
                // "Or was it?", "Not sure though.": gone with the stance before it, else weighed on its own.
                stance[i] = Math.max(stance[i], stance[i - 1]);
            }
        }
        boolean[] isStance = new boolean[n];
        for (int i = 0; i < n; i++) {
            isStance[i] = !content[i] && stance[i] >= models.stanceThreshold();
        }

        // 2. The question: the last question asked, else the last request; never a stance, never removed.
        int question = question(sentences, words, content, isStance);
        if (question < 0) {
            // Only stances ask anything ("Could it be tennis elbow?"): the last of them is the question after all.
            question = question(sentences, words, content, new boolean[n]);
            if (question >= 0) {
                isStance[question] = false;
            }
        }
        if (question < 0) {
            // Everything is content: the last question inside it ("Question: ...? Answer: ...").
            for (int i = n - 1; i >= 0 && question < 0; i--) {
                if (content[i] && sentences.get(i).text().indexOf('?') >= 0) {
                    question = i;
                }
            }
        }
        boolean[] asks = new boolean[n];
        for (int i = 0; i < n; i++) {
            asks[i] = i == question || (!content[i] && !isStance[i]
                    && (sentences.get(i).text().indexOf('?') >= 0 || StanceCues.isRequest(words[i])));
        }
        boolean lone = asksAloneAfterContext(question, content, asks);
        // The sentence the question may point back at, past any "Is that true?" that checks it.
        int claim = question - 1;
        while (claim > 0 && !content[claim - 1] && StanceCues.checksBack(words[claim])) {
            claim--;
        }
        int referent = lone ? referent(question, claim, words) : -1;
        int antecedent = referent;
        if (antecedent < 0 && lone) {
            antecedent = antecedent(question, claim, words, givesContent);
        }
        if (antecedent >= 0) {
            Arrays.fill(isStance, antecedent, question, false); // the claim and the checks of it
        }
        if (!removeStances) {
            Arrays.fill(isStance, false);
        }

        // 3. The distractor model on the remaining context of a word problem.
        float @Nullable [] target = question >= 0 ? vectors[question] : null;
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
        if (question >= 0 && target != null && plain.size() >= 2 && DistractorCues.quantityQuestion(words[question])) {
            Set<String> known = Words.knownNames(words);
            DistractorCues.Lexical questionCues = DistractorCues.Lexical.of(words[question], known);
            DistractorCues.Lexical[] cues = new DistractorCues.Lexical[n];
            List<DistractorCues.Lexical> context = new ArrayList<>(plain.size());
            for (int i : plain) {
                cues[i] = DistractorCues.Lexical.of(words[i], known);
                context.add(cues[i]);
            }
            if (DistractorCues.wordProblem(context)) {
                boolean collective = DistractorCues.collective(words[question]);
                double[] coherence = coherence(plain, vectors);
                double totalRelevance = 0;
                double totalCoherence = 0;
                for (int k = 0; k < plain.size(); k++) {
                    totalRelevance += relevance[plain.get(k)];
                    totalCoherence += coherence[k];
                }
                DistractorCues.Corpus corpus = new DistractorCues.Corpus(questionCues, context);
                int others = plain.size() - 1;
                for (int k = 0; k < plain.size(); k++) {
                    int i = plain.get(k);
                    boolean referredNext = i + 1 < n && startsWithPronoun(words[i + 1]);
                    distractorFeatures[i] = DistractorCues.features(cues[i], questionCues, corpus, collective,
                            referredNext, relevance[i], coherence[k], (totalRelevance - relevance[i]) / others,
                            (totalCoherence - coherence[k]) / others, words[i].size());
                    distractor[i] = probability(models.distractor, distractorFeatures[i]);
                }
            }
        }

        // 4. Decisions; a text that would lose everything keeps everything.
        Verdict[] verdicts = new Verdict[n];
        boolean anyKept = false;
        for (int i = 0; i < n; i++) {
            if (i == question || (asks[i] && !content[i])) {
                verdicts[i] = Verdict.QUESTION;
            } else if (content[i]) {
                verdicts[i] = Verdict.CONTENT;
            } else if (isStance[i]) {
                verdicts[i] = Verdict.STANCE;
            } else if (removeDistractors && !Double.isNaN(distractor[i])
                    && distractor[i] >= models.distractorThreshold()) {
                verdicts[i] = Verdict.DISTRACTOR;
            } else {
                verdicts[i] = Verdict.CONTEXT;
            }
            anyKept |= !verdicts[i].removed();
        }
        boolean keepAll = !anyKept;
        List<Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Verdict verdict = keepAll ? Verdict.CONTEXT : verdicts[i];
            String reason = reason(verdict, i == question, i == antecedent, keepAll, stance[i], distractor[i],
                    relevance[i]);
            SentenceDecision decision = new SentenceDecision(
                    sentences.get(i).text(), verdict, stance[i], distractor[i], relevance[i], reason);
            entries.add(new Entry(sentences.get(i), decision, stanceFeatures[i], distractorFeatures[i], vectors[i]));
        }
        return new Analysis(entries, keepAll ? -1 : question, keepAll ? -1 : antecedent, null);
    }

    private static boolean startsWithPronoun(Words words) {
        return words.size() > 0 && Set.of("he", "she", "they", "his", "her", "their").contains(words.get(0));
    }

    private float[][] embed(List<Sentence> sentences, @Nullable String query) {
        List<TextSegment> segments = new ArrayList<>(sentences.size() + 1);
        for (Sentence sentence : sentences) {
            segments.add(TextSegment.from(sentence.text()));
        }
        if (query != null) {
            segments.add(TextSegment.from(query.isBlank() ? "?" : query));
        }
        return normalised(model.embedAll(segments), segments.size());
    }

    /**
     * The stance prototypes' embeddings, made once, on first use; with them, whether the embedding stance model fits
     * this embedding model.
     */
    private Prototypes prototypes() {
        Prototypes cached = prototypes;
        if (cached == null) {
            synchronized (prototypesLock) {
                cached = prototypes;
                if (cached == null) {
                    List<TextSegment> segments = new ArrayList<>();
                    StanceCues.PROTOTYPES.forEach(p -> segments.add(TextSegment.from(p)));
                    float[][] vectors = normalised(model.embedAll(segments), segments.size());
                    EmbeddingStance embeddingStance = models.embeddingStance;
                    boolean fits = embeddingStance != null && embeddingStance.fits(vectors[0]);
                    if (embeddingStance != null && !fits) {
                        log.debug("{} is not the embedding model the stance direction was fitted in: stances are "
                                + "scored with the cues alone", model.getClass().getSimpleName());
                    }
                    cached = new Prototypes(vectors, fits ? embeddingStance : null);
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
            if (!content[i] && !stance[i] && lostItsMark(sentences.get(i), words[i])) {
                return i;
            }
        }
        return -1;
    }

    /** A question that lost its question mark: "Which city hosted the 1908 Olympics". */
    private static boolean lostItsMark(Sentence sentence, Words words) {
        return sentence.text().indexOf('?') < 0 && words.size() > 2
                && StanceCues.QUESTION_WORDS.contains(words.get(0));
    }

    /**
     * Whether the question is the only sentence that asks something and follows a sentence of context: only then
     * can it point back at that sentence (with another question, "Is that right?" checks the user's own stance).
     */
    private static boolean asksAloneAfterContext(int question, boolean[] content, boolean[] asks) {
        if (question <= 0 || content[question - 1] || asks[question - 1]) {
            return false;
        }
        for (int i = 0; i < asks.length; i++) {
            if (i != question && asks[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentence a question only points back to ("My friend says coffee stunts growth. Is that true?"): it is
     * what the question asks about, so it stays whatever it sounds like. -1 when there is none. The caller has
     * checked {@link #asksAloneAfterContext}.
     */
    private static int referent(int question, int claim, Words[] words) {
        Words q = words[question];
        boolean demonstrative = false;
        for (String word : q.lower()) {
            if (DEMONSTRATIVES.contains(word)) {
                demonstrative = true;
            } else if (!Words.isStop(word) && !GENERIC.contains(Words.stem(word))) {
                return -1;
            }
        }
        return demonstrative ? claim : -1;
    }

    /**
     * The sentence right before a question that needs it: the question refers to someone only by a pronoun the
     * sentence names ("Someone claimed that Napoleon was short. How tall was he really?"), to something named
     * there only by "it" or "they" as its subject ("My teacher said Pluto is no longer a planet. Why was it
     * reclassified?"), or points back at it with a demonstrative ("Where does that idea come from?"); a check in
     * between ("Is that true?") is passed over. Without it the question cannot be answered, so it
     * is no stance, whatever it sounds like. -1 when the question names its own people, asks who did something
     * ("Who invented the light bulb and when did he do it?": "he" is the answer). The caller has checked {@link
     * #asksAloneAfterContext}.
     */
    private static int antecedent(int question, int claim, Words[] words, boolean givesContent) {
        Words q = words[question];
        if (!givesContent && pointsBack(q)) {
            return claim;
        }
        if (q.size() == 0 || q.get(0).equals("who") || q.get(0).equals("whom") || q.get(0).equals("whose")) {
            return -1;
        }
        boolean person = false;
        boolean thing = false;
        for (int i = 0; i < q.size(); i++) {
            if (i > 0 && q.capitalised(i) && !isFirstPerson(q.get(i))) {
                return -1; // "How tall was Napoleon, and was he ...?": the question names him itself
            }
            person |= PERSONAL.contains(q.get(i));
            thing |= THING.contains(q.get(i)) && subjectPlace(q, i) && !anticipatory(q, i);
        }
        Words before = words[claim];
        for (int i = 0; i < before.size() && (person || thing); i++) {
            if (i > 0 && before.capitalised(i) && !isFirstPerson(before.get(i))) {
                return claim;
            }
            if (person && DistractorCues.RELATIONS.contains(before.get(i))) {
                return claim; // "My uncle claims ... How can I explain to him ...?"
            }
        }
        return -1;
    }

    /**
     * Whether "it" stands for a clause that follows ("Is it true that kangaroos can't walk backwards?", "Is it
     * safe to ...?") rather than for something said before.
     */
    private static boolean anticipatory(Words question, int i) {
        for (int j = i + 2; j <= i + 3 && j < question.size(); j++) {
            if (question.get(j).equals("that") || question.get(j).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word is the subject right after a question's first word ("Can it really be seen from orbit?") or
     * after a question word and its auxiliary ("Why was it reclassified?"): there "it" can only mean something
     * said before, not something the question sets up itself ("how far does it go ...").
     */
    private static boolean subjectPlace(Words question, int i) {
        return i == 1 || (i == 2 && StanceCues.QUESTION_WORDS.contains(question.get(0)));
    }

    private static boolean isFirstPerson(String word) {
        return word.equals("i") || word.startsWith("i'");
    }

    /**
     * Whether a question points back at what was said before it with a demonstrative: as its last word ("Is there
     * evidence for that?"), as the subject right after its first word ("Is that the same for everyone?", "Where
     * does that idea come from?"), or before a word that names a claim ("Where does that idea come from?"). Not a
     * relative "that" ("the country that hosted ..."), "this solar system". The caller asks only in a text without
     * content to comment on ("What do you think of this poem?" points at the poem).
     */
    private static boolean pointsBack(Words question) {
        for (int i = 0; i < question.size(); i++) {
            if (!DEMONSTRATIVE_DETERMINERS.contains(question.get(i))) {
                continue;
            }
            boolean last = i == question.size() - 1;
            boolean subject = subjectPlace(question, i);
            boolean claim = i + 1 < question.size() && CLAIM_NOUNS.contains(Words.stem(question.get(i + 1)));
            if (last || subject || claim) {
                return true;
            }
        }
        return false;
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

    /**
     * The logistic model: bias plus weighted features, squashed to a probability.
     *
     * @param weights bias, then one weight per feature
     * @param features the features
     * @return the probability
     */
    public static double probability(double[] weights, double[] features) {
        return probability(weights, features, 0.0);
    }

    /** The logistic model with a term of its own added to the sum: the embedding stance model's direction. */
    private static double probability(double[] weights, double[] features, double extra) {
        double z = weights[0] + extra;
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
            case QUESTION -> isQuestion ? "the question" : "another question or request the text makes";
            case CONTENT -> "content the user asks about (labelled, quoted, listed, introduced or code): kept "
                    + "whatever it says";
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
        if (!removeStances && stance >= models.stanceThreshold()) {
            reason.append(", a stance kept because stance removal is off");
        }
        reason.append(" (stance ").append(format(stance));
        if (!Double.isNaN(distractor)) {
            reason.append(", distractor ").append(format(distractor));
            if (!removeDistractors && distractor >= models.distractorThreshold()) {
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
