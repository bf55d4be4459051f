package io.github.s2a4j.core.internal;

import java.text.Normalizer;

/**
 * The markers that delimit a user's text inside a regeneration prompt: {@code <<<BEGIN TEXT tag>>>} and
 * {@code <<<END TEXT tag>>>}, whose tag the text does not contain, so that the text cannot close its block and
 * go on as prompt.
 *
 * <p>A text could forge a marker only by containing its tag. The tag is eight hex digits, derived from the texts
 * (the same texts get the same tag, so prompts are repeatable), and the next candidate is taken while any of the
 * texts contains it in any disguise a reader, or a model, might take for it: in any case, spelled with
 * compatibility forms (fullwidth, mathematical, circled), broken up by invisible characters (zero-width spaces
 * and joiners, bidi controls), combining marks, spaces or punctuation, written with Cyrillic or Greek letters
 * that look like Latin ones, or with {@code o}, {@code i} and {@code l} for {@code 0} and {@code 1}. Stateless and
 * thread-safe.
 */
public final class TextMarkers {

    /** The kind of block for a user's text. */
    public static final String TEXT = "TEXT";

    /** The kind of block for a query the text is judged against. */
    public static final String QUERY = "QUERY";

    /** Cyrillic and Greek letters, lower case, that look like Latin ones, and those they look like. */
    private static final String LOOKALIKES = "аaбbвbсcԁdеeёeһhіiјjкkӏlмmнhоoрpԛqѕsтtԝwхxуyαaβbεeηnιiκkνvοoρpτtυuχx";

    private static final String HEX_DIGITS = "0123456789abcdef";

    /** The skeleton of each ASCII character, or 0 for one a reader does not see as a letter or digit. */
    private static final char[] ASCII_SKELETON = new char[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_SKELETON[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_SKELETON[c] = c == 'o' ? '0' : c == 'i' || c == 'l' ? '1' : c;
            ASCII_SKELETON[Character.toUpperCase(c)] = ASCII_SKELETON[c];
        }
    }

    /** Tags tried at most before giving up on one the texts cannot contain; unreachable in practice. */
    private static final int MAX_TRIES = 1_000;

    private TextMarkers() {}

    /**
     * A tag that none of the texts contains, in any disguise.
     *
     * @param texts the texts that will be delimited with it
     * @return eight lower-case hex digits
     */
    public static String tagFor(String... texts) {
        int hash = 0;
        for (int i = 0; i < texts.length; i++) {
            hash = i == 0 ? texts[i].hashCode() : hash * 31 + texts[i].hashCode();
        }
        return tagFor(hash, texts);
    }

    /** The first tag from {@code seed} on that none of the texts contains, in any disguise. */
    static String tagFor(int seed, String... texts) {
        String[] skeletons = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            skeletons[i] = skeleton(texts[i]);
        }
        int hash = seed;
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            String tag = hex(hash);
            if (!containedIn(skeleton(tag), skeletons)) {
                return tag;
            }
            hash = hash * 31 + 0x5f3759df;
        }
        throw new IllegalStateException("no tag found that the texts do not contain");
    }

    /** Eight lower-case hex digits, leading zeros kept. */
    private static String hex(int value) {
        char[] digits = new char[8];
        for (int i = 7; i >= 0; i--) {
            digits[i] = HEX_DIGITS.charAt((value >>> (4 * (7 - i))) & 0xf);
        }
        return new String(digits);
    }

    private static boolean containedIn(String tag, String[] skeletons) {
        for (String skeleton : skeletons) {
            if (skeleton.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line that opens a block.
     *
     * @param kind {@link #TEXT} or {@link #QUERY}
     * @param tag the block's tag, from {@link #tagFor}
     * @return {@code <<<BEGIN kind tag>>>}
     */
    public static String begin(String kind, String tag) {
        return "<<<BEGIN " + kind + " " + tag + ">>>";
    }

    /**
     * The line that closes a block.
     *
     * @param kind {@link #TEXT} or {@link #QUERY}
     * @param tag the block's tag, from {@link #tagFor}
     * @return {@code <<<END kind tag>>>}
     */
    public static String end(String kind, String tag) {
        return "<<<END " + kind + " " + tag + ">>>";
    }

    /**
     * A text between its markers, each on a line of its own; the text itself is not changed.
     *
     * @param kind {@link #TEXT} or {@link #QUERY}
     * @param text the text
     * @param tag a tag the text does not contain, from {@link #tagFor}
     * @return the block
     */
    public static String block(String kind, String text, String tag) {
        return begin(kind, tag) + '\n' + text + '\n' + end(kind, tag);
    }

    /**
     * What a text looks like to a reader who does not see invisible characters and cannot tell look-alike
     * letters apart: compatibility forms and accents folded (NFKD), lower case, only letters and digits kept,
     * look-alike letters mapped to the Latin ones, digits of any script to ASCII ones, {@code o} to {@code 0},
     * {@code i} and {@code l} to {@code 1}.
     */
    static String skeleton(String text) {
        if (isAscii(text)) {
            char[] skeleton = new char[text.length()];
            int length = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = ASCII_SKELETON[text.charAt(i)];
                if (c != 0) {
                    skeleton[length++] = c;
                }
            }
            return new String(skeleton, 0, length);
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder skeleton = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = Character.toLowerCase(normalized.charAt(i));
            if (!Character.isLetterOrDigit(c)) {
                continue; // invisible characters, marks, spaces and punctuation
            }
            int lookalike = c < 0x80 ? -1 : LOOKALIKES.indexOf(c);
            char latin = lookalike >= 0 && lookalike % 2 == 0 ? LOOKALIKES.charAt(lookalike + 1)
                    : Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10))
                    : c;
            skeleton.append(latin == 'o' ? '0' : latin == 'i' || latin == 'l' ? '1' : latin);
        }
        return skeleton.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
