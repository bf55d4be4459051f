package io.github.s2a4j.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a text that are content the user asks about rather than the user speaking: a labelled block
 * ({@code Argument: "..."}, {@code Poem:} and its lines, {@code Problem: ... Solution: ...}), a long quoted
 * passage, a list item. Content is kept whatever it says: an argument that "I believe" something is the object of
 * the question, not the user's stance. Stateless and thread-safe.
 */
public final class ContentRegions {

    /** Labels that introduce content to comment on. */
    private static final Set<String> LABELS = Set.of(
            "argument", "poem", "solution", "essay", "story", "text", "passage", "paragraph", "excerpt", "draft",
            "letter", "email", "speech", "review", "statement", "claim", "code", "answer", "response", "proof",
            "lyrics", "abstract", "summary", "article", "post", "quote", "verse", "song", "script", "thesis",
            "student answer", "my answer", "attempt", "working", "reasoning", "derivation");

    /** Labels that are content only beside another label: "Question: ... Answer: ..." under a request for feedback. */
    private static final Set<String> PAIRED_LABELS = Set.of("question", "problem", "task", "exercise");

    private static final Pattern LABEL = Pattern.compile(
            "(?:^|(?<=[.!?:\"”]\\s{1,4})|(?<=\\n))\\s*([A-Za-z][A-Za-z ]{0,20}?)\\s*:(?=\\s|$)",
            Pattern.MULTILINE);

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

    /** A long quotation: it spans this many characters or more than one sentence. */
    private static final int LONG_QUOTE = 60;

    private ContentRegions() {}

    /**
     * Which sentences are content.
     *
     * @param text the text
     * @param sentences its sentences
     * @return a flag per sentence
     */
    public static boolean[] of(String text, List<Sentence> sentences) {
        List<int[]> regions = regions(text);
        boolean[] content = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (Sentences.isListItem(sentence.text())) {
                content[i] = true;
                continue;
            }
            for (int[] region : regions) {
                if (sentence.start() >= region[0] && sentence.start() < region[1]) {
                    content[i] = true;
                    break;
                }
            }
        }
        return content;
    }

    /** [start, end) ranges of labelled blocks and long quotations. */
    static List<int[]> regions(String text) {
        List<int[]> regions = new ArrayList<>();
        List<int[]> labels = new ArrayList<>();
        boolean plainLabel = false;
        Matcher matcher = LABEL.matcher(text);
        while (matcher.find()) {
            String label = matcher.group(1).strip().toLowerCase(Locale.ROOT);
            if (LABELS.contains(label)) {
                labels.add(new int[] {matcher.start(1), matcher.end(), 0});
                plainLabel = true;
            } else if (PAIRED_LABELS.contains(label)) {
                labels.add(new int[] {matcher.start(1), matcher.end(), 1});
            }
        }
        for (int[] label : labels) {
            if (label[2] == 1 && !plainLabel) {
                continue;
            }
            regions.add(new int[] {label[0], blockEnd(text, label[1])});
        }
        quotations(text, regions);
        return regions;
    }

    /** Where the block after a label ends: its closing quote, else the next blank line, else the text's end. */
    private static int blockEnd(String text, int afterLabel) {
        int i = afterLabel;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < text.length()) {
            char open = text.charAt(i);
            char close = open == '"' ? '"' : open == '“' ? '”' : 0;
            if (close != 0) {
                int end = text.indexOf(close, i + 1);
                if (end > 0) {
                    return end + 1;
                }
            }
        }
        Matcher blank = BLANK_LINE.matcher(text);
        return blank.find(i) ? blank.start() : text.length();
    }

    private static void quotations(String text, List<int[]> regions) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char close = c == '"' ? '"' : c == '“' ? '”' : 0;
            if (close == 0) {
                i++;
                continue;
            }
            int end = text.indexOf(close, i + 1);
            if (end < 0) {
                return;
            }
            String inside = text.substring(i + 1, end);
            if (inside.length() >= LONG_QUOTE || Sentences.split(inside).size() > 1) {
                regions.add(new int[] {i, end + 1});
            }
            i = end + 1;
        }
    }
}
