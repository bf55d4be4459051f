package io.github.s2a4j.core.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A text folded for lenient comparison (lower case, one space for every run of whitespace, straight quotes
 * and hyphens), which remembers where each folded character came from, so that a match in the folded text
 * can be mapped back to the exact span of the original. Immutable and thread-safe.
 */
public final class FoldedText {

    private final String folded;
    private final int[] origins;

    private FoldedText(String folded, int[] origins) {
        this.folded = folded;
        this.origins = origins;
    }

    /**
     * Folds a text.
     *
     * @param text any text
     * @return the folded text
     */
    public static FoldedText of(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] origins = new int[text.length()];
        boolean space = true; // drops leading whitespace
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    origins[folded.length()] = i;
                    folded.append(' ');
                    space = true;
                }
                continue;
            }
            origins[folded.length()] = i;
            folded.append(fold(c));
            space = false;
        }
        int length = folded.length();
        if (length > 0 && folded.charAt(length - 1) == ' ') {
            length--;
            folded.setLength(length);
        }
        return new FoldedText(folded.toString(), Arrays.copyOf(origins, length));
    }

    /**
     * Folds a text without keeping where its characters came from.
     *
     * @param text any text
     * @return the folded form
     */
    public static String fold(String text) {
        return of(text).folded;
    }

    private static char fold(char c) {
        return switch (c) {
            case '‘', '’', '‚', '′' -> '\'';
            case '“', '”', '„', '″' -> '"';
            case '‐', '‑', '‒', '–', '—', '−' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    /**
     * The folded form.
     *
     * @return the folded text
     */
    public String folded() {
        return folded;
    }

    /**
     * Where the last occurrence of a text lies in the original, compared folded.
     *
     * @param needle the text to look for
     * @return {@code [start, end)} in the original, or {@code null} if the needle is blank or absent
     */
    public int @Nullable [] findLast(String needle) {
        String foldedNeedle = fold(needle);
        if (foldedNeedle.isEmpty()) {
            return null;
        }
        int at = folded.lastIndexOf(foldedNeedle);
        if (at < 0) {
            return null;
        }
        int last = at + foldedNeedle.length() - 1;
        return new int[] {origins[at], origins[last] + 1};
    }
}
