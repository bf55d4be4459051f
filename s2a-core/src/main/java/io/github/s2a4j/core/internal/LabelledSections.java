package io.github.s2a4j.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the labelled sections out of what a regeneration model wrote (paper, section 2.2): keeps only the
 * labelled fields and tolerates what real models add around them.
 *
 * <p>Handles chain-of-thought or chatter before the labels, markdown headings, bold or quoted labels, the
 * parenthesised part of a label left out or changed, labels in either order or on one line, fenced or quoted
 * section bodies, "none"/"N/A" bodies, and comments after the last section. A label counts only when a colon
 * follows it. Where a label occurs more than once, the last occurrence that starts a line wins (a model that
 * thinks aloud names the labels before it uses them); failing that, the last occurrence anywhere.
 * Immutable and thread-safe.
 */
public final class LabelledSections {

    /** Bodies that mean "nothing": the whole body, case-insensitive, punctuation ignored. */
    private static final Pattern NOTHING = Pattern.compile(
            "(?i)(?:none|n/?a|nil|null|empty|nothing|-+|no (?:unbiased |relevant |related |additional )?"
                    + "(?:text |context|content|information)[^\\n]*|there is no [^\\n]*context[^\\n]*|\\(none\\))[.!]?");

    /** A paragraph after the last section that is the model talking about its work, not content. */
    private static final Pattern COMMENTARY = Pattern.compile(
            "(?i)^\\s*(?:\\(?\\s*note\\b|\\*+note|explanation\\b|i (?:have|'ve|removed|excluded|omitted|kept|"
                    + "left|extracted|separated|did)\\b|i’ve\\b|in this (?:version|rewrite|text)|this (?:version|"
                    + "rewrite|text|way|removes|excludes|keeps)\\b|the user's (?:opinion|bias)|removed\\b|"
                    + "by removing\\b|let me know\\b|hope this\\b|\\(this\\b)");

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private static final Pattern LEADING_EMPHASIS = Pattern.compile("^[*_]+\\s*");

    private static final Pattern TRAILING_EMPHASIS = Pattern.compile("\\s*[*_]+$");

    private final List<Label> labels;

    /**
     * A parser for sections with these labels, as a prompt names them (the parenthesised part and the
     * colon are optional in the answer).
     *
     * @param sectionLabels the label of each section, in the prompt's order
     * @param aliases more names that count for each section, accepted only at the start of a line
     */
    public LabelledSections(List<String> sectionLabels, List<List<String>> aliases) {
        if (sectionLabels.size() != aliases.size()) {
            throw new IllegalArgumentException("one list of aliases per section label");
        }
        List<Label> all = new ArrayList<>();
        for (int section = 0; section < sectionLabels.size(); section++) {
            all.add(new Label(section, core(sectionLabels.get(section)), false));
            for (String alias : aliases.get(section)) {
                all.add(new Label(section, core(alias), true));
            }
        }
        // Longest first, so that "Detailed question" wins over "question" at the same place.
        all.sort(Comparator.comparingInt((Label label) -> label.name.length()).reversed());
        this.labels = List.copyOf(all);
    }

    /**
     * The label without its parenthesised part and trailing colon: {@code "Question/Query (does not include
     * user bias/preference):"} becomes {@code "Question/Query"}.
     *
     * @param label a label as a prompt names it
     * @return its core
     */
    public static String core(String label) {
        return label.replaceAll("\\([^)]*\\)", "").replaceAll("[:\\s]+$", "").strip();
    }

    /**
     * The sections' bodies, in the order of the labels given to the constructor.
     *
     * @param output what the model wrote
     * @return one body per section: {@code null} where the section is missing, empty where it says "none"
     */
    public List<@Nullable String> parse(String output) {
        String text = output.replace("\r\n", "\n");
        List<Match> matches = findAll(text);
        int sections = labels.stream().mapToInt(label -> label.section).max().orElse(-1) + 1;
        List<@Nullable Match> chosen = new ArrayList<>();
        for (int section = 0; section < sections; section++) {
            chosen.add(choose(matches, section));
        }
        List<@Nullable String> bodies = new ArrayList<>();
        for (int section = 0; section < sections; section++) {
            Match match = chosen.get(section);
            if (match == null) {
                bodies.add(null);
                continue;
            }
            int end = text.length();
            boolean last = true;
            for (Match other : chosen) {
                // A label inside this one's own markup (its parenthesis) does not end its body.
                if (other != null && other.start >= match.bodyStart && other.start < end) {
                    end = other.start;
                    last = false;
                }
            }
            bodies.add(clean(text.substring(match.bodyStart, end), last));
        }
        return bodies;
    }

    private List<Match> findAll(String text) {
        String folded = fold(text);
        List<Match> matches = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Label label : labels) {
            Matcher matcher = label.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int from = 0; label.find(matcher, text, folded, from); from = matcher.end()) {
                int start = matcher.start("label");
                if (taken[start]) {
                    continue;
                }
                boolean lineStart = isLineStart(text, matcher.start());
                if (label.aliasOnly && !lineStart) {
                    continue;
                }
                for (int i = start; i < matcher.end("label"); i++) {
                    taken[i] = true;
                }
                matches.add(new Match(label.section, matcher.start(), matcher.end(), lineStart));
            }
        }
        return matches;
    }

    /**
     * Each character case-folded as the label patterns compare it (upper case, then lower case), as far as
     * finding ASCII words goes. {@code toLowerCase} gives the same ASCII letters at the same places, faster,
     * unless the text has one of the four characters that fold to an ASCII letter without lower-casing to one
     * (ſ, ı, İ and the Kelvin sign); looking for them costs nothing in Latin-1 text.
     */
    private static String fold(String text) {
        if (text.indexOf('ſ') < 0 && text.indexOf('ı') < 0 && text.indexOf('İ') < 0 && text.indexOf('\u212A') < 0) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.length() == text.length()) {
                return lower;
            }
        }
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = text.charAt(i);
            folded[i] = c < 128
                    ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(folded);
    }

    private static boolean isLineStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Match choose(List<Match> matches, int section) {
        Match lastAnywhere = null;
        Match lastAtLineStart = null;
        for (Match match : matches) {
            if (match.section != section) {
                continue;
            }
            if (lastAnywhere == null || match.start > lastAnywhere.start) {
                lastAnywhere = match;
            }
            if (match.lineStart && (lastAtLineStart == null || match.start > lastAtLineStart.start)) {
                lastAtLineStart = match;
            }
        }
        return lastAtLineStart != null ? lastAtLineStart : lastAnywhere;
    }

    private static String clean(String body, boolean last) {
        String cleaned = body.strip();
        if (last) {
            cleaned = dropCommentary(cleaned);
        }
        cleaned = unwrap(cleaned);
        if (NOTHING.matcher(cleaned).matches()) {
            return "";
        }
        return cleaned;
    }

    /** Drops the paragraphs, from the first that is commentary on, after a section's first paragraph. */
    private static String dropCommentary(String body) {
        String[] paragraphs = PARAGRAPH_BREAK.split(body, -1);
        StringBuilder kept = new StringBuilder(paragraphs[0]);
        for (int i = 1; i < paragraphs.length; i++) {
            if (COMMENTARY.matcher(paragraphs[i]).find()) {
                break;
            }
            kept.append("\n\n").append(paragraphs[i]);
        }
        return kept.toString().strip();
    }

    /** Removes code fences, surrounding quotes and stray emphasis markers around a body. */
    private static String unwrap(String body) {
        String result = body;
        String previous;
        do {
            previous = result;
            result = result.strip();
            if (result.startsWith("```")) {
                int firstNewline = result.indexOf('\n');
                result = firstNewline < 0 ? result.substring(3) : result.substring(firstNewline + 1);
                if (result.stripTrailing().endsWith("```")) {
                    result = result.stripTrailing();
                    result = result.substring(0, result.length() - 3);
                }
            }
            result = withoutEmphasis(result).strip();
            if (result.length() >= 2 && isQuotePair(result.charAt(0), result.charAt(result.length() - 1))
                    && result.indexOf(result.charAt(result.length() - 1), 1) == result.length() - 1) {
                result = result.substring(1, result.length() - 1);
            }
        } while (!result.equals(previous));
        return result;
    }

    /** The text without emphasis markers at its start and end; the patterns run only where they can match. */
    private static String withoutEmphasis(String text) {
        String result = text;
        if (!result.isEmpty() && (result.charAt(0) == '*' || result.charAt(0) == '_')) {
            result = LEADING_EMPHASIS.matcher(result).replaceAll("");
        }
        // "$" matches at the end and before a final line terminator.
        if (!result.isEmpty() && "*_\n\r\u0085\u2028\u2029".indexOf(result.charAt(result.length() - 1)) >= 0) {
            result = TRAILING_EMPHASIS.matcher(result).replaceAll("");
        }
        return result;
    }

    private static boolean isQuotePair(char open, char close) {
        return (open == '"' && close == '"') || (open == '“' && close == '”') || (open == '\'' && close == '\'')
                || (open == '«' && close == '»') || (open == '`' && close == '`');
    }

    private record Match(int section, int start, int bodyStart, boolean lineStart) {}

    private static final class Label {

        /** What the pattern allows before a label on its line: markdown, quotes, bullets. */
        private static final String PREFIX = " \t>*#_`\"'“[-";

        final int section;
        final String name;
        final boolean aliasOnly;
        final Pattern pattern;

        /** The label's first word, folded; {@code null} when it cannot serve to find candidates quickly. */
        final @Nullable String firstWord;

        Label(int section, String name, boolean aliasOnly) {
            this.section = section;
            this.name = name.toLowerCase(Locale.ROOT);
            this.aliasOnly = aliasOnly;
            // [markdown prefix] LABEL [(anything)] [closing markup] : [closing markup]
            String words = Pattern.quote(name).replace(" ", "\\E\\s+\\Q");
            this.pattern = Pattern.compile(
                    "(?:^|(?<=[\\s>*#_`\"'“(\\[-]))[ \\t>*#_`\"'“\\[-]*(?<label>" + words + ")"
                            + "\\s*(?:\\([^)\\n]*\\))?[ \\t*_`\"'”\\]]*:[ \\t*_]*",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            String first = name.split(" ", -1)[0];
            boolean usable = !first.isEmpty() && PREFIX.indexOf(first.charAt(0)) < 0
                    && first.chars().allMatch(c -> c < 128);
            this.firstWord = usable ? fold(first) : null;
        }

        /**
         * Finds the next match at or after {@code from}, the same one {@code matcher.find()} would find there,
         * without trying the pattern at every position: a match has the label's first word at its label, with
         * only prefix characters between the match's start and it, so only those places are tried.
         */
        boolean find(Matcher matcher, String text, String folded, int from) {
            if (firstWord == null) {
                matcher.region(from, text.length());
                return matcher.find();
            }
            for (int candidate = folded.indexOf(firstWord, from); candidate >= 0;
                    candidate = folded.indexOf(firstWord, candidate + 1)) {
                int runStart = candidate;
                while (runStart > from && PREFIX.indexOf(text.charAt(runStart - 1)) >= 0) {
                    runStart--;
                }
                for (int start = runStart; start <= candidate; start++) {
                    matcher.region(start, text.length());
                    if (matcher.lookingAt()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
