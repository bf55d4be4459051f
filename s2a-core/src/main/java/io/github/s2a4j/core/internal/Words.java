package io.github.s2a4j.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a sentence, as the local regenerator reads them: one hand-written pass over the characters (no
 * regular expressions on the hot path), lower-cased forms, a crude plural stem, and which words start with a
 * capital. Immutable and thread-safe.
 */
public final class Words {

    /** Function words: never content, never names. */
    static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "else", "than", "that", "this",
            "these", "those", "there", "here", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without",
            "about", "into", "onto", "over", "under", "after", "before", "during", "since", "until", "while", "as",
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has",
            "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it",
            "its", "he", "she", "they", "them", "him", "her", "his", "hers", "their", "theirs", "we", "us", "our",
            "you", "your", "i", "me", "my", "mine", "myself", "what", "which", "who", "whom", "whose", "when",
            "where", "why", "how", "all", "each", "every", "both", "some", "any", "no", "not", "more", "most",
            "less", "least", "many", "much", "few", "other", "another", "such", "only", "own", "same", "too",
            "very", "just", "also", "now", "still", "again", "once", "up", "down", "out", "off", "s", "t", "don",
            "doesn", "didn", "isn", "aren", "wasn", "weren", "won", "per", "one", "ones", "because", "though", "although", "however", "whether", "either", "neither", "let", "lets", "please",
            "really", "quite", "rather", "get", "gets", "got", "make", "makes", "made", "take", "takes", "took",
            "go", "goes", "went", "way", "thing", "things", "total", "altogether", "left",
            "it's", "that's", "there's", "here's", "what's", "i'm", "i've", "i'd", "i'll", "he's", "she's",
            "they're", "we're", "you're", "let's", "isn't", "don't", "doesn't", "didn't", "wasn't", "weren't",
            "aren't", "can't", "won't", "couldn't", "wouldn't", "shouldn't", "hasn't", "haven't", "hadn't",
            "cannot", "it'd", "it'll", "that'd", "who's", "how's", "where's", "when's");

    /** Capitalised words that start sentences without being names. */
    private static final Set<String> NOT_NAMES = Set.of(
            "after", "before", "during", "each", "every", "if", "in", "on", "at", "when", "while", "how", "what",
            "which", "who", "why", "where", "the", "a", "an", "she", "he", "they", "it", "her", "his", "their",
            "its", "this", "that", "these", "those", "there", "then", "some", "many", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "last", "next", "yesterday", "today",
            "tomorrow", "for", "from", "to", "with", "of", "by", "as", "since", "because", "so", "but", "and",
            "or", "also", "however", "later", "first", "second", "third", "finally", "now", "all", "both", "half",
            "most", "only", "i", "i'm", "i've", "i'd", "i'll", "my", "me", "we", "our", "you", "your", "please",
            "is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should", "may",
            "not", "no", "yes", "given", "assume", "suppose", "find", "calculate", "compute", "determine",
            "explain", "write", "tell", "give", "list", "name", "answer", "question", "argument", "poem",
            "solution", "pretty", "probably", "maybe", "perhaps", "actually", "honestly", "personally", "frankly",
            "overall", "here", "there's", "it's", "that's", "what's", "how's", "let's", "isn't", "don't", "doesn't",
            "didn't", "wasn't", "aren't", "can't", "won't", "shouldn't", "wouldn't", "couldn't", "thanks",
            "thank", "hi", "hello", "ok", "okay", "well", "oh", "sure", "everyone", "someone", "nobody", "people",
            "together", "altogether", "out", "usually", "often", "sometimes", "once", "twice", "initially",
            "originally", "currently", "meanwhile", "afterwards", "eventually", "instead", "still", "again",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "christmas", "easter", "halloween", "thanksgiving", "spring", "summer", "autumn", "fall", "winter",
            "mr", "mrs", "ms", "dr", "miss", "sir", "madam", "professor", "prof", "uncle", "aunt", "grandma",
            "grandpa", "mom", "dad", "mum", "any", "several", "few", "much",
            "another", "other", "such", "although", "though", "unless", "until", "whereas", "whether");

    private final String text;
    private final List<String> lower;
    private final List<String> original;

    private Words(String text, List<String> lower, List<String> original) {
        this.text = text;
        this.lower = lower;
        this.original = original;
    }

    /**
     * Reads the words of a text: runs of letters and digits, with inner apostrophes, dots and commas between
     * digits ({@code don't}, {@code 3.5}, {@code 1,000}) and the currency sign before a number kept as a word.
     *
     * @param text a sentence
     * @return its words
     */
    public static Words of(String text) {
        List<String> lower = new ArrayList<>();
        List<String> original = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '$' || c == '€' || c == '£' || c == '%') {
                lower.add(String.valueOf(c));
                original.add(String.valueOf(c));
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if ((d == '\'' || d == '’') && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                        && i > start) {
                    i++;
                } else if ((d == '.' || d == ',') && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                        && Character.isDigit(text.charAt(i - 1))) {
                    i++;
                } else {
                    break;
                }
            }
            String word = text.substring(start, i).replace('’', '\'');
            lower.add(word.toLowerCase(Locale.ROOT));
            original.add(word);
        }
        return new Words(text, List.copyOf(lower), List.copyOf(original));
    }

    /**
     * The text the words were read from.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The lower-cased words.
     *
     * @return the words, in order
     */
    public List<String> lower() {
        return lower;
    }

    /**
     * How many words there are.
     *
     * @return the count
     */
    public int size() {
        return lower.size();
    }

    /**
     * The lower-cased word at a position.
     *
     * @param index the position
     * @return the word
     */
    public String get(int index) {
        return lower.get(index);
    }

    /**
     * Whether the word at a position starts with a capital letter in the text.
     *
     * @param index the position
     * @return {@code true} if capitalised
     */
    public boolean capitalised(int index) {
        return Character.isUpperCase(original.get(index).charAt(0));
    }

    /**
     * The word at a position as it is written in the text.
     *
     * @param index the position
     * @return the word, with its capitals
     */
    public String original(int index) {
        return original.get(index);
    }

    /**
     * Whether any word is one of the given ones.
     *
     * @param set lower-cased words
     * @return {@code true} if one occurs
     */
    public boolean any(Set<String> set) {
        for (String word : lower) {
            if (set.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words contain a phrase: consecutive lower-cased words.
     *
     * @param phrase the phrase's words
     * @return {@code true} if they occur in order, next to each other
     */
    public boolean phrase(String... phrase) {
        return indexOf(0, phrase) >= 0;
    }

    /**
     * Where a phrase starts, from a position on.
     *
     * @param from the first position to look at
     * @param phrase the phrase's words
     * @return the position of its first word, or -1
     */
    public int indexOf(int from, String... phrase) {
        outer:
        for (int i = from; i + phrase.length <= lower.size(); i++) {
            for (int j = 0; j < phrase.length; j++) {
                if (!lower.get(i + j).equals(phrase[j])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Whether the word is a number: digits, a decimal, or a spelled-out small number.
     *
     * @param word a lower-cased word
     * @return {@code true} if it is a number
     */
    public static boolean isNumber(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (Character.isDigit(word.charAt(0))) {
            return true;
        }
        return NUMBER_WORDS.contains(word);
    }

    /** Common English verbs, inflected: what follows a name that starts a sentence ("Hannah bought ..."). */
    static final Set<String> VERBS = verbs(
            "be:was:were:been:is:are:am", "have:had:has", "do:did:done:does", "buy:bought", "sell:sold",
            "get:got:gotten", "give:gave:given", "take:took:taken", "make:made", "go:went:gone", "come:came",
            "run:ran", "read", "write:wrote:written", "eat:ate:eaten", "drink:drank:drunk", "pay:paid",
            "spend:spent", "earn", "save", "own", "keep:kept", "find:found", "lose:lost", "win:won", "bring:brought",
            "send:sent", "lend:lent", "borrow", "need", "want", "like", "love", "plan", "pick", "plant", "grow:grew",
            "bake", "cook", "order", "walk", "drive:drove:driven", "ride:rode:ridden", "swim:swam", "fly:flew",
            "collect", "count", "catch:caught", "score", "play", "work", "live", "visit", "travel", "build:built",
            "paint", "knit", "sew", "cut", "fill", "use", "wash", "clean", "mow", "water", "feed:fed", "share",
            "split", "divide", "add", "start", "finish", "begin:began:begun", "stop", "study", "learn:learnt:learned",
            "teach:taught", "practice", "practise", "train", "jump", "climb", "hike", "bike", "watch", "see:saw:seen",
            "hear:heard", "say:said", "tell:told", "think:thought", "know:knew:known", "believe", "decide", "hope",
            "wish", "try", "bet", "charge", "rent", "sleep:slept", "wake:woke", "stay", "leave:left", "move",
            "carry", "put", "set", "sit:sat", "stand:stood", "open", "close", "eat", "weigh", "measure", "join",
            "invite", "meet:met", "call", "text", "email", "post", "ship", "deliver", "receive", "deposit",
            "withdraw:withdrew", "invest", "owe", "can", "could", "will", "would", "should", "must", "may",
            "might", "wins", "scored", "sold", "gets", "goes", "does", "says", "also", "then", "just", "always",
            "never", "often", "usually", "already", "still");

    private static final Set<String> NUMBER_WORDS = Set.of(
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
            "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "dozen", "half", "twice", "thrice",
            "double", "triple", "quarter");

    /**
     * A crude stem: the singular of a regular plural, the base of a possessive. Enough to match "apples" with
     * "apple" and "Lucy's" with "lucy".
     *
     * @param word a lower-cased word
     * @return its stem
     */
    public static String stem(String word) {
        String w = word;
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /**
     * Whether a lower-cased word is a function word.
     *
     * @param word a lower-cased word
     * @return {@code true} for "the", "of", "she" and the like
     */
    public static boolean isStop(String word) {
        return STOP.contains(word) || word.length() < 2;
    }

    /**
     * Whether the word at a position reads as a name: capitalised, not a function word, not "I", and, at the
     * start of the sentence, not one of the words sentences usually start with. Acronyms and the shapes of product
     * and technical names ({@code SQL}, {@code iPhone}, {@code PostgreSQL}, {@code S21}) are not names: they name
     * things, not the people a story is about.
     *
     * @param index the position
     * @return {@code true} if it is probably a name
     */
    public boolean isName(int index) {
        return isName(index, Set.of());
    }

    /**
     * Whether the word at a position reads as a name, given the names the rest of the text shows. A capitalised
     * first word is a name only if it is one of those, is possessive ("Lucy's"), or is followed by a verb ("Hannah
     * bought"): a sentence may start with any capitalised noun ("Concert tickets cost $25.").
     *
     * @param index the position
     * @param known lower-cased words the text capitalises in the middle of a sentence
     * @return {@code true} if it is probably a name
     */
    public boolean isName(int index, Set<String> known) {
        String written = original.get(index);
        if (!Character.isUpperCase(written.charAt(0)) || isTechnical(written)) {
            return false;
        }
        String word = stripPossessive(lower.get(index));
        if (isStop(word) || NOT_NAMES.contains(word) || NOT_NAMES.contains(lower.get(index)) || isNumber(word)) {
            return false;
        }
        if (index > 0 || known.contains(word) || !word.equals(lower.get(index))) {
            return true;
        }
        if (index + 1 >= lower.size()) {
            return false;
        }
        String next = lower.get(index + 1);
        return VERBS.contains(next) || (next.equals("and") && index + 2 < lower.size()
                && Character.isUpperCase(original.get(index + 2).charAt(0)));
    }

    /**
     * The words a text capitalises in the middle of its sentences: the names it shows, for {@link #isName(int, Set)}.
     *
     * @param sentences the text's sentences' words
     * @return the names, lower case
     */
    public static Set<String> knownNames(Words[] sentences) {
        Set<String> known = new java.util.HashSet<>();
        for (Words words : sentences) {
            for (int i = 1; i < words.size(); i++) {
                if (words.isName(i)) {
                    known.add(stripPossessive(words.get(i)));
                }
            }
        }
        return known;
    }

    /** An acronym, a word with a capital or a digit inside ("SQL", "GitHub", "S21"): a thing's name. */
    static boolean isTechnical(String written) {
        String word = stripPossessive(written.replace('’', '\''));
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The inflected forms of verbs, for lexicons written as base forms: {@code "think:thought"} gives think,
     * thinks, thinking, thought; {@code "believe"} gives believe, believes, believing, believed.
     *
     * @param entries base forms, each with its irregular past forms after colons
     * @return every form, lower case
     */
    static Set<String> verbs(String... entries) {
        Set<String> forms = new java.util.HashSet<>();
        for (String entry : entries) {
            String[] parts = entry.split(":", -1);
            String base = parts[0];
            forms.add(base);
            forms.add(thirdPerson(base));
            forms.add(gerund(base));
            if (parts.length == 1) {
                forms.add(base.endsWith("e") ? base + "d" : base.endsWith("y") && !isVowel(base.charAt(base.length() - 2))
                        ? base.substring(0, base.length() - 1) + "ied" : base + "ed");
            }
            for (int i = 1; i < parts.length; i++) {
                forms.add(parts[i]);
            }
        }
        return Set.copyOf(forms);
    }

    private static String thirdPerson(String base) {
        if (base.endsWith("y") && !isVowel(base.charAt(base.length() - 2))) {
            return base.substring(0, base.length() - 1) + "ies";
        }
        if (base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x") || base.endsWith("o")) {
            return base + "es";
        }
        return base + "s";
    }

    private static String gerund(String base) {
        if (base.endsWith("ie")) {
            return base.substring(0, base.length() - 2) + "ying";
        }
        if (base.endsWith("e") && !base.endsWith("ee") && base.length() > 2) {
            return base.substring(0, base.length() - 1) + "ing";
        }
        return base + "ing";
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /**
     * A word without its possessive ending.
     *
     * @param word a lower-cased word
     * @return the word without {@code 's} or a trailing apostrophe
     */
    public static String stripPossessive(String word) {
        if (word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("'") ? word.substring(0, word.length() - 1) : word;
    }

    @Override
    public String toString() {
        return "Words[" + lower.size() + "]";
    }
}
