package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.output.TokenUsage;
import io.github.s2a4j.core.internal.Sentence;
import io.github.s2a4j.core.internal.Sentences;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A gate in front of a costly regenerator: a cheap detector looks at the request first, and the regenerator
 * (typically an LLM call) runs only when something is likely to be removed.
 *
 * <p>S2A pays an extra model call on every turn, though most turns carry no opinion and no distractor. The
 * detector is either a cheap {@link ContextRegenerator} (one without a model call, such as a local one), whose
 * verdict is whether it {@link RegeneratedContext#removed() removed} anything, or a {@link Predicate} of your
 * own. A request the detector finds clean costs no regeneration call: its text comes back unchanged, split into
 * the context and the question (its last sentence that asks one, else its last sentence; with a
 * {@link RegenerationRequest#query() query}, the query), with nothing removed.
 *
 * <p>Composition: the detector runs first; if it throws, the gate cannot vouch for the request and the
 * regenerator runs. The regenerator's result is returned as it is, with the detector's token usage, if any,
 * added; its exceptions propagate unchanged. Immutable and thread-safe if the detector and the regenerator are.
 *
 * <pre>{@code
 * ContextRegenerator gated = GatedRegenerator.builder()
 *         .predicate(request -> request.text().contains("I think"))
 *         .regenerator(ContextRegenerator.selecting(cheapModel))
 *         .build();
 * ChatModel model = S2AChatModel.builder().delegate(openAi).regenerator(gated).build();
 * }</pre>
 */
public final class GatedRegenerator implements ContextRegenerator {

    private static final Logger log = LoggerFactory.getLogger(GatedRegenerator.class);

    private final @Nullable ContextRegenerator detector;
    private final @Nullable Predicate<RegenerationRequest> predicate;
    private final ContextRegenerator regenerator;

    private GatedRegenerator(
            @Nullable ContextRegenerator detector,
            @Nullable Predicate<RegenerationRequest> predicate,
            ContextRegenerator regenerator) {
        this.detector = detector;
        this.predicate = predicate;
        this.regenerator = regenerator;
    }

    /**
     * A builder; {@link Builder#regenerator(ContextRegenerator)} and either a
     * {@link Builder#detector(ContextRegenerator) detector} or a {@link Builder#predicate(Predicate) predicate}
     * are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RegeneratedContext regenerate(RegenerationRequest request) {
        requireNonNull(request, "request");
        TokenUsage detectorUsage = null;
        boolean worthIt;
        try {
            if (detector != null) {
                RegeneratedContext detected = detector.regenerate(request);
                worthIt = detected == null || !detected.removed().isEmpty();
                detectorUsage = detected == null ? null : detected.tokenUsage();
            } else {
                worthIt = requireNonNull(predicate, "predicate").test(request);
            }
        } catch (RuntimeException e) {
            log.debug("S2A gate: the detector failed, so the request is regenerated: {}", e.toString());
            worthIt = true;
        }
        if (!worthIt) {
            log.debug("S2A gate: nothing to remove in a {}-char text; no regeneration call", request.text().length());
            return unchanged(request, detectorUsage);
        }
        RegeneratedContext regenerated = regenerator.regenerate(request);
        if (regenerated == null || detectorUsage == null) {
            return regenerated;
        }
        return regenerated.withTokenUsage(TokenUsage.sum(detectorUsage, regenerated.tokenUsage()));
    }

    /** The request's text as it is: context and question, nothing removed. */
    private static RegeneratedContext unchanged(RegenerationRequest request, @Nullable TokenUsage usage) {
        String text = request.text();
        String query = request.query();
        if (query != null) {
            return new RegeneratedContext(text + "\n\n" + query, text.strip(), query.strip(), List.of(), usage);
        }
        List<Sentence> sentences = Sentences.split(text);
        if (sentences.isEmpty()) {
            return new RegeneratedContext(text, "", "", List.of(), usage);
        }
        Sentence question = sentences.get(sentences.size() - 1);
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (sentences.get(i).text().indexOf('?') >= 0) {
                question = sentences.get(i);
                break;
            }
        }
        String before = text.substring(0, question.start()).strip();
        String after = text.substring(question.end()).strip();
        String context = before.isEmpty() ? after : after.isEmpty() ? before : before + " " + after;
        return new RegeneratedContext(text, context, question.text(), List.of(), usage);
    }

    @Override
    public String toString() {
        return "GatedRegenerator[" + (detector != null ? "detector=" + detector : "predicate") + ", regenerator="
                + regenerator + "]";
    }

    /** Builds {@link GatedRegenerator}s. Not thread-safe. */
    public static final class Builder {

        private @Nullable ContextRegenerator detector;
        private @Nullable Predicate<RegenerationRequest> predicate;
        private @Nullable ContextRegenerator regenerator;

        private Builder() {}

        /**
         * Sets a cheap regenerator as the detector: a request is regenerated when it removes anything.
         *
         * @param detector a regenerator that makes no model call, such as a local one
         * @return this builder
         */
        public Builder detector(ContextRegenerator detector) {
            this.detector = requireNonNull(detector, "detector");
            return this;
        }

        /**
         * Sets a predicate as the detector: a request is regenerated when it returns {@code true}.
         *
         * @param predicate whether a request is likely to hold something to remove
         * @return this builder
         */
        public Builder predicate(Predicate<RegenerationRequest> predicate) {
            this.predicate = requireNonNull(predicate, "predicate");
            return this;
        }

        /**
         * Sets the regenerator that runs when the detector finds something (required).
         *
         * @param regenerator typically an LLM regenerator, such as {@link ContextRegenerator#selecting}
         * @return this builder
         */
        public Builder regenerator(ContextRegenerator regenerator) {
            this.regenerator = requireNonNull(regenerator, "regenerator");
            return this;
        }

        /**
         * Builds the gate.
         *
         * @return the gated regenerator
         * @throws IllegalStateException if the regenerator is missing, or not exactly one of a detector and a
         *     predicate was set
         */
        public GatedRegenerator build() {
            if (regenerator == null) {
                throw new IllegalStateException("regenerator is required");
            }
            if ((detector == null) == (predicate == null)) {
                throw new IllegalStateException("set either a detector or a predicate, not both and not neither");
            }
            return new GatedRegenerator(detector, predicate, regenerator);
        }
    }
}
