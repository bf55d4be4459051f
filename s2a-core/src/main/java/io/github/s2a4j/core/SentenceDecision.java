package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

/**
 * What the {@link LocalRegenerator} decided about one sentence of the user's text, with the scores behind it.
 *
 * <p>Immutable and thread-safe. {@code toString()} shows the verdict and the scores, not the sentence (user data).
 *
 * <pre>{@code
 * for (SentenceDecision decision : local.explain(userText)) {
 *     System.out.printf("%-10s %.2f %.2f %s%n",
 *             decision.verdict(), decision.stance(), decision.distractor(), decision.sentence());
 * }
 * }</pre>
 *
 * @param sentence the sentence, as it appears in the text
 * @param verdict what happened to it
 * @param stance the probability that it states the user's stance on the answer; {@code 0.0} for a sentence that
 *     cannot state one (no first person, hedge, cited source, verdict or suggestive question: a fact, a question
 *     that asks for something, a request); {@code NaN} for content and for every sentence of a passage judged
 *     against a query, which are not the user speaking
 * @param distractor the probability that it is irrelevant to the question: in a word problem, the distractor
 *     model's; in a passage judged against a query, the probability that the sentence (or the whole passage) is
 *     unrelated to it; {@code NaN} where neither model ran (any other text, the question, content, stances)
 * @param relevance the cosine similarity of its embedding to the question's, or {@code NaN} when there is no
 *     question to compare with
 * @param reason why, for people: logs, the demo, debugging
 */
public record SentenceDecision(
        String sentence, Verdict verdict, double stance, double distractor, double relevance, String reason) {

    /**
     * Validates the components.
     *
     * @param sentence the sentence
     * @param verdict the verdict
     * @param stance the stance probability or NaN
     * @param distractor the distractor probability or NaN
     * @param relevance the relevance or NaN
     * @param reason the reason
     */
    public SentenceDecision {
        requireNonNull(sentence, "sentence");
        requireNonNull(verdict, "verdict");
        requireNonNull(reason, "reason");
    }

    /**
     * Whether the sentence was left out of the regenerated text.
     *
     * @return {@code true} for {@link Verdict#STANCE} and {@link Verdict#DISTRACTOR}
     */
    public boolean removed() {
        return verdict.removed();
    }

    @Override
    public String toString() {
        return "SentenceDecision[" + sentence.length() + " chars, " + verdict + ", stance=" + stance
                + ", distractor=" + distractor + ", relevance=" + relevance + "]";
    }

    /** What happened to a sentence. */
    public enum Verdict {
        /** Kept as the question (the last one the text asks), or as another question or request it makes. */
        QUESTION(false),
        /** Kept: context the question may need. */
        CONTEXT(false),
        /** Kept whatever it says: quoted, labelled, listed or introduced content the user asks about, or code. */
        CONTENT(false),
        /** Removed: the user's stance on the answer (an opinion, a doubt, a verdict, authorship). */
        STANCE(true),
        /** Removed: irrelevant to the question, or a passage's sentence unrelated to the query. */
        DISTRACTOR(true);

        private final boolean removed;

        Verdict(boolean removed) {
            this.removed = removed;
        }

        /**
         * Whether a sentence with this verdict is left out.
         *
         * @return {@code true} for the removing verdicts
         */
        public boolean removed() {
            return removed;
        }
    }
}
