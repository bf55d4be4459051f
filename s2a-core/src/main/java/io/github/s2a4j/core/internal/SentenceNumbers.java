package io.github.s2a4j.core.internal;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the list of sentence numbers a model wrote, as leniently as models write it: {@code 1, 3-5},
 * {@code [1], [3]}, {@code sentences 2 to 4 and 7}, a bulleted column, repeated, reversed or out-of-range numbers,
 * {@code all}. The list is what the text starts with; it ends at the first word that is not part of a list,
 * so prose after it ({@code "1, 3 (sentence 2 is an opinion)"}) is not read. Stateless and thread-safe.
 */
public final class SentenceNumbers {

    /** One token of a list: a range, a number, or what may stand between numbers. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<from>\\d+)[ \\t]*(?:-|–|—|\\.\\.|to\\b|through\\b|thru\\b)[ \\t]*(?<to>\\d+)"
                    + "|(?<number>\\d+)"
                    + "|[\\s,;&+/|\\[\\]{}#*•\"'`_-]+"
                    + "|\\.(?=[ \\t]*\\d)"
                    + "|(?:and|or|sentences?|nos?|numbers?|lines?)\\b\\.?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ALL = Pattern.compile(
            "(?i)\\s*all(?:\\s+(?:of\\s+them|sentences|the\\s+sentences|of\\s+the\\s+sentences))?\\s*[.!]?\\s*");

    private static final int MAX_DIGITS = 9;

    private SentenceNumbers() {}

    /**
     * The numbers a text starts with.
     *
     * @param text what the model wrote where it was asked for numbers
     * @param count how many sentences there are; numbers run from 1 to {@code count}
     * @return the numbers, or {@code null} when the text does not start with any
     */
    public static @Nullable Numbers parse(String text, int count) {
        BitSet selected = new BitSet(count + 1);
        if (ALL.matcher(text).matches()) {
            selected.set(1, count + 1);
            return new Numbers(selected, 1, 0, text.length());
        }
        Matcher matcher = TOKEN.matcher(text);
        int at = 0;
        int found = 0;
        int outside = 0;
        int end = 0;
        while (at < text.length()) {
            matcher.region(at, text.length());
            if (!matcher.lookingAt()) {
                break;
            }
            at = matcher.end();
            if (matcher.group("from") != null) {
                long from = value(matcher.group("from"));
                long to = value(matcher.group("to"));
                long low = Math.max(1, Math.min(from, to));
                long high = Math.min(count, Math.max(from, to));
                found++;
                if (low <= high) {
                    selected.set((int) low, (int) high + 1);
                } else {
                    outside++;
                }
                end = at;
            } else if (matcher.group("number") != null) {
                long number = value(matcher.group("number"));
                found++;
                if (number >= 1 && number <= count) {
                    selected.set((int) number);
                } else {
                    outside++;
                }
                end = at;
            }
        }
        if (found == 0) {
            return null;
        }
        return new Numbers(selected, found, outside, end);
    }

    /** A number's value; too many digits for any list reads as out of range. */
    private static long value(String digits) {
        return digits.length() > MAX_DIGITS ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    /**
     * The numbers of a list.
     *
     * @param selected the numbers within range, as set bits (bit {@code n} for sentence {@code n})
     * @param found how many numbers and ranges the list has, in range or not
     * @param outside how many of them lie wholly outside the range
     * @param end where the list ends in the text
     */
    public record Numbers(BitSet selected, int found, int outside, int end) {

        /**
         * Whether every number of the list lay outside the range.
         *
         * @return {@code true} if no number was usable
         */
        public boolean allOutside() {
            return outside == found;
        }
    }
}
