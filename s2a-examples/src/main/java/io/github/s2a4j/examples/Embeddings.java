package io.github.s2a4j.examples;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/** The embedding model the commands use: the in-process, quantized all-MiniLM-L6-v2 (no key, no server). */
final class Embeddings {

    private Embeddings() {}

    /**
     * Loads the in-process model (about a second).
     *
     * @return the model
     */
    static EmbeddingModel inProcess() {
        return new AllMiniLmL6V2QuantizedEmbeddingModel();
    }
}
