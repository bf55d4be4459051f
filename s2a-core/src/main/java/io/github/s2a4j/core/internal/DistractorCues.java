package io.github.s2a4j.core.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The cues that a context sentence is irrelevant to the question: how close its embedding is to the question's
 * and to the rest of the text, relative to the other sentences; whether it shares the question's words and
 * units; whether it is about people nobody else mentions ("Maria", "Lucy's brother") or links back to someone
 * ("She ..."). Each cue is one feature of the distractor model, whose weights come from data (see
 * {@link LocalWeights}). Stateless and thread-safe.
 */
public final class DistractorCues {

    /** The features, in the order of {@link #features}. */
    public static final List<String> NAMES = List.of(
            "relevance", "coherence", "relative_relevance", "relative_coherence", "question_overlap",
            "context_overlap", "newcomer", "question_person", "pronoun_link", "has_number",
            "unit_shared", "question_unit", "collective_question", "newcomer_in_collective", "length");

    private static final Set<String> RELATIONS = Set.of(
            "brother", "sister", "father", "mother", "dad", "mom", "mum", "cousin", "neighbor", "neighbour",
            "friend", "uncle", "aunt", "grandfather", "grandmother", "grandpa", "grandma", "classmate", "coworker",
            "colleague", "roommate", "niece", "nephew", "teammate", "son", "daughter", "wife", "husband", "boss",
            "partner", "boyfriend", "girlfriend", "grandson", "granddaughter", "parent", "sibling", "grandparent",
            "stepbrother", "stepsister", "stepfather", "stepmother", "fiance", "fiancee", "godfather", "godmother");

    private static final Set<String> PRONOUNS = Set.of(
            "he", "she", "they", "his", "her", "their", "him", "them", "hers", "theirs", "himself", "herself",
            "themselves", "it", "its");

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
     */
    public record Lexical(Set<String> stems, Set<String> names, Set<String> persons, Set<String> units,
            boolean pronounLink, boolean hasNumber) {

        /**
         * Reads a sentence.
         *
         * @param words the sentence's words
         * @return what the cues need
         */
        public static Lexical of(Words words) {
            Set<String> stems = new HashSet<>();
            Set<String> names = new HashSet<>();
            Set<String> persons = new HashSet<>();
            Set<String> units = new HashSet<>();
            boolean hasNumber = false;
            boolean pronounLink = false;
            int n = words.size();
            for (int i = 0; i < n; i++) {
                String word = words.get(i);
                if (words.isName(i)) {
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
                if (PRONOUNS.contains(word)) {
                    if (persons.isEmpty() || isObject(words, i)) {
                        pronounLink = true;
                    }
                    if (i + 1 < n && RELATIONS.contains(Words.stem(words.get(i + 1)))) {
                        i++; // "her brother": someone of the story's, not a newcomer
                    }
                    continue;
                }
                if (word.equals("$") || word.equals("€") || word.equals("£") || word.equals("%")) {
                    units.add(word);
                    continue;
                }
                if (Words.isNumber(word)) {
                    hasNumber = true;
                    String unit = unitAfter(words, i + 1);
                    if (unit != null) {
                        units.add(unit);
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
                    pronounLink, hasNumber);
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

        private static @Nullable String unitAfter(Words words, int from) {
            for (int i = from; i < Math.min(words.size(), from + 4); i++) {
                String word = words.get(i);
                if (Words.isNumber(word)) {
                    continue;
                }
                if (!FILLER.contains(word) && !Words.isStop(word)) {
                    return Words.stem(word);
                }
            }
            return null;
        }
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
     * @param anchored whether the people the sentence brings in are the story's: it is the first to mention anyone,
     *     or the next sentence refers back to it ("Alice ordered 3 pizzas. Her friends ate ...")
     * @param relevance the cosine similarity of the sentence's embedding to the question's
     * @param coherence the highest cosine similarity of the sentence's embedding to another context sentence's
     * @param meanRelevance the mean relevance of the other context sentences
     * @param meanCoherence the mean coherence of the other context sentences
     * @param size the sentence's word count
     * @return the features, in the order of {@link #NAMES}
     */
    public static double[] features(Lexical sentence, Lexical question, Corpus corpus, boolean collective,
            boolean anchored, double relevance, double coherence, double meanRelevance, double meanCoherence,
            int size) {
        Set<String> ownPersons = Corpus.personsOf(sentence);
        Set<String> ownUnits = Corpus.unitsOf(sentence);
        boolean newPerson = false;
        for (String person : sentence.persons()) {
            newPerson |= !Corpus.elsewhere(corpus.persons, person, ownPersons);
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
        boolean newcomer = newPerson && !anchored && !sentence.pronounLink();
        return new double[] {
            relevance,
            coherence,
            relevance - meanRelevance,
            coherence - meanCoherence,
            share(sentence.stems(), question.stems()),
            sentence.stems().isEmpty() ? 0.0 : (double) sharedStems / sentence.stems().size(),
            bit(newcomer),
            bit(intersects(sentence.persons(), question.persons()) || intersects(sentence.persons(), question.names())),
            bit(sentence.pronounLink()),
            bit(sentence.hasNumber()),
            sentence.units().isEmpty() ? 0.0 : (double) sharedUnits / sentence.units().size(),
            bit(questionUnit),
            bit(collective),
            bit(newcomer && collective),
            Math.log1p(size) / 3.0
        };
    }

    private static double share(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0.0;
        }
        int shared = 0;
        for (String item : part) {
            if (whole.contains(item)) {
                shared++;
            }
        }
        return (double) shared / part.size();
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String item : a) {
            if (b.contains(item)) {
                return true;
            }
        }
        return false;
    }

    private static double bit(boolean value) {
        return value ? 1.0 : 0.0;
    }
}
