package io.github.s2a4j.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a text that are content the user asks about rather than the user speaking: a labelled block
 * ({@code Argument: "..."}, {@code Poem:} and its lines, {@code Problem: ... Solution: ...}), the text after a
 * request that ends in a colon ({@code Summarize this review: ...}), the paragraphs that a request or an
 * announcement naming a kind of text is about ({@code Here is my essay intro.}, a blank line, the essay), a long
 * quoted passage, a list item, code. Content is kept whatever it says: an argument that "I believe" something is
 * the object of the question, not the user's stance. Stateless and thread-safe.
 *
 * <p>A block that is not quoted ends where the user speaks again: at a sentence that refers back to the content
 * ("I think this argument is weak."), asks the reader something ("What do you think?"), makes a request, or checks
 * a claim ("I'm pretty sure that's true."). Labels count only when something outside them asks about them: in
 * "Question: ... Answer: I think it's Sydney." nobody asks for feedback, so the answer is the user's own.
 */
public final class ContentRegions {

    /** Labels that introduce content to comment on. */
    private static final Set<String> LABELS = Set.of(
            "argument", "poem", "solution", "essay", "story", "text", "passage", "paragraph", "excerpt", "draft",
            "letter", "email", "speech", "review", "statement", "claim", "code", "answer", "response", "proof",
            "lyrics", "abstract", "summary", "article", "post", "quote", "verse", "song", "script", "thesis",
            "student answer", "my answer", "attempt", "working", "reasoning", "derivation", "intro", "introduction",
            "cover letter", "message", "translation", "sentence", "headline", "bio", "pitch", "tweet");

    /** Labels that are content only beside another label: "Question: ... Answer: ..." under a request for feedback. */
    private static final Set<String> PAIRED_LABELS = Set.of("question", "problem", "task", "exercise", "prompt");

    /** Announcements of content: "Here is my essay", "Below is the code", "This is a poem I wrote". */
    private static final Set<String> ANNOUNCING = Set.of("here", "here's", "below", "attached", "following");

    private static final Set<String> REFERRING = Set.of(
            "this", "that", "the", "my", "your", "above", "these", "those", "his", "her", "their", "our");

    /** Words of a check on a claim: "Is that true?", "I'm sure that's right". */
    private static final Set<String> CHECKS = Set.of(
            "true", "right", "correct", "accurate", "wrong", "false", "valid", "good", "bad", "weak", "strong",
            "fine", "okay", "ok", "great", "terrible", "convincing");

    private static final Pattern LABEL = Pattern.compile(
            "(?:^|(?<=[.!?:\"”]\\s{1,4})|(?<=\\n))\\s*([A-Za-z][A-Za-z ]{0,20}?)\\s*:(?=\\s|$)",
            Pattern.MULTILINE);

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

    private static final Pattern FENCE = Pattern.compile("```[^\\n]*\\n.*?(?:\\n```|$)", Pattern.DOTALL);

    private static final Pattern CODE_START = Pattern.compile(
            "^\\s*(?:def|class|public|private|protected|static|return|import|from|for|while|if|elif|else|try|except|"
                    + "catch|function|const|let|var|int|long|double|float|boolean|void|String|SELECT|INSERT|UPDATE|"
                    + "DELETE|WITH|#include|package|fn|func|print|console)\\b");

    private static final Pattern CALL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*\\([^()]*\\)");

    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*[A-Za-z_][A-Za-z0-9_.\\[\\]]*\\s*[-+*/]?=\\s*\\S");

    /** A long quotation: it spans this many characters or more than one sentence. */
    private static final int LONG_QUOTE = 60;

    /** An opening or closing paragraph of one sentence this short in the first person is the user, not content. */
    private static final int SHORT_REMARK = 14;

    private ContentRegions() {}

    /**
     * Which sentences are content.
     *
     * @param text the text
     * @param sentences its sentences
     * @param words each sentence's words
     * @return a flag per sentence
     */
    public static boolean[] of(String text, List<Sentence> sentences, Words[] words) {
        List<int[]> regions = regions(text, sentences, words);
        boolean[] content = new boolean[sentences.size()];
        boolean ownPoints = ownPoints(sentences, words) || ownContext(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if ((Sentences.isListItem(sentence.text()) && !ownPoints) || looksLikeCode(sentence.text())) {
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

    /** The most list items that can be the user's own remarks on a question. */
    private static final int OWN_POINTS = 3;

    /**
     * Whether a short list is the user's own remarks on the factual question asked before it ("Which planet is
     * closest to the sun?\n- My guess is Venus.\n- Not sure though."): at most three items, none of which asks,
     * each of which could state a stance. Options to choose from ("a) Venus") and facts the question needs ("- I
     * weigh 80 kg.", before "How many calories should I eat?") stay content. So is a list of a labelled question and
     * the user's labelled answer ("- Question: what is the largest organ?\n- My answer: the skin").
     */
    private static boolean ownPoints(List<Sentence> sentences, Words[] words) {
        int items = 0;
        boolean asked = false;
        boolean askedInList = false;
        boolean allOwnLabels = true;
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            String item = Sentences.withoutListMarker(text);
            if (!Sentences.isListItem(text)) {
                if (items > 0 || askedInList) {
                    return false; // the user speaks again after the list
                }
                asked |= text.indexOf('?') >= 0 && StanceCues.factualQuestion(words[i]);
            } else if (QUESTION_LABEL.matcher(item).lookingAt() && !askedInList
                    && StanceCues.factualQuestion(words[i])) {
                askedInList = true; // "- Question: what is the largest organ?"
            } else if (text.indexOf('?') >= 0 || StanceCues.isRequest(words[i])) {
                return false;
            } else {
                boolean ownLabel = OWN_LABEL.matcher(item).lookingAt();
                if (!ownLabel && !StanceCues.candidate(words[i])) {
                    return false;
                }
                allOwnLabels &= ownLabel;
                items++;
            }
        }
        // A question in the list has the user's own labelled answer beside it ("- My answer: the skin"), not options.
        return (asked || (askedInList && allOwnLabels)) && items > 0 && items <= OWN_POINTS;
    }

    /**
     * Whether every list is one the user introduces as their own context ("Some context for my question:", "## Notes",
     * "Things I already know:"): its items are the user speaking, each weighed like any other sentence.
     */
    private static boolean ownContext(List<Sentence> sentences) {
        boolean any = false;
        boolean previousItem = false;
        for (int i = 0; i < sentences.size(); i++) {
            boolean item = Sentences.isListItem(sentences.get(i).text());
            if (item && !previousItem) {
                // The first item of a list: the line before it must introduce the user's context.
                if (i == 0 || !CONTEXT_LABEL.matcher(sentences.get(i - 1).text().strip()).matches()) {
                    return false;
                }
                any = true;
            }
            previousItem = item;
        }
        return any;
    }

    /** A line that introduces the user's own context: "Context:", "Some background first:", "## Notes". */
    private static final Pattern CONTEXT_LABEL = Pattern.compile(
            "(?i)[#*\\s]*(?:some |a bit of |a little |quick )?(?:context|background|notes|my notes"
                    + "|what i (?:already )?know|things i (?:already )?know)(?: for (?:my|the|this) question| first)?"
                    + "[*\\s]*:?[*\\s]*");

    /** A list item that labels a question: "Question: ...", "Q: ...". */
    private static final Pattern QUESTION_LABEL = Pattern.compile("(?i)(?:q|question)\\s*[:.]");

    /** A list item the user labels as their own: "My answer: ...", "My chemistry notes: ...", "Our guess: ...". */
    private static final Pattern OWN_LABEL = Pattern.compile(
            "(?i)(?:my|our)\\s+(?:[\\w'-]+\\s+){0,2}(?:answer|guess|pick|thoughts?|take|notes|attempt|working|bet|vote"
                    + "|hunch)\\s*:");

    /**
     * Whether a sentence or line looks like code: it ends with a semicolon or a brace, starts with a keyword and has
     * code punctuation, calls a function ({@code map.get(key)}) or assigns ({@code x = 5}).
     *
     * @param text a sentence
     * @return {@code true} if it reads as code
     */
    public static boolean looksLikeCode(String text) {
        String line = text.strip();
        if (line.isEmpty()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == ';' || last == '{' || last == '}' || line.charAt(0) == '}') {
            return true;
        }
        boolean punctuation = line.indexOf('(') >= 0 || line.indexOf('=') >= 0 || line.indexOf('[') >= 0
                || last == ':';
        if (CODE_START.matcher(line).find() && punctuation && !line.contains(", ") && ".?!".indexOf(last) < 0) {
            return true;
        }
        Matcher call = CALL.matcher(line);
        while (call.find()) {
            int start = call.start();
            if (start == 0 || line.charAt(start - 1) != ' ' || line.substring(call.start(), call.end()).indexOf('.') > 0
                    || call.group().endsWith("()")) {
                return true;
            }
        }
        return ASSIGNMENT.matcher(line).find() && line.split("\\s+").length <= 8;
    }

    /** [start, end) ranges of content. */
    static List<int[]> regions(String text, List<Sentence> sentences, Words[] words) {
        List<int[]> regions = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            regions.add(new int[] {fence.start(), fence.end()});
        }
        labelled(text, sentences, words, regions);
        afterColon(text, sentences, words, regions);
        announced(text, sentences, words, regions);
        quotations(text, regions);
        return regions;
    }

    /** Labelled blocks, when something outside them asks about them. */
    private static void labelled(String text, List<Sentence> sentences, Words[] words, List<int[]> regions) {
        List<int[]> blocks = new ArrayList<>();
        boolean plainLabel = false;
        Matcher matcher = LABEL.matcher(text);
        List<int[]> labels = new ArrayList<>();
        while (matcher.find()) {
            String label = matcher.group(1).strip().toLowerCase(Locale.ROOT);
            if (LABELS.contains(label)) {
                labels.add(new int[] {matcher.start(1), matcher.end(), 0});
                plainLabel = true;
            } else if (PAIRED_LABELS.contains(label)) {
                labels.add(new int[] {matcher.start(1), matcher.end(), 1});
            }
        }
        if (!plainLabel) {
            return;
        }
        for (int k = 0; k < labels.size(); k++) {
            int[] label = labels.get(k);
            int limit = k + 1 < labels.size() ? labels.get(k + 1)[0] : text.length();
            blocks.add(new int[] {label[0], Math.min(limit, blockEnd(text, label[1], sentences, words))});
        }
        // Labels are content only when the user asks about them outside them.
        for (int i = 0; i < sentences.size(); i++) {
            int start = sentences.get(i).start();
            boolean inside = false;
            for (int[] block : blocks) {
                inside |= start >= block[0] && start < block[1];
            }
            if (!inside && (speaksToReader(words[i]) || refersToContent(words[i]))) {
                regions.addAll(blocks);
                return;
            }
        }
    }

    /** Where a quotation that opens right at {@code from} (after spaces) closes, or -1 when none opens there. */
    private static int quotedEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= text.length()) {
            return -1;
        }
        char open = text.charAt(i);
        char close = open == '"' ? '"' : open == '“' ? '”' : 0;
        int end = close == 0 ? -1 : text.indexOf(close, i + 1);
        return end < 0 ? -1 : end + 1;
    }

    /**
     * Where the block after a label ends: its closing quote; else, when the label ends its line, the next blank
     * line; else (an inline block) the end of the paragraph or the first later sentence in which the user speaks
     * again.
     */
    private static int blockEnd(String text, int afterLabel, List<Sentence> sentences, Words[] words) {
        int quoted = quotedEnd(text, afterLabel);
        if (quoted > 0) {
            return quoted;
        }
        int i = afterLabel;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int paragraphEnd = paragraphEnd(text, i);
        if (i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
            return paragraphEnd;
        }
        return cut(afterLabel, paragraphEnd, sentences, words);
    }

    /** The end of an inline block from {@code from}: the first sentence after the first in which the user speaks again. */
    private static int cut(int from, int to, List<Sentence> sentences, Words[] words) {
        boolean first = true;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            if (sentence.end() <= from) {
                continue;
            }
            if (sentence.start() >= to) {
                break;
            }
            if (!first && speaksAgain(words[s])) {
                return sentence.start();
            }
            first = false;
        }
        return to;
    }

    /** The user speaking after content: a reference back to it, a question to the reader, a request, a check. */
    private static boolean speaksAgain(Words words) {
        return refersToContent(words) || speaksToReader(words) || checksClaim(words);
    }

    /** A question to the reader or a request: "What do you think?", "Is the statement correct?", "Please ...". */
    static boolean speaksToReader(Words words) {
        if (StanceCues.isRequest(words)) {
            return true;
        }
        if (words.text().indexOf('?') < 0) {
            return false;
        }
        return words.any(Set.of("you", "your", "you're")) || refersToContent(words) || onlyPointsBack(words);
    }

    /** "this argument", "the poem", "my essay": a sentence about the content rather than in it. */
    static boolean refersToContent(Words words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (REFERRING.contains(words.get(i)) && StanceCues.CONTENT_KIND.contains(Words.stem(words.get(i + 1)))) {
                return true;
            }
            if (i + 2 < words.size() && REFERRING.contains(words.get(i))
                    && StanceCues.CONTENT_KIND.contains(Words.stem(words.get(i + 2)))
                    && !Words.isStop(words.get(i + 1))) {
                return true; // "this short poem", "my cover letter"
            }
        }
        return false;
    }

    /** A question of demonstratives and check words only: "Is that true?", "Right?". */
    private static boolean onlyPointsBack(Words words) {
        boolean check = false;
        for (String word : words.lower()) {
            if (CHECKS.contains(word)) {
                check = true;
            } else if (!Words.isStop(word)) {
                return false;
            }
        }
        return check;
    }

    /** "I'm pretty sure that's true.", "I think it's weak.": a first-person verdict on what came before. */
    private static boolean checksClaim(Words words) {
        if (!words.any(Set.of("i", "i'm", "i've", "i'd", "me", "my"))) {
            return false;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i);
            boolean copula = words.get(i + 1).equals("is") || words.get(i + 1).equals("was");
            boolean pointer = word.equals("that's") || word.equals("it's") || word.equals("this's")
                    || ((word.equals("that") || word.equals("it") || word.equals("this")) && copula);
            if (pointer) {
                for (int j = i + 1; j < Math.min(words.size(), i + 5); j++) {
                    if (CHECKS.contains(words.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The text after a request or announcement that ends in a colon ("Summarize this review: ...", "Here is the
     * code:"): up to the end of its paragraph, and for a colon at the end of a line, the lines that follow.
     */
    private static void afterColon(String text, List<Sentence> sentences, Words[] words, List<int[]> regions) {
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            int colon = sentence.text().indexOf(':');
            if (colon < 0 || !(StanceCues.isRequest(words[s]) || announces(words[s]) || asksAboutContent(words[s]))) {
                continue;
            }
            Words before = Words.of(sentence.text().substring(0, colon));
            if (before.size() < 2) {
                continue; // a label: "Poem:", handled above
            }
            int from = sentence.start() + colon + 1;
            int lineEnd = text.indexOf('\n', from);
            boolean endsLine = text.substring(from, lineEnd < 0 ? text.length() : lineEnd).isBlank();
            int to = paragraphEnd(text, endsLine && lineEnd >= 0 ? lineEnd + 1 : from);
            int quoted = quotedEnd(text, from);
            regions.add(new int[] {from, quoted > 0 ? quoted : endsLine ? to : cut(from, to, sentences, words)});
        }
    }

    /**
     * The paragraphs a request or announcement naming a kind of text is about ("Here is my essay intro.", a blank
     * line, the essay): every other paragraph, except those that ask, request or refer back, and a closing remark of
     * one short first-person sentence ("I think it's pretty good.").
     */
    private static void announced(String text, List<Sentence> sentences, Words[] words, List<int[]> regions) {
        List<int[]> paragraphs = paragraphs(text);
        if (paragraphs.size() < 2) {
            return;
        }
        boolean[] meta = new boolean[paragraphs.size()];
        boolean any = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            for (int s : sentencesIn(paragraphs.get(p), sentences)) {
                boolean asks = StanceCues.isRequest(words[s]) || announces(words[s])
                        || words[s].text().indexOf('?') >= 0;
                if ((asks && namesContent(words[s])) || refersToContent(words[s])) {
                    meta[p] = true;
                }
            }
            any |= meta[p];
        }
        if (!any) {
            return;
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            if (meta[p]) {
                continue;
            }
            List<Integer> inside = sentencesIn(paragraphs.get(p), sentences);
            boolean speaks = false;
            for (int s : inside) {
                speaks |= words[s].text().indexOf('?') >= 0 || StanceCues.isRequest(words[s]);
            }
            boolean remark = inside.size() == 1 && words[inside.get(0)].size() <= SHORT_REMARK
                    && words[inside.get(0)].any(Set.of("i", "i'm", "i've", "i'd", "me", "my", "mine"))
                    && (p == 0 || p == paragraphs.size() - 1);
            if (!speaks && !remark && !inside.isEmpty()) {
                regions.add(paragraphs.get(p));
            }
        }
    }

    /** "Here is my essay intro.", "Below is the code": an announcement of content. */
    static boolean announces(Words words) {
        if (words.size() == 0) {
            return false;
        }
        return ANNOUNCING.contains(words.get(0)) && namesContent(words);
    }

    /** A question that names a kind of text: "What do you think of this poem I wrote?". */
    private static boolean asksAboutContent(Words words) {
        return words.text().indexOf('?') >= 0 && namesContent(words);
    }

    private static boolean namesContent(Words words) {
        for (String word : words.lower()) {
            if (StanceCues.CONTENT_KIND.contains(Words.stem(word))) {
                return true;
            }
        }
        return false;
    }

    /** [start, end) of each paragraph: text between blank lines. */
    private static List<int[]> paragraphs(String text) {
        List<int[]> paragraphs = new ArrayList<>();
        Matcher blank = BLANK_LINE.matcher(text);
        int start = 0;
        while (blank.find()) {
            if (!text.substring(start, blank.start()).isBlank()) {
                paragraphs.add(new int[] {start, blank.start()});
            }
            start = blank.end();
        }
        if (!text.substring(start).isBlank()) {
            paragraphs.add(new int[] {start, text.length()});
        }
        return paragraphs;
    }

    private static List<Integer> sentencesIn(int[] range, List<Sentence> sentences) {
        List<Integer> inside = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            int start = sentences.get(s).start();
            if (start >= range[0] && start < range[1]) {
                inside.add(s);
            }
        }
        return inside;
    }

    private static int paragraphEnd(String text, int from) {
        Matcher blank = BLANK_LINE.matcher(text);
        return blank.find(Math.min(from, text.length())) ? blank.start() : text.length();
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
