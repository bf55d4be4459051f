package io.github.s2a4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedding stance model is read only in the embedding space it was fitted in. */
final class LocalAnalyzerTest {

    private static final String TEXT = "Which planet is the largest? I think the answer is Saturn, but I'm not sure.";

    /** Cues that say nothing: every candidate scores sigmoid(-5) under the cues-only model. */
    private static double[] silentCues(double bias) {
        double[] weights = new double[StanceCues.NAMES.size() + 1];
        weights[0] = bias;
        return weights;
    }

    private static LocalAnalyzer.Models models(EmbeddingModel fittedWith) {
        float[] fingerprint = unit(fittedWith.embed(StanceCues.PROTOTYPES.get(0)).content().vector());
        float[] direction = new float[fingerprint.length];
        for (int i = 0; i < direction.length; i++) {
            direction[i] = 20 * fingerprint[i];
        }
        return new LocalAnalyzer.Models(silentCues(-5), zeros(DistractorCues.NAMES.size()),
                zeros(PassageCues.PASSAGE_NAMES.size()), zeros(PassageCues.SENTENCE_NAMES.size()), 0.5, 0.99, 0.99,
                0.99).withEmbeddingStance(new LocalAnalyzer.EmbeddingStance(silentCues(-5), direction,
                        fingerprint));
    }

    private static double[] zeros(int features) {
        return new double[features + 1];
    }

    private static double stanceOfSecondSentence(EmbeddingModel model, LocalAnalyzer.Models models) {
        return new LocalAnalyzer(model, models, true, true).analyze(TEXT, null).entries().get(1).decision().stance();
    }

    @Test
    void should_add_the_direction_for_the_embedding_model_it_was_fitted_with() {
        EmbeddingModel fitted = new Hashing(16, 7);

        double stance = stanceOfSecondSentence(fitted, models(fitted));

        // -5 from the cues, plus 20 times the sentence's cosine with the prototype: well above one half.
        assertThat(stance).isGreaterThan(0.5);
    }

    @Test
    void should_score_with_the_cues_alone_in_another_embedding_space_of_the_same_size() {
        EmbeddingModel other = new Hashing(16, 11);

        double stance = stanceOfSecondSentence(other, models(new Hashing(16, 7)));

        assertThat(stance).isCloseTo(1 / (1 + Math.exp(5)), offset(1e-9));
    }

    @Test
    void should_score_with_the_cues_alone_when_the_dimensions_differ() {
        double stance = stanceOfSecondSentence(new Hashing(8, 7), models(new Hashing(16, 7)));

        assertThat(stance).isCloseTo(1 / (1 + Math.exp(5)), offset(1e-9));
    }

    @Test
    void should_read_embeddings_with_the_shipped_weights_and_the_in_process_model() {
        EmbeddingModel miniLm = new AllMiniLmL6V2QuantizedEmbeddingModel();

        assertThat(new LocalAnalyzer(miniLm, LocalWeights.models(), true, true).readsEmbeddings()).isTrue();
        assertThat(new LocalAnalyzer(new Hashing(384, 7), LocalWeights.models(), true, true).readsEmbeddings())
                .isFalse();
    }

    @Test
    void should_reject_a_direction_that_does_not_match_its_fingerprint() {
        assertThatThrownBy(() -> new LocalAnalyzer.EmbeddingStance(silentCues(0), new float[3], new float[4]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the direction and the fingerprint must have one entry per embedding dimension, had 3 and 4");
        assertThatThrownBy(() -> new LocalAnalyzer.EmbeddingStance(new double[2], new float[4], new float[4]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("embedding stance weights must have");
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / Math.sqrt(norm));
        }
        return unit;
    }

    /** A deterministic bag-of-characters model; another multiplier makes another space. */
    private static final class Hashing implements EmbeddingModel {

        private final int dimensions;
        private final int multiplier;

        Hashing(int dimensions, int multiplier) {
            this.dimensions = dimensions;
            this.multiplier = multiplier;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> embeddings = new ArrayList<>();
            for (TextSegment segment : segments) {
                float[] vector = new float[dimensions];
                for (char c : segment.text().toCharArray()) {
                    vector[(c * multiplier) % dimensions] += 1f;
                }
                embeddings.add(Embedding.from(vector));
            }
            return Response.from(embeddings);
        }
    }
}
