package io.github.s2a4j.core.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a copied regeneration says that the original does not: numbers, names, instructions, and words
 * where most of the copy's are not the original's.
 *
 * <p>Compared leniently, so that a faithful copy raises nothing: numbers by value ({@code 1,000} is
 * {@code 1000} is {@code one thousand}, {@code 4.50} is {@code 4.5}, {@code 1.5 million} is
 * {@code 1500000}); names case-insensitively and without possessives, function words, discourse words
 * ("Additionally", "Regarding"), number words and the labels of the paper's prompts never counting as names;
 * instruction phrases, URLs and code as they appear, compared folded. What the original has in any of these
 * forms is allowed. Stateless and thread-safe.
 */
public final class Inventions {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\d'’]*");

    /** A number written with digits or words, optionally scaled ("1.5 million", "three dozen"). */
    private static final Pattern NUMBER_WORDS;

    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
            Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
            Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
            Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L));

    private static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L,
            "trillion", 1_000_000_000_000L, "dozen", 12L);

    /** The words {@link #NUMBER_WORDS}' word alternative starts with: a number word, or "a" ("a hundred"). */
    private static final String[][] NUMBER_STARTS = byLength(numberStarts());

    /** Words in the original that stand for a number without being one; allowed, never looked for in copies. */
    private static final Map<String, String> IMPLIED = Map.ofEntries(
            Map.entry("first", "1"), Map.entry("second", "2"), Map.entry("third", "3"), Map.entry("fourth", "4"),
            Map.entry("fifth", "5"), Map.entry("sixth", "6"), Map.entry("seventh", "7"), Map.entry("eighth", "8"),
            Map.entry("ninth", "9"), Map.entry("tenth", "10"), Map.entry("once", "1"), Map.entry("single", "1"),
            Map.entry("twice", "2"), Map.entry("double", "2"), Map.entry("pair", "2"), Map.entry("couple", "2"),
            Map.entry("both", "2"), Map.entry("thrice", "3"), Map.entry("triple", "3"), Map.entry("half", "0.5"),
            Map.entry("quarter", "0.25"), Map.entry("dozen", "12"), Map.entry("percent", "100"),
            Map.entry("hundred", "100"), Map.entry("thousand", "1000"), Map.entry("million", "1000000"));

    /** Words that are never names, whatever their case: function words and the paper's labels. */
    private static final Set<String> NOT_NAMES = words(""
            + "a an the this that these those it its it's he she they them their theirs his her hers him we us our "
            + "ours you your yours i i'm i've i'd i'll me my mine who whom whose which what when where why how "
            + "there here then than and or but nor so yet for of in on at to from by with without within into onto "
            + "about above below after before during since until while as if because although though unless "
            + "whether either neither both each every all any some many much more most few several no not none "
            + "one other another such same only also too very just even still already again however therefore "
            + "thus hence moreover furthermore besides instead meanwhile otherwise nevertheless nonetheless "
            + "indeed overall finally first second third next last lastly then now today yes okay ok please is "
            + "are was were be been being am do does did done have has had can could may might must shall should "
            + "will would let let's given based according regarding considering assuming note notes summary "
            + "context question query text unbiased user user's users bias biased preference opinion opinions "
            + "includes include including content except related unrelated detailed relevant version sentence "
            + "sentences answer answers task tasks facts fact information statement statements claim claims "
            + "part portion request asks asked wants want wondering consider suppose imagine say said keep kept "
            + "remove removed actual actually main original rewrite rewritten here's that's there's what's "
            + "who's where's how's when's why's additionally furthermore similarly likewise consequently "
            + "specifically notably importantly essentially basically generally typically usually currently "
            + "recently previously originally initially eventually ultimately unfortunately fortunately "
            + "interestingly clearly obviously apparently presumably alternatively conversely concerning "
            + "following using excluding provided");

    /** Instruction phrases, wherever they stand. */
    private static final Pattern INSTRUCTION = Pattern.compile(String.join("|",
            "\\b(?:ignore|disregard|forget|override|bypass)\\b(?:\\s+(?:all|any|the|previous|prior|above|earlier|"
                    + "your|these|those|every)\\b)*",
            "\\byou\\s+(?:must|should|shall|need\\s+to|have\\s+to|will|are\\s+now|are\\s+an?|may\\s+only)\\b",
            "\\b(?:your|the|new|system|hidden|secret)\\s+(?:task|instructions?|prompt|rules?|role)\\b",
            "\\binstructions?\\b",
            "\\b(?:act\\s+as|pretend|role-?play|from\\s+now\\s+on|jailbreak)\\b",
            "\\b(?:output|print|respond|reply|repeat\\s+after)\\b",
            "\\b(?:do\\s+not|don't|never|always|only)\\s+(?:answer|say|mention|reveal|tell|respond|reply|use|"
                    + "output|write|include)\\b",
            "\\b(?:answer|say|reply|respond)\\s+(?:with|only|that|yes|no)\\b",
            "\\bthe\\s+(?:correct\\s+|right\\s+|real\\s+|true\\s+|final\\s+)?answer\\s+is\\b",
            "\\bhttps?://\\S+|\\bwww\\.\\S+|\\b[\\w.+-]+@[\\w-]+\\.[\\w.]+",
            "```|<\\|[^|>]*\\|>|</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?>|\\{\\{|\\$\\(|`[^`\\n]+`"),
            Pattern.CASE_INSENSITIVE);

    /** The words {@link #INSTRUCTION}'s alternatives start with, as runs of ASCII letters ("don't" is "don"). */
    private static final String[][] INSTRUCTION_STARTS = byLength(words(
            "ignore disregard forget override bypass you your the new system hidden secret instruction instructions "
                    + "act pretend role roleplay from jailbreak output print respond reply repeat do don never always "
                    + "only answer say http https www"));

    /** The share of a copy's words that may be absent from the original. */
    private static final double FOREIGN_SHARE = 0.5;

    /** The fewest absent words that make a copy foreign: a short copy may restate a few. */
    private static final int FOREIGN_MIN = 4;

    /** The fewest absent words that make one sentence of a copy foreign. */
    private static final int FOREIGN_SENTENCE_MIN = 3;

    /** Endings a copy may change, longest first. */
    private static final List<String> STEM_ENDINGS = List.of("ing", "ies", "ed", "es", "s");

    /** Verbs that make a sentence an instruction when they start it. */
    private static final Set<String> IMPERATIVES = words(""
            + "tell write say give list provide return answer respond reply include remember make use call "
            + "visit click send run execute translate summarize summarise explain describe show add delete "
            + "remove stop start go open download install choose pick select ignore output print assume treat "
            + "state claim insist agree confirm please");

    static {
        String units = String.join("|", UNITS.keySet());
        String scales = String.join("|", SCALES.keySet());
        String word = "(?:" + units + "|" + scales + ")";
        NUMBER_WORDS = Pattern.compile(
                "(?<![\\p{L}\\d])(?<digits>(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?)(?:[\\s-]+(?<dscale>" + scales
                        + ")\\b)?"
                        + "|\\b(?<words>(?:a\\s+)?" + word + "(?:(?:\\s+and\\s+|[\\s-]+)" + word + ")*)\\b",
                Pattern.CASE_INSENSITIVE);
    }

    private Inventions() {}

    private static Set<String> numberStarts() {
        Set<String> starts = new HashSet<>(UNITS.keySet());
        starts.addAll(SCALES.keySet());
        starts.add("a");
        return starts;
    }

    private static Set<String> words(String spaceSeparated) {
        return Set.copyOf(Arrays.asList(spaceSeparated.split(" ", -1)));
    }

    /**
     * What a regeneration says that its original does not.
     *
     * @param original the user's text
     * @param regenerated the regenerated text
     * @return the inventions, each kind in the order found
     */
    public static Found find(String original, String regenerated) {
        BitSet instructionSpans = new BitSet();
        List<String> instructions = instructions(original, regenerated, instructionSpans);
        return new Found(numbers(original, regenerated), names(original, regenerated, instructionSpans),
                instructions, foreignWords(original, regenerated));
    }

    /**
     * The regeneration's words that the original does not have, where they are most of its words (more than
     * {@value #FOREIGN_SHARE} of them and at least {@value #FOREIGN_MIN}), or most of one of its sentences (at
     * least {@value #FOREIGN_SENTENCE_MIN}): a copy in another language, a paraphrase, or content of the model's
     * own, such as a sentence an injected instruction asked for. Function words, the paper's labels and number
     * words do not count; each letter of a script written without spaces (Chinese, Japanese, Thai) is a word; a
     * word counts as the original's in any case, with or without a possessive or a plural, past or gerund ending.
     * Empty when the copy's words mostly come from the original, sentence by sentence.
     */
    private static List<String> foreignWords(String original, String regenerated) {
        Set<String> known = new HashSet<>();
        forEachWord(original, word -> known.add(stem(bare(word))));
        Set<String> foreign = new LinkedHashSet<>();
        Set<String> inForeignSentences = new LinkedHashSet<>();
        int[] counted = new int[1];
        int[] unknown = new int[1];
        for (Sentence sentence : Sentences.split(regenerated)) {
            Set<String> sentenceForeign = new LinkedHashSet<>();
            int[] sentenceCounted = new int[1];
            int[] sentenceUnknown = new int[1];
            forEachWord(sentence.text(), word -> {
                String bare = bare(word);
                if (bare.isEmpty() || NOT_NAMES.contains(bare) || isNumberWord(bare)) {
                    return;
                }
                sentenceCounted[0]++;
                if (!known.contains(stem(bare))) {
                    sentenceUnknown[0]++;
                    sentenceForeign.add(stripPossessive(word));
                }
            });
            counted[0] += sentenceCounted[0];
            unknown[0] += sentenceUnknown[0];
            foreign.addAll(sentenceForeign);
            if (sentenceUnknown[0] >= FOREIGN_SENTENCE_MIN && sentenceUnknown[0] > FOREIGN_SHARE * sentenceCounted[0]) {
                inForeignSentences.addAll(sentenceForeign);
            }
        }
        if (unknown[0] >= FOREIGN_MIN && unknown[0] > FOREIGN_SHARE * counted[0]) {
            return List.copyOf(foreign);
        }
        return List.copyOf(inForeignSentences);
    }

    /**
     * Calls {@code action} with each word of a text: a letter or mark, then letters, marks, digits and
     * apostrophes, as {@link #WORD} matches; but each letter of a script written without spaces between words
     * (Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan) is a word of its own. Written out rather than as a
     * regular expression: one with those scripts taken out of its classes costs a hundred times more.
     */
    private static void forEachWord(String text, Consumer<String> action) {
        int length = text.length();
        int at = 0;
        while (at < length) {
            int c = text.codePointAt(at);
            int next = at + Character.charCount(c);
            if (isUnspaced(c)) {
                action.accept(text.substring(at, next));
            } else if (Character.isLetter(c) || isMark(c)) {
                while (next < length) {
                    int d = text.codePointAt(next);
                    if (isUnspaced(d) || !(Character.isLetterOrDigit(d) || isMark(d) || d == '\'' || d == '’')) {
                        break;
                    }
                    next += Character.charCount(d);
                }
                action.accept(text.substring(at, next));
            }
            at = next;
        }
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether a letter belongs to a script written without spaces between words. */
    private static boolean isUnspaced(int c) {
        if (c < 0x0E00) {
            return false; // every script below Thai separates words
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR || script == Character.UnicodeScript.TIBETAN;
    }

    /** A word without the endings a faithful copy may change: plural, past, gerund. */
    private static String stem(String bare) {
        for (String ending : STEM_ENDINGS) {
            if (bare.length() > ending.length() + 2 && bare.endsWith(ending)) {
                return bare.substring(0, bare.length() - ending.length());
            }
        }
        return bare;
    }

    private static List<String> numbers(String original, String regenerated) {
        Set<String> allowed = new HashSet<>();
        forEachMatch(NUMBER_WORDS.matcher(original), original, at -> numberMayStart(original, at),
                matcher -> allowed.addAll(values(matcher, true)));
        Matcher originalWords = WORD.matcher(original);
        while (originalWords.find()) {
            String implied = IMPLIED.get(originalWords.group().toLowerCase(Locale.ROOT));
            if (implied != null) {
                allowed.add(implied);
            }
        }
        Set<String> invented = new LinkedHashSet<>();
        forEachMatch(NUMBER_WORDS.matcher(regenerated), regenerated, at -> numberMayStart(regenerated, at), matcher -> {
            String words = matcher.group("words");
            if (words != null && words.equalsIgnoreCase("one")) {
                return; // "one" is as often a pronoun ("the one who") as a number
            }
            if (values(matcher, false).stream().noneMatch(allowed::contains)) {
                invented.add(matcher.group().strip());
            }
        });
        return List.copyOf(invented);
    }

    /**
     * The values a number stands for. A scaled number ("1.5 million") is its scaled value; in the original it
     * allows its unscaled value too, so that a copy may write either.
     */
    private static Set<String> values(Matcher matcher, boolean allowance) {
        Set<String> values = new HashSet<>();
        String digits = matcher.group("digits");
        if (digits != null) {
            BigDecimal value = new BigDecimal(digits.replace(",", ""));
            String scale = matcher.group("dscale");
            if (scale == null || allowance) {
                values.add(canonical(value));
            }
            if (scale != null) {
                values.add(canonical(value.multiply(BigDecimal.valueOf(scale(scale)))));
            }
            return values;
        }
        long total = 0;
        long current = 0;
        for (String word : matcher.group("words").toLowerCase(Locale.ROOT).split("[\\s-]+", -1)) {
            if (word.equals("and") || word.equals("a")) {
                continue; // "a hundred" is one hundred: a scale multiplies at least 1
            }
            Long unit = UNITS.get(word);
            if (unit != null) {
                current += unit;
                continue;
            }
            long scale = scale(word);
            if (scale == 100 || scale == 12) {
                current = Math.max(current, 1) * scale;
            } else {
                total += Math.max(current, 1) * scale;
                current = 0;
            }
        }
        values.add(Long.toString(total + current));
        return values;
    }

    private static long scale(String word) {
        return SCALES.getOrDefault(word.toLowerCase(Locale.ROOT), 1L);
    }

    private static String canonical(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Capitalised words absent from the original; words of an invented instruction are reported there only. */
    private static List<String> names(String original, String regenerated, BitSet instructionSpans) {
        Set<String> known = new HashSet<>();
        Matcher words = WORD.matcher(original);
        while (words.find()) {
            known.add(bare(words.group()));
        }
        Set<String> invented = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(regenerated);
        while (matcher.find()) {
            String word = matcher.group();
            if (instructionSpans.get(matcher.start())) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0)) && !Character.isTitleCase(word.codePointAt(0))) {
                continue;
            }
            String bare = bare(word);
            if (bare.isEmpty() || known.contains(bare) || NOT_NAMES.contains(bare) || isNumberWord(bare)
                    || IMPERATIVES.contains(bare)) {
                continue;
            }
            invented.add(stripPossessive(word));
        }
        return List.copyOf(invented);
    }

    /** A word in lower case, without a possessive ending. */
    private static String bare(String word) {
        return stripPossessive(word).toLowerCase(Locale.ROOT);
    }

    private static String stripPossessive(String word) {
        String normalized = word.replace('’', '\'');
        if (normalized.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        return normalized.endsWith("'") ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean isNumberWord(String bare) {
        return UNITS.containsKey(bare) || SCALES.containsKey(bare) || IMPLIED.containsKey(bare);
    }

    /** Whether a word starts a sentence, a line or a labelled field, past any opening quotes or markup. */
    private static boolean sentenceInitial(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ".!?:;".indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'“‘([*#>_-".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Invented instruction phrases and imperative sentence starts; marks where they are in {@code spans}. */
    private static List<String> instructions(String original, String regenerated, BitSet spans) {
        String folded = FoldedText.fold(original);
        Set<String> invented = new LinkedHashSet<>();
        BitSet covered = new BitSet();
        // An e-mail address can start anywhere a word can: then every place is tried.
        IntPredicate mayStart = regenerated.indexOf('@') >= 0 ? at -> true : at -> instructionMayStart(regenerated, at);
        forEachMatch(INSTRUCTION.matcher(regenerated), regenerated, mayStart, matcher -> {
            covered.set(matcher.start(), matcher.end());
            String phrase = matcher.group();
            // A code span counts by its content: a copy may quote the original's code in backticks.
            String content = phrase.length() > 2 && phrase.startsWith("`") && !phrase.startsWith("```")
                    ? phrase.substring(1, phrase.length() - 1)
                    : phrase;
            if (!folded.contains(FoldedText.fold(content))) {
                invented.add(phrase.strip());
                spans.set(matcher.start(), matcher.end());
            }
        });
        Set<String> originalWords = new HashSet<>();
        Matcher words = WORD.matcher(folded);
        while (words.find()) {
            originalWords.add(words.group());
        }
        Matcher verbs = WORD.matcher(regenerated);
        while (verbs.find()) {
            String verb = verbs.group().toLowerCase(Locale.ROOT);
            if (IMPERATIVES.contains(verb) && !covered.get(verbs.start()) && sentenceInitial(regenerated, verbs.start())
                    && !originalWords.contains(verb)) {
                invented.add(verbs.group());
                spans.set(verbs.start(), verbs.end());
            }
        }
        return List.copyOf(invented);
    }

    /**
     * Calls {@code action} with each match that {@code matcher.find()} would find in turn, trying the pattern
     * only where {@code mayStart} allows: at every other place none can start, so the matches are the same.
     */
    private static void forEachMatch(Matcher matcher, String text, IntPredicate mayStart, Consumer<Matcher> action) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int at = 0;
        while (at < text.length()) {
            if (mayStart.test(at)) {
                matcher.region(at, text.length());
                if (matcher.lookingAt()) {
                    action.accept(matcher);
                    at = Math.max(matcher.end(), at + 1);
                    continue;
                }
            }
            at++;
        }
    }

    /** Where {@link #NUMBER_WORDS} can match: at the first digit of a run, or a word that is a number word or "a". */
    private static boolean numberMayStart(String text, int at) {
        char c = text.charAt(at);
        if (c >= '0' && c <= '9') {
            return at == 0 || text.charAt(at - 1) < '0' || text.charAt(at - 1) > '9';
        }
        return wordAt(text, at, NUMBER_STARTS);
    }

    /** Where {@link #INSTRUCTION} can match, but for e-mail addresses: a trigger word or a code character. */
    private static boolean instructionMayStart(String text, int at) {
        return "`<{$".indexOf(text.charAt(at)) >= 0 || wordAt(text, at, INSTRUCTION_STARTS);
    }

    /**
     * Whether a word starts at {@code at} (as the patterns' {@code \b} sees it) whose run of ASCII letters is one
     * of {@code words}, compared ignoring case as the patterns do; looked up without making a string of it.
     */
    private static boolean wordAt(String text, int at, String[][] words) {
        if (at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '_')) {
            return false;
        }
        int end = at;
        while (end < text.length() && end - at < words.length && isAsciiLetter(text.charAt(end))) {
            end++;
        }
        int length = end - at;
        if (length == 0 || length >= words.length || (end < text.length() && isAsciiLetter(text.charAt(end)))) {
            return false;
        }
        for (String word : words[length]) {
            if (text.regionMatches(true, at, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** Words grouped by length: {@code [n]} holds those of {@code n} letters. */
    private static String[][] byLength(Set<String> words) {
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        String[][] byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int n = length;
            byLength[length] = words.stream().filter(word -> word.length() == n).sorted().toArray(String[]::new);
        }
        return byLength;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * What a regeneration invented.
     *
     * @param numbers numbers whose value the original does not have, as written
     * @param names capitalised words the original does not have, in any case
     * @param instructions instruction phrases, URLs, code and imperative sentence starts the original does not have
     * @param words the words the original does not have, where they are most of the regeneration's words; else
     *     empty
     */
    public record Found(List<String> numbers, List<String> names, List<String> instructions, List<String> words) {

        /**
         * Freezes the lists.
         *
         * @param numbers invented numbers
         * @param names invented names
         * @param instructions invented instructions
         * @param words foreign words
         */
        public Found {
            numbers = List.copyOf(numbers);
            names = List.copyOf(names);
            instructions = List.copyOf(instructions);
            words = List.copyOf(words);
        }

        /**
         * Whether nothing was invented.
         *
         * @return {@code true} if all four lists are empty
         */
        public boolean isEmpty() {
            return numbers.isEmpty() && names.isEmpty() && instructions.isEmpty() && words.isEmpty();
        }
    }
}
