package io.github.s2a4j.examples;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.github.s2a4j.core.SentenceDecision.Verdict;
import io.github.s2a4j.core.internal.DistractorCues;
import io.github.s2a4j.core.internal.LocalAnalyzer;
import io.github.s2a4j.core.internal.LocalAnalyzer.Entry;
import io.github.s2a4j.core.internal.PassageCues;
import io.github.s2a4j.core.internal.StanceCues;
import io.github.s2a4j.core.internal.Words;
import io.github.s2a4j.examples.devdata.DevDataCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code s2a calibrate}: fits the local regenerator's logistic models on the train split and writes them as
 * {@code LocalWeights.java}. The stance model is fitted twice: on the cues alone (for any embedding model), and on
 * the cues with the sentence's in-process all-MiniLM-L6-v2 embedding, whose scale (the penalty on the direction) is
 * the one with the best out-of-fold recall; the cues-only model's bias is moved so that both share one threshold.
 * Sentences are labelled from the records' spans: a stance model positive is a drop span
 * of an opinion or feedback case, a distractor model positive a drop span of a distractor case; negatives are
 * sentences that must be kept. A rag case (a passage with a query) is a passage model positive when the whole
 * passage must go, a negative when something in it must stay; the sentences of the latter label the
 * passage-sentence model. Each threshold is the lowest at which scores from models fitted without the record's
 * group (cross-validation: the same word problem, wording or query never on both sides) make at most the given
 * share of records lose something they must keep.
 */
@Command(
        name = "calibrate",
        hidden = true,
        mixinStandardHelpOptions = true,
        description = "Fits the local regenerator's weights on a train split and prints LocalWeights.java.")
final class CalibrateCommand implements Callable<Integer> {

    private static final List<String> STANCE_TASKS = List.of("opinion", "feedback");

    @Option(names = "--input", split = ",", defaultValue = "s2a-examples/data/train.jsonl",
            description = "The train files, repeated or comma-separated (default: ${DEFAULT-VALUE}). Never a "
                    + "held-out or check one.")
    List<Path> inputs = List.of(Path.of("s2a-examples/data/train.jsonl"));

    @Option(names = "--output", description = "Write LocalWeights.java here instead of stdout.")
    @Nullable Path output;

    @Option(names = "--l2", defaultValue = "1.0", description = "L2 penalty (default: ${DEFAULT-VALUE}).")
    double l2 = 1.0;

    @Option(names = "--stance-loss", defaultValue = "0.002",
            description = "Most share of records the stance threshold may make lose a must-keep sentence, out of fold "
                    + "(default: ${DEFAULT-VALUE}).")
    double stanceFalsePositives = 0.002;

    @Option(names = "--distractor-loss", defaultValue = "0.004",
            description = "Most share of records the distractor threshold may make lose a must-keep sentence, out of "
                    + "fold (default: ${DEFAULT-VALUE}).")
    double distractorFalsePositives = 0.004;

    @Option(names = "--passage-loss", defaultValue = "0.01",
            description = "Most share of rag records the passage and passage-sentence thresholds may each make lose "
                    + "a must-keep sentence, out of fold (default: ${DEFAULT-VALUE}).")
    double passageFalsePositives = 0.01;

    @Option(names = "--verbose", description = "List the train sentences each model gets wrong at its threshold.")
    boolean verbose;

    @Option(names = "--show-at", description = "With --verbose, list the errors at this threshold instead.")
    double showAt = -1;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    /** How many folds the cross-validation that sets the thresholds uses. */
    private static final int FOLDS = 4;

    /** A record's template: "train-p03" for a word problem, "train2-t07" for an opinion or stance wording. */
    private static final Pattern TEMPLATE = Pattern.compile("^([a-z0-9]+)-[a-z]+-\\d+-([pt]\\d+)-");

    /** Thresholds above every probability: nothing is removed while the features are gathered. */
    private static final double NEVER = 2.0;

    /** One labelled sentence or passage: its features (null when the gate ruled it out), label, text, record index. */
    private static final class Sample {

        private final double @Nullable [] features;
        private final int label;
        private final String sentence;
        private final String id;
        private final int record;

        Sample(double @Nullable [] features, int label, String sentence, String id, int record) {
            this.features = features;
            this.label = label;
            this.sentence = sentence;
            this.id = id;
            this.record = record;
        }

        /** The same sample with other features. */
        Sample with(double @Nullable [] other) {
            return new Sample(other, label, sentence, id, record);
        }

        double @Nullable [] features() {
            return features;
        }

        int label() {
            return label;
        }

        String sentence() {
            return sentence;
        }

        String id() {
            return id;
        }

        int record() {
            return record;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<EvalRecord> records = new ArrayList<>();
        for (Path input : inputs) {
            String name = input.getFileName().toString();
            if (name.contains("heldout") || name.contains("blind") || name.contains("fresh")
                    || name.startsWith("chat") || name.startsWith("hand") || name.startsWith("probe")) {
                err.println("calibrate: refusing to fit on a held-out or check file: " + input);
                err.flush();
                return 2;
            }
            records.addAll(EvalRecord.read(input));
        }
        err.println("calibrate: " + records.size() + " records from " + inputs + "; loading the embedding model");
        err.flush();
        EmbeddingModel model = Embeddings.inProcess();
        int[] folds = folds(records);

        // Phase 1: the stance model, on every sentence that is the user speaking. No sentence counts as a stance
        // here (threshold above 1), so the fit does not depend on earlier weights.
        LocalAnalyzer first = new LocalAnalyzer(model, new LocalAnalyzer.Models(zeros(StanceCues.NAMES),
                zeros(DistractorCues.NAMES), zeros(PassageCues.PASSAGE_NAMES), zeros(PassageCues.SENTENCE_NAMES), NEVER,
                NEVER, NEVER, NEVER), true, true);
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        List<Sample> stance = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>(); // each stance sample's sentence embedding, as the analyzer has it
        for (int r = 0; r < records.size(); r++) {
            EvalRecord record = records.get(r);
            if (record.query() != null || record.id().startsWith(DevDataCommand.PROBLEM_SPLIT + "-")) {
                // The problems-only split adds no stance material, only easy negatives that would loosen the
                // stance threshold's keep-loss budget.
                continue;
            }
            LocalAnalyzer.Analysis analysis = first.analyze(record.text(), null);
            for (int k = 0; k < analysis.entries().size(); k++) {
                Entry entry = analysis.entries().get(k);
                double[] features = entry.stanceFeatures();
                Integer label = label(record, entry.sentence().text(), STANCE_TASKS);
                if ((k == analysis.question() || k == analysis.referent()) && Integer.valueOf(0).equals(label)) {
                    // The question is never removed as a stance, nor what it points back at ("Is that true?"):
                    // the model's score does not decide them.
                    continue;
                }
                if (k > 0 && StanceCues.checksBack(Words.of(entry.sentence().text()))
                        && entry.decision().verdict() != Verdict.CONTENT
                        && analysis.entries().get(k - 1).decision().verdict() != Verdict.CONTENT) {
                    continue; // "Is that right?" shares the fate of the sentence before it
                }
                boolean gated = features == null && entry.decision().stance() == 0.0;
                if (label != null && (features != null || gated)) {
                    // A sentence the gate rules out scores 0: it counts for the threshold, not for the fit.
                    stance.add(new Sample(features, label, entry.sentence().text(), record.id(), r));
                    vectors.add(entry.vector());
                }
            }
        }
        double[] lexicalWeights = fit("stance (cues only)", stance, StanceCues.NAMES, err);
        double lexicalThreshold = threshold("stance (cues only)", stance, outOfFold(stance, folds),
                stanceFalsePositives, err);

        // Phase 1b: the same model reading the sentence's embedding too, its penalty chosen out of fold.
        EmbeddingFit best = null;
        err.println("calibrate: stance model with the embedding | scale | threshold | out-of-fold drop recall");
        for (double scale : EMBEDDING_SCALES) {
            List<Sample> augmented = withEmbedding(stance, vectors, scale);
            double[] scores = outOfFold(augmented, folds);
            double t = threshold("stance (scale " + scale + ")", augmented, scores, stanceFalsePositives, quiet);
            double r = recall(augmented, scores, t);
            err.printf(Locale.ROOT, "  %.1f | %.2f | %.3f%n", scale, t, r);
            if (best == null || r > best.recall() + 1e-9) {
                best = new EmbeddingFit(scale, augmented, scores, t, r);
            }
        }
        EmbeddingFit chosen = Objects.requireNonNull(best, "no scale");
        err.printf(Locale.ROOT, "calibrate: embedding scale %.1f (cues only: threshold %.2f)%n", chosen.scale(),
                lexicalThreshold);
        threshold("stance (with the embedding)", chosen.samples(), chosen.scores(), stanceFalsePositives, err);
        double[] all = fitScored(chosen.samples());
        int cues = StanceCues.NAMES.size() + 1;
        double[] stanceWeights = Arrays.copyOf(all, cues);
        float[] direction = new float[all.length - cues];
        for (int j = 0; j < direction.length; j++) {
            direction[j] = (float) (all[cues + j] * chosen.scale());
        }
        // The first prototype as the analyzer embeds it: the sentence a regenerator checks its embedding model by.
        float[] fingerprint = first.analyze(StanceCues.PROTOTYPES.get(0), null).entries().get(0).vector();
        double stanceThreshold = chosen.threshold();
        // One threshold for both: the cues-only model (for other embedding models) moves its bias so that it
        // removes at the shared threshold exactly what it removed at its own.
        lexicalWeights[0] += logit(stanceThreshold) - logit(lexicalThreshold);
        LocalAnalyzer.EmbeddingStance embeddingStance =
                new LocalAnalyzer.EmbeddingStance(stanceWeights, direction, fingerprint);

        // Phase 2: the distractor model, on the context left once stances are gone and the question is found.
        LocalAnalyzer.Models withStance = new LocalAnalyzer.Models(lexicalWeights, zeros(DistractorCues.NAMES),
                zeros(PassageCues.PASSAGE_NAMES), zeros(PassageCues.SENTENCE_NAMES), stanceThreshold, NEVER, NEVER,
                NEVER).withEmbeddingStance(embeddingStance);
        LocalAnalyzer second = new LocalAnalyzer(model, withStance, true, true);
        List<Sample> distractor = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            EvalRecord record = records.get(r);
            if (record.query() != null) {
                continue;
            }
            for (Entry entry : second.analyze(record.text(), null).entries()) {
                double[] features = entry.distractorFeatures();
                Integer label = label(record, entry.sentence().text(), List.of("distractor"));
                if (features != null && label != null) {
                    distractor.add(new Sample(features, label, entry.sentence().text(), record.id(), r));
                }
            }
        }
        // The baseline the issue names: relevance to the question alone, held to the same keep-loss budget.
        List<Sample> relevanceOnly = distractor.stream()
                .map(s -> s.with(new double[] {features(s)[0]}))
                .toList();
        double[] relevanceScores = outOfFold(relevanceOnly, folds);
        double baseline = threshold("relevance-only", relevanceOnly, relevanceScores, distractorFalsePositives, quiet);
        err.printf(Locale.ROOT, "calibrate: baseline, relevance to the question alone: threshold %.2f, "
                + "out-of-fold drop recall %.3f%n", baseline, recall(relevanceOnly, relevanceScores, baseline));
        double[] distractorWeights = fit("distractor", distractor, DistractorCues.NAMES, err);
        double distractorThreshold = threshold("distractor", distractor, outOfFold(distractor, folds),
                distractorFalsePositives, err);

        // Phase 3: the passage models, on the passages judged against their queries.
        List<Sample> passage = new ArrayList<>();
        List<Sample> passageSentence = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            EvalRecord record = records.get(r);
            if (record.query() == null) {
                continue;
            }
            LocalAnalyzer.Analysis analysis = second.analyze(record.text(), record.query());
            boolean whole = record.keep().isEmpty() && !record.drop().isEmpty();
            passage.add(new Sample(analysis.passageFeatures(), whole ? 1 : 0, record.text(), record.id(), r));
            if (whole) {
                continue;
            }
            for (Entry entry : analysis.entries()) {
                double[] features = entry.distractorFeatures();
                Integer label = label(record, entry.sentence().text(), List.of("rag"));
                if (features != null && label != null) {
                    passageSentence.add(new Sample(features, label, entry.sentence().text(), record.id(), r));
                }
            }
        }
        double[] passageWeights = fit("passage", passage, PassageCues.PASSAGE_NAMES, err);
        double passageThreshold = threshold("passage", passage, outOfFold(passage, folds), passageFalsePositives,
                err);
        double[] passageSentenceWeights = fit("passage-sentence", passageSentence, PassageCues.SENTENCE_NAMES, err);
        double passageSentenceThreshold = threshold("passage-sentence", passageSentence,
                outOfFold(passageSentence, folds), passageFalsePositives, err);

        String source = source(new double[][] {lexicalWeights, distractorWeights, passageWeights,
                passageSentenceWeights, stanceWeights},
                new double[] {stanceThreshold, distractorThreshold, passageThreshold, passageSentenceThreshold},
                new int[] {stance.size(), distractor.size(), passage.size(), passageSentence.size()},
                direction, fingerprint);
        if (output == null) {
            spec.commandLine().getOut().print(source);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, source, StandardCharsets.UTF_8);
            err.println("calibrate: wrote " + output);
        }
        err.flush();
        return 0;
    }

    private static double[] zeros(List<String> names) {
        return new double[names.size() + 1];
    }

    /**
     * What the embedding's components are multiplied by before the fit, tried in turn: the L2 penalty on their
     * weights is the penalty divided by its square. A unit-length 384-dimensional vector's components are about
     * 0.05, so 1 penalises the direction hard and 5 lightly.
     */
    private static final double[] EMBEDDING_SCALES = {1, 2, 3, 5};

    /** The stance model with the embedding at one scale: its samples and out-of-fold threshold and recall. */
    @SuppressWarnings("ArrayRecordComponent") // a private carrier, never compared or hashed
    private record EmbeddingFit(double scale, List<Sample> samples, double[] scores, double threshold,
            double recall) {}

    /** The samples with the scaled embedding of their sentence after the cues; gated samples stay as they are. */
    private static List<Sample> withEmbedding(List<Sample> samples, List<float[]> vectors, double scale) {
        List<Sample> augmented = new ArrayList<>(samples.size());
        for (int i = 0; i < samples.size(); i++) {
            Sample sample = samples.get(i);
            double[] cues = sample.features();
            if (cues == null) {
                augmented.add(sample);
                continue;
            }
            float[] vector = vectors.get(i);
            double[] row = Arrays.copyOf(cues, cues.length + vector.length);
            for (int j = 0; j < vector.length; j++) {
                row[cues.length + j] = vector[j] * scale;
            }
            augmented.add(sample.with(row));
        }
        return augmented;
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    /**
     * Each record's fold. A fold holds out whole groups, as held-out data would: a record whose id names its
     * template ({@code -p03-} for a word problem, {@code -t07-} for an opinion or stance wording) goes with its
     * template's other records, a passage with the other passages of its query; other records are dealt out in
     * turn.
     */
    private static int[] folds(List<EvalRecord> records) {
        int[] fold = new int[records.size()];
        for (int i = 0; i < records.size(); i++) {
            EvalRecord record = records.get(i);
            Matcher template = TEMPLATE.matcher(record.id());
            String group = record.query() != null ? record.query()
                    : template.find() ? template.group(1) + "-" + template.group(2) : null;
            fold[i] = group == null ? i % FOLDS : Math.floorMod(group.hashCode(), FOLDS);
        }
        return fold;
    }

    /** 1 if the sentence is a drop span of one of the tasks, 0 if it must be kept, null if neither. */
    private static @Nullable Integer label(EvalRecord record, String sentence, List<String> positiveTasks) {
        for (String span : record.drop()) {
            if (matches(sentence, span)) {
                return positiveTasks.contains(record.task()) ? 1 : 0;
            }
        }
        for (String span : record.keep()) {
            if (matches(sentence, span)) {
                return 0;
            }
        }
        return null;
    }

    private static boolean matches(String sentence, String span) {
        String s = EvalRecord.normalize(sentence).replaceAll("^[\"“]+|[\"”.!?,;:]+$", "");
        String t = EvalRecord.normalize(span);
        return s.length() >= 3 && (t.contains(s) || s.contains(t.replaceAll("[.!?]+$", "")));
    }

    private double[] fit(String name, List<Sample> all, List<String> names, PrintWriter err) {
        double[] weights = fitScored(all);
        List<Sample> samples = all.stream().filter(s -> s.features() != null).toList();
        long positives = samples.stream().filter(s -> s.label() == 1).count();
        err.printf(Locale.ROOT, "calibrate: %s model on %d sentences (%d positive; %d more ruled out by the gate)%n",
                name, samples.size(), positives, all.size() - samples.size());
        err.printf(Locale.ROOT, "  %-24s %8.3f%n", "bias", weights[0]);
        for (int i = 0; i < names.size(); i++) {
            err.printf(Locale.ROOT, "  %-24s %8.3f%n", names.get(i), weights[i + 1]);
        }
        return weights;
    }

    /** The logistic model fitted on the samples the gate let through. */
    private double[] fitScored(List<Sample> samples) {
        List<Sample> scored = samples.stream().filter(s -> s.features() != null).toList();
        return Logistic.fit(scored.stream().map(CalibrateCommand::features).toList(),
                scored.stream().map(Sample::label).toList(), l2);
    }

    private static double[] features(Sample sample) {
        return Objects.requireNonNull(sample.features(), "features");
    }

    /** Each sample's score from a model fitted without its record's fold; 0 for a sample the gate ruled out. */
    private double[] outOfFold(List<Sample> samples, int[] fold) {
        double[] scores = new double[samples.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<double[]> rows = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            for (Sample sample : samples) {
                if (fold[sample.record()] != f && sample.features() != null) {
                    rows.add(features(sample));
                    labels.add(sample.label());
                }
            }
            double[] weights = Logistic.fit(rows, labels, l2);
            for (int i = 0; i < samples.size(); i++) {
                Sample sample = samples.get(i);
                if (fold[sample.record()] == f) {
                    scores[i] = sample.features() == null ? 0.0 : Logistic.probability(weights, features(sample));
                }
            }
        }
        return scores;
    }

    /**
     * The lowest threshold (on a 0.01 grid) at which the out-of-fold scores make at most the given share of the
     * records this model scores lose a sentence they must keep. Record by record, as the eval counts.
     */
    private double threshold(String name, List<Sample> samples, double[] scores, double budget, PrintWriter err) {
        Map<Integer, Double> worstKeep = new TreeMap<>();
        Map<Integer, Double> weakestDrop = new TreeMap<>();
        for (int i = 0; i < samples.size(); i++) {
            Sample sample = samples.get(i);
            worstKeep.putIfAbsent(sample.record(), 0.0);
            if (sample.label() == 0) {
                worstKeep.merge(sample.record(), scores[i], Math::max);
            } else {
                weakestDrop.merge(sample.record(), scores[i], Math::min);
            }
        }
        int records = worstKeep.size();
        double chosen = 0.99;
        boolean within = true;
        err.printf(Locale.ROOT, "calibrate: %s threshold | out-of-fold drop recall | keep loss (of %d records)%n", name,
                records);
        for (int step = 99; step >= 5; step--) {
            double t = step / 100.0;
            long lost = worstKeep.values().stream().filter(v -> v >= t).count();
            long dropped = weakestDrop.values().stream().filter(v -> v >= t).count();
            within &= lost <= budget * records;
            if (within) {
                chosen = t;
            }
            if (step % 5 == 0 || lost <= budget * records) {
                err.printf(Locale.ROOT, "  %.2f | %.3f | %.4f%n", t, (double) dropped / Math.max(1, weakestDrop.size()),
                        (double) lost / records);
            }
        }
        err.printf(Locale.ROOT, "calibrate: %s threshold %.2f%n", name, chosen);
        if (verbose) {
            for (int i = 0; i < scores.length; i++) {
                Sample sample = samples.get(i);
                boolean removed = scores[i] >= (showAt > 0 ? showAt : chosen);
                if (removed != (sample.label() == 1)) {
                    err.printf(Locale.ROOT, "  %s %.3f %s | %s%n", removed ? "FALSE REMOVAL" : "MISSED", scores[i],
                            sample.id(), sample.sentence().replace("\n", " / "));
                }
            }
        }
        return chosen;
    }

    /** The share of records with sentences to drop whose every such sentence scores at least the threshold. */
    private static double recall(List<Sample> samples, double[] scores, double threshold) {
        Map<Integer, Double> weakestDrop = new TreeMap<>();
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i).label() == 1) {
                weakestDrop.merge(samples.get(i).record(), scores[i], Math::min);
            }
        }
        return (double) weakestDrop.values().stream().filter(v -> v >= threshold).count()
                / Math.max(1, weakestDrop.size());
    }

    private static String source(double[][] weights, double[] thresholds, int[] rows, float[] direction,
            float[] fingerprint) {
        return """
                package io.github.s2a4j.core.internal;

                /**
                 * The local regenerator's models: logistic regressions fitted on the train split of the dev data
                 * (%d sentences for the stance model, %d for the distractor model, %d passages for the passage model,
                 * %d sentences for the passage-sentence model). Generated by {@code java -jar
                 * s2a-examples/target/s2a.jar calibrate --output
                 * s2a-core/src/main/java/io/github/s2a4j/core/internal/LocalWeights.java}; do not edit by hand, fit again.
                 */
                public final class LocalWeights {

                    private LocalWeights() {}

                    /**
                     * The stance model for embedding models other than the one below: bias, then one weight per
                     * {@link StanceCues#NAMES}. Its bias is moved so that it shares the embedding stance model's threshold.
                     */
                    private static final double[] STANCE = {
                %s
                    };

                    /** The stance model that also reads the embedding: bias, then one weight per {@link StanceCues#NAMES}. */
                    private static final double[] EMBEDDING_STANCE = {
                %s
                    };

                    /** Its direction in the space of the in-process all-MiniLM-L6-v2 (quantized): one weight per dimension. */
                    private static final float[] STANCE_DIRECTION = {
                %s
                    };

                    /** That model's unit-length embedding of the first stance prototype: where the direction applies. */
                    private static final float[] FINGERPRINT = {
                %s
                    };

                    /** Bias, then one weight per {@link DistractorCues#NAMES}. */
                    private static final double[] DISTRACTOR = {
                %s
                    };

                    /** Bias, then one weight per {@link PassageCues#PASSAGE_NAMES}. */
                    private static final double[] PASSAGE = {
                %s
                    };

                    /** Bias, then one weight per {@link PassageCues#SENTENCE_NAMES}. */
                    private static final double[] PASSAGE_SENTENCE = {
                %s
                    };

                    /** The stance probability from which a sentence is removed. */
                    public static final double STANCE_THRESHOLD = %s;

                    /** The distractor probability from which a sentence is removed. */
                    public static final double DISTRACTOR_THRESHOLD = %s;

                    /** The probability that a passage is unrelated to its query from which it is dropped. */
                    public static final double PASSAGE_THRESHOLD = %s;

                    /** The probability that a sentence of a related passage is unrelated from which it is dropped. */
                    public static final double PASSAGE_SENTENCE_THRESHOLD = %s;

                    /**
                     * The models and their thresholds.
                     *
                     * @return the models
                     */
                    public static LocalAnalyzer.Models models() {
                        return new LocalAnalyzer.Models(STANCE, DISTRACTOR, PASSAGE, PASSAGE_SENTENCE, STANCE_THRESHOLD,
                                DISTRACTOR_THRESHOLD, PASSAGE_THRESHOLD, PASSAGE_SENTENCE_THRESHOLD)
                                .withEmbeddingStance(new LocalAnalyzer.EmbeddingStance(EMBEDDING_STANCE, STANCE_DIRECTION,
                                        FINGERPRINT));
                    }
                }
                """.formatted(rows[0], rows[1], rows[2], rows[3], weights(weights[0], StanceCues.NAMES),
                weights(weights[4], StanceCues.NAMES), floats(direction), floats(fingerprint),
                weights(weights[1], DistractorCues.NAMES), weights(weights[2], PassageCues.PASSAGE_NAMES),
                weights(weights[3], PassageCues.SENTENCE_NAMES), threshold(thresholds[0]), threshold(thresholds[1]),
                threshold(thresholds[2]), threshold(thresholds[3]));
    }

    private static String threshold(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Eight to a line. */
    private static String floats(float[] values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            out.append(i % 8 == 0 ? (i == 0 ? "        " : String.format(Locale.ROOT, "%n        ")) : " ");
            out.append(String.format(Locale.ROOT, "%.5ff", values[i]));
            if (i + 1 < values.length) {
                out.append(',');
            }
        }
        return out.toString();
    }

    private static String weights(double[] weights, List<String> names) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "        %.4f, // bias", weights[0]));
        for (int i = 0; i < names.size(); i++) {
            out.append(String.format(Locale.ROOT, "%n        %.4f%s // %s", weights[i + 1],
                    i + 1 < names.size() ? "," : "", names.get(i)));
        }
        return out.toString();
    }
}
