package io.github.s2a4j.core;

/**
 * Sees what a decorator did with each user turn: the regeneration it used, or why it sent the original.
 *
 * <p>Every method has a no-op default, so implement only what you need. Called on the thread that makes the
 * chat call (for streaming, the thread that regenerates), before the answering call; keep it fast.
 * An exception thrown by a listener is logged and otherwise ignored. Implementations used by a shared
 * decorator must be thread-safe.
 *
 * <pre>{@code
 * ChatModel model = S2AChatModel.builder()
 *         .delegate(openAi)
 *         .listener(new S2AListener() {
 *             public void onRegenerated(RegeneratedContext regenerated) {
 *                 log.info("S2A removed {} sentence(s)", regenerated.removed().size());
 *             }
 *             public void onFallback(String originalText, S2AException reason) {
 *                 log.warn("S2A fell back: {}", reason.getMessage());
 *             }
 *         })
 *         .build();
 * }</pre>
 */
public interface S2AListener {

    /** A listener that does nothing. */
    S2AListener NO_OP = new S2AListener() {};

    /**
     * The user turn was regenerated; the answering call sees the regeneration instead of the original.
     *
     * @param regenerated the regeneration, with the original text
     */
    default void onRegenerated(RegeneratedContext regenerated) {}

    /**
     * The user turn had been regenerated before (a tool round of the same turn, an earlier turn of the
     * conversation, or repeated text), and that regeneration was used again without a model call.
     *
     * @param regenerated the regeneration used
     */
    default void onReused(RegeneratedContext regenerated) {}

    /**
     * The regeneration failed and the original request was sent, untouched ({@link FailurePolicy#FALL_BACK}).
     *
     * @param originalText the user's text that could not be regenerated
     * @param reason what went wrong; its cause is the regeneration model's exception, if there was one
     */
    default void onFallback(String originalText, S2AException reason) {}

    /**
     * The regeneration failed and the call fails with {@code reason}: the policy is {@link FailurePolicy#THROW},
     * or the calling thread was interrupted. Called just before the exception is thrown (or, when streaming,
     * passed to the handler's {@code onError}).
     *
     * @param originalText the user's text that could not be regenerated
     * @param reason the exception the caller gets
     */
    default void onFailure(String originalText, S2AException reason) {}

    /**
     * The request had nothing to regenerate (no user message, or one without text) and was passed through.
     *
     * @param reason why nothing was regenerated
     */
    default void onSkipped(String reason) {}
}
