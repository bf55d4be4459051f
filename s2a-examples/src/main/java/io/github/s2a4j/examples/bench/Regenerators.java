package io.github.s2a4j.examples.bench;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.LlmRegenerator;
import io.github.s2a4j.core.LocalRegenerator;
import io.github.s2a4j.core.RegenerationPrompt;
import io.github.s2a4j.core.SelectingRegenerator;
import io.github.s2a4j.core.SelectionPrompt;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a method's regenerator is built from, for one answer: the model (metered, so the regeneration's calls and
 * tokens count), the task's preset, and the in-process embedding model for regenerators that need no LLM.
 */
final class Regenerators {

    private static final Map<EmbeddingModel, LocalRegenerator> LOCAL = Collections.synchronizedMap(new WeakHashMap<>());

    private final ChatModel model;
    private final RegenerationPrompt preset;
    private final Supplier<EmbeddingModel> embeddingModel;

    Regenerators(ChatModel model, RegenerationPrompt preset, Supplier<EmbeddingModel> embeddingModel) {
        this.model = requireNonNull(model, "model");
        this.preset = requireNonNull(preset, "preset");
        this.embeddingModel = requireNonNull(embeddingModel, "embeddingModel");
    }

    /** The model under test, metered. */
    ChatModel model() {
        return model;
    }

    /** The paper's step-1 prompt for the task: unbiased for opinions, relevant for GSM-IC's distractors. */
    RegenerationPrompt preset() {
        return preset;
    }

    /** The shared in-process embedding model (all-MiniLM-L6-v2), loaded on first use. */
    EmbeddingModel embeddingModel() {
        return embeddingModel.get();
    }

    /**
     * The in-process all-MiniLM-L6-v2 (quantized), loaded once, on first use, so that runs without a method that
     * needs it do not pay the second it takes to load.
     */
    static Supplier<EmbeddingModel> inProcessEmbeddingModel() {
        return new Supplier<>() {
            private volatile @Nullable EmbeddingModel model;

            @Override
            public EmbeddingModel get() {
                EmbeddingModel loaded = model;
                if (loaded == null) {
                    synchronized (this) {
                        loaded = model;
                        if (loaded == null) {
                            loaded = new AllMiniLmL6V2QuantizedEmbeddingModel();
                            model = loaded;
                        }
                    }
                }
                return loaded;
            }
        };
    }

    /** The paper's copying regenerator on the model under test, with the given step-1 prompt. */
    ContextRegenerator llm(RegenerationPrompt prompt) {
        return LlmRegenerator.builder().model(model).prompt(prompt).build();
    }

    /** The selecting regenerator on the model under test, with the selection preset matching the task's. */
    ContextRegenerator selecting() {
        SelectionPrompt selection = preset.equals(RegenerationPrompt.RELEVANT)
                ? SelectionPrompt.RELEVANT
                : SelectionPrompt.UNBIASED;
        return SelectingRegenerator.builder().model(model).prompt(selection).build();
    }

    /**
     * The local regenerator on the shared embedding model: one per embedding model, so that its stance and
     * situation prototypes are embedded once per run, not once per answer.
     */
    LocalRegenerator local() {
        return LOCAL.computeIfAbsent(embeddingModel(), ContextRegenerator::local);
    }
}
