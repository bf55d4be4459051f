package io.github.s2a4j.core.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences.
 *
 * <p>The JDK's Unicode sentence segmenter ({@link BreakIterator}, UAX #29) does the work inside each line:
 * decimals and money ({@code $4.50}), quotes, {@code ?!}. A full stop before a lower-case word, which UAX #29
 * takes for an abbreviation's, ends a sentence unless the word before it is a known abbreviation, a title, a unit
 * or an initial: informal text starts sentences in lower case. On top of it, as ICU's filtered break iterator
 * does, breaks after titles, Latin abbreviations and initials that precede a capitalised word ({@code Mr. Smith},
 * {@code e.g. This}, {@code J. K. Rowling}) are suppressed.
 * Line structure, which the JDK ignores, is honoured: a blank line, a list item and a line that ends a
 * sentence all break; a line that runs on in lower case does not. Stateless and thread-safe.
 */
public final class Sentences {

    /** Abbreviations that precede a name or a number, never end a sentence. Lower case, without the dot. */
    private static final Set<String> NON_TERMINAL = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "rev", "hon",
            "gov", "sen", "rep", "pres", "e.g", "i.e", "vs", "cf", "fig", "figs", "no", "nos", "approx", "ca",
            "vol", "pp", "ch", "sec", "art", "eq");

    /**
     * Abbreviations besides {@link #NON_TERMINAL} that a lower-case word may follow inside a sentence ({@code etc.
     * and}, {@code 12 in. pizza}, {@code oct. fifth}). Lower case, without the dot; words with a dot inside
     * ({@code a.m}, {@code u.s}) and initials count as abbreviations too.
     */
    private static final Set<String> RUN_ON_ABBREVIATIONS = Set.of(
            "etc", "incl", "excl", "esp", "resp", "viz", "al", "ibid", "op", "cit", "min", "max", "avg", "est",
            "misc", "dept", "govt", "jr", "sr", "inc", "ltd", "co", "corp", "ave", "blvd", "rd", "oz", "lb", "lbs",
            "kg", "km", "mi", "hr", "hrs", "mins", "secs", "yr", "yrs", "mo", "mos", "wk", "wks", "pt", "pts", "ed",
            "eds", "ref", "refs", "ex", "orig", "abbr", "univ", "assn", "bros", "intl", "natl", "tel", "in", "sq",
            "tsp", "tbsp", "yd", "yds", "gal", "qt", "mph", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    /** How far a quotation may run on past a sentence end inside it and still stay one sentence. */
    private static final int SHORT_QUOTE = 80;

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•‣◦▪–]\\s+|\\(?\\d{1,3}[.)]\\s+|\\(?[a-zA-Z][.)]\\s+)");
    private static final Pattern LINE_END_BREAKS = Pattern.compile("[.!?:;\"'”’)\\]]\\s*$");
    private static final Pattern QUESTION_START = Pattern.compile(
            "(?i)(?:(?:in|on|at|for|of|to|from|by|with|during)\\s+)?(?:which|what|who|whom|whose|where|when|why|how|name)\\b");
    /** Lines at least this long that run on in lower case are wrapped; shorter ones may be chat messages. */
    private static final int CHAT_LINE = 60;
    /** A line that ends on a word that needs what follows: "The train leaves at noon and". */
    private static final Pattern HANGS = Pattern.compile(
            "(?i)\\b(?:and|or|but|nor|the|a|an|of|to|in|on|at|for|with|from|by|as|than|that|which|who|whose|is|are|was"
                    + "|were|be|my|your|his|her|its|our|their|this|these|those|if|because|when|while)$");
    /** How a chat line opens that starts a message of its own: a question word, the user, a hedge or a tag. */
    private static final Pattern CHAT_OPENING = Pattern.compile(
            "(?:what|whats|what's|which|who|whom|whose|where|when|why|how|i|im|i'm|i'd|ive|i've|pretty|prob"
                    + "|probably|def|definitely|maybe|idk|tbh|ngl)\\b");
    /** A line that opens with a word that carries on the line before: "and steam writes letters ...". */
    private static final Pattern CONTINUES = Pattern.compile(
            "(?:and|or|but|nor|of|to|than|that|as|in|on|at|for|with|from|by|into|which|whose|where|while)\\b");
    /** How a chat line opens that hedges the answer it offers: "prob 7?", "i think carbon dioxide??". */
    private static final Pattern CHAT_HEDGE = Pattern.compile(
            "(?:prob|probably|prolly|maybe|def|defo|pretty|i (?:think|guess|believe|reckon))\\b");
    /** A chat line that ends on a tag or a hedge: "shakespeare right", "saturn right?", "evaporation i think?". */
    private static final Pattern ANSWER_END = Pattern.compile(
            "(?i)\\b(?:(?:right|correct|yeah)\\?*|(?:no|yes|ok)\\??|i (?:think|guess|believe|reckon)\\?+)$");
    /** How a line opens that narrows the question above it: "last season right?", "right now??". */
    private static final Pattern NARROWS = Pattern.compile(
            "(?i)(?:last|this|next|right|currently|now|today|in|as|at|for|of|on|by|per|during|since|before|after"
                    + ")\\b");
    private static final Pattern RUN_ON_OPINION = Pattern.compile(
            "(?<=[\\p{L}\\p{N})\\]\"'—–-])\\s+"
                    + "(?=I(?: (?:really |do not |don't |really don't )?(?:think|believe|guess|suspect)"
                    + "|'m (?:pretty |fairly |quite |not |really not )?(?:sure|certain|confident))\\b)");

    /** Words after which "I think" is the question's own ("What should I think about ...?", "how I feel"). */
    private static final Set<String> BEFORE_OWN_I = Set.of(
            "should", "would", "could", "can", "do", "does", "did", "will", "shall", "might", "must", "may", "am",
            "what", "how", "why", "when", "where", "which", "who", "whom", "whose", "if", "whether", "that", "as",
            "than", "and", "though", "although", "because", "since", "while", "unless", "even", "until", "once",
            "whereas", "cause", "cos");

    private Sentences() {}

    /** Whether the word before a run-on "I think" makes it part of the question ("What should I think ...?"). */
    private static boolean asksTheSpeaker(String sentence, int at) {
        int end = at;
        while (end > 0 && !Character.isLetter(sentence.charAt(end - 1))) {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(sentence.charAt(from - 1))) {
            from--;
        }
        return BEFORE_OWN_I.contains(sentence.substring(from, end).toLowerCase(Locale.ROOT));
    }

    /**
     * The sentences of a text, in order, trimmed, none empty.
     *
     * @param text any text
     * @return its sentences
     */
    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (int[] block : blocks(text)) {
            splitBlock(text, block[0], block[1], sentences);
        }
        return sentences;
    }

    /**
     * The sentences' texts.
     *
     * @param text any text
     * @return its sentences as strings
     */
    public static List<String> texts(String text) {
        return split(text).stream().map(Sentence::text).toList();
    }

    /**
     * The question of a text: its last sentence that asks one, else its last sentence. What a regeneration
     * falls back to when it lost the question, so that the question is never lost.
     *
     * @param text any text
     * @return the question, or the stripped text when it has no sentence
     */
    public static String question(String text) {
        List<Sentence> sentences = split(text);
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (sentences.get(i).text().contains("?")) {
                return sentences.get(i).text();
            }
        }
        return sentences.isEmpty() ? text.strip() : sentences.get(sentences.size() - 1).text();
    }

    /**
     * Whether a sentence is a list item: it starts with a bullet, a number or a letter followed by a dot or a
     * parenthesis.
     *
     * @param sentence a sentence
     * @return {@code true} for "- milk", "2) Second point", "b. Paris"
     */
    public static boolean isListItem(String sentence) {
        return LIST_ITEM.matcher(sentence).find();
    }

    /**
     * A sentence without the bullet, number or letter that makes it a list item.
     *
     * @param sentence a sentence
     * @return "Which planet ...?" for "1. Which planet ...?"; any other sentence as it is
     */
    public static String withoutListMarker(String sentence) {
        Matcher marker = LIST_ITEM.matcher(sentence);
        return marker.find() ? sentence.substring(marker.end()) : sentence;
    }

    /** Line-level blocks: [start, end) ranges that no sentence crosses. */
    private static List<int[]> blocks(String text) {
        List<int[]> blocks = new ArrayList<>();
        int blockStart = 0;
        int lineStart = 0;
        int length = text.length();
        // Chat: every line short, none ending on a comma as a poem's or a list's lines do.
        boolean chatLines = text.lines().map(String::strip)
                .allMatch(line -> line.length() < CHAT_LINE && !line.endsWith(","));
        while (lineStart < length) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? length : newline;
            if (newline < 0) {
                break;
            }
            int next = lineEnd + 1;
            int nextLineEnd = text.indexOf('\n', next);
            String line = text.substring(lineStart, lineEnd);
            String nextLine = text.substring(next, nextLineEnd < 0 ? length : nextLineEnd);
            if (breaksAfter(line, nextLine, chatLines)) {
                blocks.add(new int[] {blockStart, lineEnd});
                blockStart = next;
            }
            lineStart = next;
        }
        blocks.add(new int[] {blockStart, length});
        return blocks;
    }

    private static boolean breaksAfter(String line, String nextLine, boolean chatLines) {
        if (line.isBlank() || nextLine.isBlank()) {
            return true;
        }
        if (LIST_ITEM.matcher(line).find() || LIST_ITEM.matcher(nextLine).find()) {
            return true;
        }
        if (LINE_END_BREAKS.matcher(line).find()) {
            return true;
        }
        String next = nextLine.strip();
        if (!Character.isLowerCase(next.charAt(0))) {
            return true;
        }
        // A line that runs on in lower case is a wrapped sentence, unless it is a short line that neither hangs on a
        // word that needs more ("... at noon and") or a comma nor is carried on ("and ...", a question running on to
        // its mark on the next line), and either every line of the text is short (chat, one message a line: "hey so
        // random question\nmy roommate and i are arguing"), or the next opens a message of its own ("whats the
        // biggest country\ndef not china i think") or tags an answer to its question ("who wrote
        // hamlet\nshakespeare right", "what's the biggest planet\nsaturn right?"), not a line that narrows the
        // question ("which team won the super bowl\nlast season right?").
        String stripped = line.strip();
        boolean question = QUESTION_START.matcher(stripped).lookingAt();
        boolean answered = question && !NARROWS.matcher(next).lookingAt()
                && (ANSWER_END.matcher(next).find() || CHAT_HEDGE.matcher(next).lookingAt());
        boolean carriedOn = CONTINUES.matcher(next).lookingAt() || (question && next.indexOf('?') >= 0 && !answered);
        return stripped.length() < CHAT_LINE && !stripped.endsWith(",") && !HANGS.matcher(stripped).find()
                && !carriedOn && (chatLines || CHAT_OPENING.matcher(next).lookingAt()
                        || answered);
    }

    private static void splitBlock(String text, int from, int to, List<Sentence> out) {
        String block = text.substring(from, to);
        List<int[]> shortQuotes = shortQuotes(block);
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
        iterator.setText(block);
        int start = iterator.first();
        int pending = -1;
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            int segmentStart = pending >= 0 ? pending : start;
            if (end < block.length() && suppressBreak(block, segmentStart, end, shortQuotes)) {
                pending = segmentStart;
            } else {
                add(text, from + segmentStart, from + end, out);
                pending = -1;
            }
            start = end;
        }
        if (pending >= 0) {
            add(text, from + pending, to, out);
        }
    }

    private static boolean suppressBreak(String block, int segmentStart, int end, List<int[]> shortQuotes) {
        for (int[] quote : shortQuotes) {
            if (quote[0] < end && end <= quote[1]) {
                return true;
            }
        }
        String segment = block.substring(segmentStart, end);
        int wordEnd = lastWordEnd(segment);
        if (wordEnd < 0) {
            return false;
        }
        int wordStart = lastWordStart(segment, wordEnd);
        if (segment.charAt(wordEnd - 1) != '.') {
            return false;
        }
        String bare = withoutOpeningQuotes(segment.substring(wordStart, wordEnd - 1));
        if (NON_TERMINAL.contains(bare.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (mayBeListItem(segment) && LIST_ITEM.matcher(segment).matches()) {
            return true;
        }
        return isInitial(bare) && precededByName(segment, wordStart);
    }

    /*
     * The segment's last word is what the pattern (\S+)\s*$ finds, computed without a Matcher: the last run of
     * non-space characters, unless that run is a lone line terminator (NEL, LS, PS) ending the segment, before
     * which "$" matches too, so that the run before it is the word.
     */

    /** Where the segment's last word ends, or -1 when it has none. */
    private static int lastWordEnd(String segment) {
        int end = segment.length();
        while (end > 0 && isRegexSpace(segment.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return -1;
        }
        int start = lastWordStart(segment, end);
        if (end == segment.length() && end - start == 1 && isFinalLineTerminator(segment.charAt(start))) {
            int before = start;
            while (before > 0 && isRegexSpace(segment.charAt(before - 1))) {
                before--;
            }
            if (before > 0) {
                return before;
            }
        }
        return end;
    }

    /** Where the run of non-space characters that ends at {@code end} starts. */
    private static int lastWordStart(String segment, int end) {
        int start = end;
        while (start > 0 && !isRegexSpace(segment.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isFinalLineTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The text without the opening quotes and brackets it starts with. */
    private static String withoutOpeningQuotes(String text) {
        int start = 0;
        while (start < text.length() && "\"'(“‘[".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start);
    }

    /** Whether {@link #LIST_ITEM} can match the whole segment: it has at most five non-space characters. */
    private static boolean mayBeListItem(String segment) {
        int visible = 0;
        for (int i = 0; i < segment.length() && visible <= 5; i++) {
            if (!isRegexSpace(segment.charAt(i))) {
                visible++;
            }
        }
        return visible <= 5;
    }

    /** Whether a character is in the regex class {@code \s} (without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The short quotations of a block, [open, close] each: a short quote stays with the sentence that quotes it, a
     * long quoted passage is split like any other text. Quotes pair up from the start of the block.
     */
    private static List<int[]> shortQuotes(String block) {
        List<int[]> quotes = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            boolean straight = c == '"';
            if (open < 0 && (straight || c == '“')) {
                open = i;
            } else if (open >= 0 && ((straight && block.charAt(open) == '"') || (c == '”' && block.charAt(open) == '“'))) {
                if (i - open <= SHORT_QUOTE) {
                    quotes.add(new int[] {open, i});
                }
                open = -1;
            }
        }
        return quotes;
    }

    private static boolean isInitial(String bare) {
        return bare.length() == 1 && Character.isUpperCase(bare.charAt(0));
    }

    /** Whether the word before {@code at} is capitalised (a first name or another initial), or absent. */
    private static boolean precededByName(String segment, int at) {
        String before = segment.substring(0, at).stripTrailing();
        if (before.isEmpty()) {
            return true;
        }
        int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'));
        String previous = before.substring(space + 1);
        return !previous.isEmpty() && Character.isUpperCase(previous.charAt(0)) && !previous.endsWith(",");
    }

    /**
     * Where the first sentence that starts in lower case after a full stop begins, or -1: not after an
     * abbreviation, a title or a unit ({@code mr. jones}, {@code 5 ft. tall}), an initial, a word with a dot inside
     * ({@code a.m.}), an ellipsis, a number that opens the sentence ({@code 3. then}, a list item), nor inside a
     * short quotation. A lower-case single letter or a number ends a sentence: {@code it's a. which ...}.
     */
    private static int lowerCaseStart(String sentence) {
        int n = sentence.length();
        // A full stop after a letter or digit, maybe closing quotes or brackets, space, then a lower-case letter;
        // scanned by hand: a regex with a lookbehind costs more than the whole segmentation.
        for (int dot = sentence.indexOf('.'); dot > 0; dot = sentence.indexOf('.', dot + 1)) {
            if (!Character.isLetterOrDigit(sentence.charAt(dot - 1))) {
                continue;
            }
            int next = dot + 1;
            while (next < n && "\"'”’)]".indexOf(sentence.charAt(next)) >= 0) {
                next++;
            }
            int spaces = next;
            while (next < n && isRegexSpace(sentence.charAt(next))) {
                next++;
            }
            if (next == spaces || next >= n || !Character.isLowerCase(sentence.charAt(next))) {
                continue;
            }
            int wordEnd = dot;
            int wordStart = wordEnd;
            while (wordStart > 0 && (Character.isLetterOrDigit(sentence.charAt(wordStart - 1))
                    || sentence.charAt(wordStart - 1) == '.')) {
                wordStart--;
            }
            String word = sentence.substring(wordStart, wordEnd);
            String lower = word.toLowerCase(Locale.ROOT);
            boolean abbreviation = isInitial(word) || word.indexOf('.') >= 0
                    || (wordStart == 0 && word.chars().allMatch(Character::isDigit))
                    || NON_TERMINAL.contains(lower) || RUN_ON_ABBREVIATIONS.contains(lower);
            if (!abbreviation && !insideQuote(sentence, wordEnd)) {
                return next;
            }
        }
        return -1;
    }

    /** Whether a position is inside a pair of double quotes of the sentence. */
    private static boolean insideQuote(String sentence, int at) {
        for (int[] quote : shortQuotes(sentence)) {
            if (quote[0] < at && at < quote[1]) {
                return true;
            }
        }
        return false;
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return;
        }
        String sentence = text.substring(start, end);
        int lowerCaseStart = lowerCaseStart(sentence);
        if (lowerCaseStart > 0) {
            // UAX #29 reads a full stop before a lower-case word as an abbreviation's; informal text starts
            // sentences in lower case ("It is in bolivia. in which country is it?").
            add(text, start, start + lowerCaseStart, out);
            add(text, start + lowerCaseStart, end, out);
            return;
        }
        Matcher runOn = RUN_ON_OPINION.matcher(sentence);
        if (QUESTION_START.matcher(sentence).lookingAt() && runOn.find() && !asksTheSpeaker(sentence, runOn.start())) {
            // A question without its question mark, run into the user's opinion ("Which city hosted the 1908
            // Olympics I think the answer is London"): two sentences.
            add(text, start, start + runOn.start(), out);
            add(text, start + runOn.start(), end, out);
            return;
        }
        out.add(new Sentence(sentence, start, end));
    }
}
