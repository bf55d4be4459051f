package io.github.s2a4j.examples.bench;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.LlmRegenerator;
import io.github.s2a4j.core.RegenerationPrompt;
import java.util.function.Supplier;

/**
 * What a method's regenerator is built from, for one answer: the model (metered, so the regeneration's calls and
 * tokens count), the task's preset, and the in-process embedding model for regenerators that need no LLM.
 */
final class Regenerators {

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

    /** The paper's copying regenerator on the model under test, with the given step-1 prompt. */
    ContextRegenerator llm(RegenerationPrompt prompt) {
        return LlmRegenerator.builder().model(model).prompt(prompt).build();
    }
}
