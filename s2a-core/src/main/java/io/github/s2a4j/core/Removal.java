package io.github.s2a4j.core;

import static java.util.Objects.requireNonNull;

/**
 * A part of the user's text that a regeneration left out, and why.
 *
 * <p>Immutable and thread-safe. {@code toString()} shows the reason and the size of the text, not the text: it is
 * user data, and results end up in logs.
 *
 * <pre>{@code
 * for (Removal removal : regenerated.removed()) {
 *     System.out.println(removal.reason() + ": " + removal.text());
 * }
 * }</pre>
 *
 * @param text the removed text, as it appears in the original
 * @param reason why it was removed, for people: logs, the demo, debugging
 */
public record Removal(String text, String reason) {

    /**
     * Validates the components.
     *
     * @param text the removed text
     * @param reason why it was removed
     */
    public Removal {
        requireNonNull(text, "text");
        requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "Removal[" + text.length() + " chars, reason=" + reason + "]";
    }
}
