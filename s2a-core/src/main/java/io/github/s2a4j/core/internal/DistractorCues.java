package io.github.s2a4j.core.internal;

import static io.github.s2a4j.core.internal.Features.bit;
import static io.github.s2a4j.core.internal.Features.share;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The cues that a sentence of a word problem is irrelevant to its question: how close its embedding is to the
 * question's and to the rest of the text, relative to the other sentences; whether it shares the question's words
 * and units; whether its numbers count something nothing else counts; whether it is about people nobody else
 * mentions ("Maria", "Lucy's brother") or links back to someone ("She ..."). Each cue is one feature of the
 * distractor model, whose weights come from data (see {@link LocalWeights}). No cue looks at where a sentence
 * stands. Stateless and thread-safe.
 *
 * <p>The model only runs where it belongs: a question that asks for a quantity over a context of quantities
 * ({@link #quantityQuestion}, {@link #wordProblem}). Everywhere else a sentence with a number or a name is the
 * user's fact, not a distractor.
 */
public final class DistractorCues {

    /** The features, in the order of {@link #features}. */
    public static final List<String> NAMES = List.of(
            "relevance", "coherence", "relative_relevance", "relative_coherence", "question_overlap",
            "context_overlap", "newcomer", "newcomer_beside_named", "new_person", "story_person",
            "question_person", "pronoun_link", "referred_next", "unit_shared", "unit_novel", "question_unit",
            "bare_number", "collective_question", "newcomer_in_collective", "length", "no_number", "magnitude",
            "newcomer_question_unit");

    /** Relatives, acquaintances and the roles people have to each other: "Lucy's brother", "the neighbor". */
    static final Set<String> RELATIONS = Set.of(
            "brother", "sister", "father", "mother", "dad", "mom", "mum", "cousin", "neighbor", "neighbour",
            "friend", "uncle", "aunt", "grandfather", "grandmother", "grandpa", "grandma", "classmate", "coworker",
            "colleague", "roommate", "niece", "nephew", "teammate", "son", "daughter", "wife", "husband", "boss",
            "partner", "boyfriend", "girlfriend", "grandson", "granddaughter", "parent", "sibling", "grandparent",
            "stepbrother", "stepsister", "stepfather", "stepmother", "stepson", "stepdaughter", "fiance", "fiancee",
            "godfather", "godmother", "godson", "goddaughter", "twin", "spouse", "flatmate", "housemate",
            "bandmate", "landlord", "landlady", "tenant", "mentor", "babysitter", "nanny", "tutor", "teacher",
            "coach", "manager", "assistant", "employee", "employer", "student", "pupil", "client", "customer",
            "doctor", "dentist", "penpal", "guest", "host", "driver", "trainer", "baby", "kid", "child",
            "grandchild", "relative", "acquaintance");

    private static final Set<String> PRONOUNS = Set.of(
            "he", "she", "they", "his", "her", "their", "him", "them", "hers", "theirs", "himself", "herself",
            "themselves", "it", "its");

    /** Possessives before a relation that make it someone the story already has: "her brother", "my sister". */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "my", "our", "your", "its");

    /** What "14 of them" counts a part of. */
    private static final Set<String> BACK = Set.of("them", "these", "those");

    /** Words of a question about several people or things at once. */
    private static final Set<String> COLLECTIVE = Set.of(
            "they", "them", "their", "together", "both", "altogether", "combined", "total", "all", "each",
            "everyone", "everybody", "family", "group", "team", "class", "sum", "difference", "more", "fewer",
            "less", "than");

    /** Words between a number and what it counts: "12 more apples", "5 pieces of candy", "3 times as many". */
    private static final Set<String> FILLER = Set.of(
            "more", "fewer", "less", "of", "extra", "additional", "other", "new", "old", "times", "big", "small",
            "large", "full", "whole", "each", "every", "per", "a", "an", "the", "as", "many", "much", "different",
            "same", "identical", "pieces", "piece", "kinds", "kind", "types", "type", "sorts");

    /** What "how" asks about when it asks for a quantity: "how many", "how far", "how old". */
    private static final Set<String> HOW_MUCH = Set.of(
            "many", "much", "far", "long", "old", "fast", "tall", "big", "heavy", "often", "large", "high", "deep",
            "wide", "soon", "short", "quickly", "early", "late", "hot", "cold", "warm", "full");

    /** Nouns of quantity: "what is the total", "find the average", "what percentage". */
    private static final Set<String> QUANTITY_NOUNS = Set.of(
            "total", "sum", "number", "amount", "cost", "price", "value", "balance", "profit", "loss", "average",
            "mean", "median", "percentage", "percent", "area", "perimeter", "volume", "speed", "rate", "difference",
            "ratio", "score", "age", "weight", "height", "length", "distance", "time", "salary", "income",
            "revenue", "fee", "bill", "change", "remainder", "product", "quotient", "fraction", "share",
            "temperature", "duration", "capacity", "budget", "savings", "earnings", "interest", "discount", "tax",
            "tip", "wage", "pay", "size", "width", "depth", "count", "probability", "odds", "increase",
            "decrease", "growth", "dollars", "hours", "minutes", "days", "weeks", "years", "miles", "kilometers",
            "meters", "liters", "kilograms", "pounds", "points", "marks", "x", "y");

    /** Words that ask for a value: "what is the ...", "find the ...". */
    private static final Set<String> QUANTITY_ASKS = Set.of(
            "what", "what's", "which", "calculate", "compute", "find", "determine", "estimate", "solve", "work");

    private DistractorCues() {}

    /**
     * What the cues need to know about one sentence, computed once per sentence.
     *
     * @param stems the stems of its content words, names and numbers aside
     * @param names the names it mentions
     * @param persons who it is about: names, and relatives as {@code rel:brother} (whoever's brother)
     * @param units what its numbers count, and currency signs
     * @param pronounLink whether it refers back to someone before naming anyone ("She buys ...")
     * @param hasNumber whether it has a number
     * @param bareNumber whether it has a number that counts nothing ("The shoe size of Lucy's brother is 9.")
     * @param largest the largest number it writes in digits, 0 if none
     */
    public record Lexical(Set<String> stems, Set<String> names, Set<String> persons, Set<String> units,
            boolean pronounLink, boolean hasNumber, boolean bareNumber, double largest) {

        /**
         * Reads a sentence.
         *
         * @param words the sentence's words
         * @return what the cues need
         */
        public static Lexical of(Words words) {
            return of(words, Set.of());
        }

        /**
         * Reads a sentence of a text.
         *
         * @param words the sentence's words
         * @param known the names the text shows ({@link Words#knownNames})
         * @return what the cues need
         */
        public static Lexical of(Words words, Set<String> known) {
            Set<String> stems = new HashSet<>();
            Set<String> names = new HashSet<>();
            Set<String> persons = new HashSet<>();
            Set<String> units = new HashSet<>();
            boolean hasNumber = false;
            boolean bareNumber = false;
            boolean pronounLink = false;
            double largest = 0;
            int n = words.size();
            for (int i = 0; i < n; i++) {
                String word = words.get(i);
                if (words.isName(i, known)) {
                    String name = Words.stripPossessive(word);
                    names.add(name);
                    boolean possessive = !name.equals(word);
                    if (possessive && i + 1 < n && RELATIONS.contains(Words.stem(words.get(i + 1)))) {
                        persons.add("rel:" + Words.stem(words.get(i + 1)));
                        i++;
                    } else {
                        persons.add(name);
                    }
                    continue;
                }
                if (POSSESSIVES.contains(word) && i + 1 < n && RELATIONS.contains(Words.stem(words.get(i + 1)))) {
                    pronounLink |= PRONOUNS.contains(word);
                    i++; // "her brother", "my sister": someone of the story's or the user's, not a newcomer
                    continue;
                }
                if (PRONOUNS.contains(word)) {
                    if (persons.isEmpty() || isObject(words, i)) {
                        pronounLink = true;
                    }
                    continue;
                }
                if (word.equals("$") || word.equals("€") || word.equals("£") || word.equals("%")) {
                    units.add(word);
                    continue;
                }
                if (Words.isNumber(word)) {
                    hasNumber = true;
                    largest = Math.max(largest, value(word));
                    String unit = unitAfter(words, i + 1);
                    if (unit != null) {
                        units.add(unit);
                    } else if (refersBack(words, i + 1)) {
                        pronounLink |= persons.isEmpty(); // "14 of them are sopranos": a part of what came before
                    } else if (i >= 2 && words.get(i - 1).equals("of") && !Words.isStop(words.get(i - 2))) {
                        units.add(Words.stem(words.get(i - 2))); // "boxes of 15": it counts per box
                    } else if (i == 0 || !isCurrency(words.get(i - 1))) {
                        bareNumber = true;
                    }
                    continue;
                }
                String stem = Words.stem(word);
                if (RELATIONS.contains(stem) && i > 0 && words.get(i - 1).equals("the")) {
                    persons.add("rel:" + stem); // "the neighbor": someone; "a friend", "his friends": a detail
                }
                if (!Words.isStop(word)) {
                    stems.add(stem);
                }
            }
            return new Lexical(Set.copyOf(stems), Set.copyOf(names), Set.copyOf(persons), Set.copyOf(units),
                    pronounLink, hasNumber, bareNumber, largest);
        }

        /** A number's value from its leading digits ("1,200", "3.5", "9th"); 0 for a number word. */
        private static double value(String word) {
            int end = 0;
            while (end < word.length() && (Character.isDigit(word.charAt(end)) || word.charAt(end) == ','
                    || word.charAt(end) == '.')) {
                end++;
            }
            String digits = word.substring(0, end).replace(",", "");
            if (digits.isEmpty() || digits.chars().filter(c -> c == '.').count() > 1) {
                return 0;
            }
            return Double.parseDouble(digits);
        }

        /** Whether a number is a part of what came before: "14 of them", "3 of these". */
        private static boolean refersBack(Words words, int from) {
            return from + 1 < words.size() && words.get(from).equals("of")
                    && BACK.contains(words.get(from + 1));
        }

        private static boolean isCurrency(String word) {
            return word.equals("$") || word.equals("€") || word.equals("£");
        }

        /**
         * Whether the pronoun at a position is an object ("gives him", "told them", "paid her $5"): after a
         * newcomer, an object pronoun points back to someone else of the story, a possessive usually to the
         * newcomer ("Lucy's brother has $20 in his account").
         */
        private static boolean isObject(Words words, int i) {
            String word = words.get(i);
            if (word.equals("him") || word.equals("them")) {
                return true;
            }
            if (!word.equals("her")) {
                return false;
            }
            if (i + 1 >= words.size()) {
                return true;
            }
            String next = words.get(i + 1);
            return Words.isNumber(next) || next.equals("$") || (Words.STOP.contains(next) && !next.equals("own"));
        }

        /**
         * What a number counts: the first plural among the content words right after it ("36 empty rooms": room;
         * "39 meters long": meter), else the first of them.
         */
        private static @Nullable String unitAfter(Words words, int from) {
            int i = from;
            while (i < words.size() && (Words.isNumber(words.get(i)) || FILLER.contains(words.get(i)))) {
                i++;
            }
            String first = null;
            for (int j = i; j < Math.min(words.size(), i + 3); j++) {
                String word = words.get(j);
                if (Words.isStop(word) || FILLER.contains(word) || Words.isNumber(word)) {
                    break;
                }
                if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
                    return Words.stem(word);
                }
                if (first == null) {
                    first = Words.stem(word);
                }
            }
            return first;
        }
    }

    /**
     * Whether a question asks for a quantity: "how many", "how much", "how far", "how old", a quantity noun after
     * "what" or "find" ("What is the total cost?", "Find the average."), or a calculation ("Calculate ...").
     *
     * @param question the question's words
     * @return {@code true} for a question whose answer is a number
     */
    public static boolean quantityQuestion(Words question) {
        for (int i = 0; i + 1 < question.size(); i++) {
            String word = question.get(i);
            if (word.equals("how") && HOW_MUCH.contains(question.get(i + 1))) {
                return true;
            }
            // "What is the total cost?", "What was Lucy's balance?", "Find the average.": a quantity noun soon after.
            if (QUANTITY_ASKS.contains(word)) {
                for (int j = i + 1; j < Math.min(question.size(), i + 6); j++) {
                    if (QUANTITY_NOUNS.contains(question.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the context sentences are a word problem's: at least two of them, and at least half, state a number.
     *
     * @param context the context sentences' cues
     * @return {@code true} for a context of quantities
     */
    public static boolean wordProblem(List<Lexical> context) {
        int numbers = 0;
        for (Lexical sentence : context) {
            if (sentence.hasNumber()) {
                numbers++;
            }
        }
        return numbers >= 2 && 2 * numbers >= context.size();
    }

    /**
     * Whether a question asks about several people or things together ("How many do they have altogether?"),
     * where someone mentioned once may well count.
     *
     * @param question the question's words
     * @return {@code true} for a collective question
     */
    public static boolean collective(Words question) {
        return question.any(COLLECTIVE) || question.phrase("in", "all");
    }

    /**
     * What the context sentences and the question mention, counted once per sentence, so that whether a sentence
     * shares something with the rest of the text costs one lookup, not a pass over the other sentences.
     */
    public static final class Corpus {

        private final Map<String, Integer> stems = new HashMap<>();
        private final Map<String, Integer> persons = new HashMap<>();
        private final Map<String, Integer> units = new HashMap<>();
        private double largest;
        private double second;

        /**
         * Counts the question and the context sentences.
         *
         * @param question the question's cues
         * @param sentences the context sentences' cues
         */
        public Corpus(Lexical question, List<Lexical> sentences) {
            add(question);
            for (Lexical sentence : sentences) {
                add(sentence);
            }
        }

        private void add(Lexical sentence) {
            if (sentence.largest() >= largest) {
                second = largest;
                largest = sentence.largest();
            } else if (sentence.largest() > second) {
                second = sentence.largest();
            }
            for (String stem : sentence.stems()) {
                stems.merge(stem, 1, Integer::sum);
            }
            for (String person : personsOf(sentence)) {
                persons.merge(person, 1, Integer::sum);
            }
            for (String unit : unitsOf(sentence)) {
                units.merge(unit, 1, Integer::sum);
            }
        }

        /** Whether a sentence other than the given one has the item. */
        private static boolean elsewhere(Map<String, Integer> counts, String item, Set<String> own) {
            return counts.getOrDefault(item, 0) > (own.contains(item) ? 1 : 0);
        }

        /** The largest number of the question and the other context sentences; 0 if they have none. */
        private double largestElsewhere(Lexical sentence) {
            return sentence.largest() >= largest ? second : largest;
        }

        private static Set<String> personsOf(Lexical sentence) {
            Set<String> all = new HashSet<>(sentence.persons());
            all.addAll(sentence.names());
            return all;
        }

        private static Set<String> unitsOf(Lexical sentence) {
            Set<String> all = new HashSet<>(sentence.units());
            all.addAll(sentence.stems());
            return all;
        }
    }

    /**
     * The distractor features of one sentence.
     *
     * @param sentence the sentence's lexical cues
     * @param question the question's lexical cues
     * @param corpus the question and all context sentences, this one among them
     * @param collective whether the question is {@linkplain #collective(Words) collective}
     * @param referredNext whether the next sentence starts by referring back to someone ("She ..."), who may be
     *     this sentence's person
     * @param relevance the cosine similarity of the sentence's embedding to the question's
     * @param coherence the highest cosine similarity of the sentence's embedding to another context sentence's
     * @param meanRelevance the mean relevance of the other context sentences
     * @param meanCoherence the mean coherence of the other context sentences
     * @param size the sentence's word count
     * @return the features, in the order of {@link #NAMES}
     */
    public static double[] features(Lexical sentence, Lexical question, Corpus corpus, boolean collective,
            boolean referredNext, double relevance, double coherence, double meanRelevance, double meanCoherence,
            int size) {
        Set<String> ownPersons = Corpus.personsOf(sentence);
        Set<String> ownUnits = Corpus.unitsOf(sentence);
        boolean newPerson = false;
        boolean storyPerson = false;
        for (String person : sentence.persons()) {
            boolean known = Corpus.elsewhere(corpus.persons, person, ownPersons);
            newPerson |= !known;
            storyPerson |= known;
        }
        int sharedStems = 0;
        for (String stem : sentence.stems()) {
            if (Corpus.elsewhere(corpus.stems, stem, sentence.stems())) {
                sharedStems++;
            }
        }
        int sharedUnits = 0;
        for (String unit : sentence.units()) {
            if (Corpus.elsewhere(corpus.units, unit, ownUnits)) {
                sharedUnits++;
            }
        }
        boolean questionUnit = false;
        for (String unit : sentence.units()) {
            questionUnit |= question.units().contains(unit) || question.stems().contains(unit);
        }
        // Someone new among the story's people; the only person of a text is the story's, however rarely named.
        boolean others = !sentence.persons().containsAll(corpus.persons.keySet());
        boolean newcomer = newPerson && !storyPerson && !sentence.pronounLink() && others;
        double elsewhere = corpus.largestElsewhere(sentence);
        // How many times larger than anything else the problem states its number is, beyond thirty times (a base
        // quantity or a rate is often tens of times the others: 92 km/h for 4 hours): GSM-IC's out-of-range
        // numbers. 0 up to 30x, 1 from 1000x.
        double magnitude = sentence.largest() > 0 && elsewhere > 0
                ? Math.max(0.0, Math.min(1.5, Math.log10(sentence.largest() / elsewhere) - 1.5)) / 1.5
                : 0.0;
        return new double[] {
            relevance,
            coherence,
            relevance - meanRelevance,
            coherence - meanCoherence,
            share(sentence.stems(), question.stems()),
            sentence.stems().isEmpty() ? 0.0 : (double) sharedStems / sentence.stems().size(),
            bit(newcomer),
            bit(newcomer && !question.persons().isEmpty()),
            bit(newPerson && others),
            bit(storyPerson),
            bit(intersects(sentence.persons(), question.persons()) || intersects(sentence.persons(), question.names())),
            bit(sentence.pronounLink()),
            bit(referredNext),
            sentence.units().isEmpty() ? 0.0 : (double) sharedUnits / sentence.units().size(),
            bit(!sentence.units().isEmpty() && sharedUnits == 0 && !questionUnit),
            bit(questionUnit),
            bit(sentence.bareNumber()),
            bit(collective),
            bit(newcomer && collective),
            Math.log1p(size) / 3.0,
            bit(!sentence.hasNumber()),
            magnitude,
            bit(newcomer && questionUnit)
        };
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String item : a) {
            if (b.contains(item)) {
                return true;
            }
        }
        return false;
    }
}
