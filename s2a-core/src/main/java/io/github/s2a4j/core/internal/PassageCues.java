package io.github.s2a4j.core.internal;

import static io.github.s2a4j.core.internal.Features.bit;
import static io.github.s2a4j.core.internal.Features.share;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cues that a retrieved passage, or one of its sentences, is unrelated to the query it was retrieved for: how
 * close the embeddings are, whether the query's names and content words are there, and whether the passage names
 * a namesake (a full name or title that shares a word with the query's but is another one: "Gary Liccardo" for
 * "Sam Liccardo", "the Meridian Hotel" for "the Meridian Bridge"). A passage is not the user speaking: no stance
 * cue applies. Two models use these features, one per passage and one per sentence of a related passage, with
 * weights from data (see {@link LocalWeights}). Stateless and thread-safe.
 */
public final class PassageCues {

    /** The passage model's features, in the order of {@link #passage}. */
    public static final List<String> PASSAGE_NAMES = List.of(
            "max_relevance", "entity_share", "query_has_entities", "full_name", "namesake", "stem_share",
            "best_stem_share");

    /** The sentence model's features, in the order of {@link #sentence}. */
    public static final List<String> SENTENCE_NAMES = List.of(
            "relevance", "relative_relevance", "coherence_with_best", "entity_share", "stem_share",
            "pronoun_start", "cohesion", "foreign_entities");

    private static final Set<String> LEADING_REFERENCES = Set.of(
            "he", "she", "it", "they", "this", "these", "its", "his", "her", "their", "there", "that", "those",
            "such", "both", "also", "then", "later", "however");

    private PassageCues() {}

    /**
     * The query, as the cues read it.
     *
     * @param entities the names and technical terms it mentions, lower case
     * @param fullNames its names of several words ("sam liccardo", "meridian bridge"), as word lists
     * @param stems the stems of its other content words and its numbers
     */
    public record Query(Set<String> entities, List<List<String>> fullNames, Set<String> stems) {

        /**
         * Reads a query.
         *
         * @param words the query's words
         * @return what the cues need
         */
        public static Query of(Words words) {
            Set<String> entities = new HashSet<>();
            List<List<String>> fullNames = new ArrayList<>();
            Set<String> stems = new HashSet<>();
            List<String> run = new ArrayList<>();
            for (int i = 0; i <= words.size(); i++) {
                boolean entity = i < words.size() && isEntity(words, i);
                if (entity) {
                    String token = Words.stripPossessive(words.get(i));
                    entities.add(token);
                    run.add(token);
                    continue;
                }
                if (run.size() >= 2) {
                    fullNames.add(List.copyOf(run));
                }
                run.clear();
                if (i < words.size()) {
                    String word = words.get(i);
                    if (!Words.isStop(word) && !StanceCues.QUESTION_WORDS.contains(word)) {
                        stems.add(Words.stem(word));
                    }
                }
            }
            return new Query(Set.copyOf(entities), List.copyOf(fullNames), Set.copyOf(stems));
        }
    }

    /** A name or a technical term: "Liccardo", "SQL", "X200". */
    static boolean isEntity(Words words, int i) {
        return words.isName(i) || (words.capitalised(i) && Words.isTechnical(words.original(i))
                && words.original(i).length() > 1);
    }

    /** The entities of a sentence, lower case, and its runs of several. */
    private static List<List<String>> entityRuns(Words words, Set<String> all) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= words.size(); i++) {
            if (i < words.size() && isEntity(words, i)) {
                String token = Words.stripPossessive(words.get(i));
                all.add(token);
                run.add(token);
            } else {
                if (!run.isEmpty()) {
                    runs.add(List.copyOf(run));
                }
                run.clear();
            }
        }
        return runs;
    }

    private static Set<String> stems(Words words) {
        Set<String> stems = new HashSet<>();
        for (String word : words.lower()) {
            if (!Words.isStop(word)) {
                stems.add(Words.stem(Words.stripPossessive(word)));
            }
        }
        return stems;
    }

    /**
     * The passage model's features.
     *
     * @param query the query
     * @param sentences the passage's sentences' words
     * @param relevance each sentence's cosine similarity to the query
     * @return the features, in the order of {@link #PASSAGE_NAMES}
     */
    public static double[] passage(Query query, Words[] sentences, double[] relevance) {
        Set<String> entities = new HashSet<>();
        Set<String> stems = new HashSet<>();
        List<List<String>> runs = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        double best = -1;
        double bestStems = 0;
        for (int i = 0; i < sentences.length; i++) {
            runs.addAll(entityRuns(sentences[i], entities));
            Set<String> own = stems(sentences[i]);
            stems.addAll(own);
            lower.addAll(sentences[i].lower());
            lower.add("");
            best = Math.max(best, relevance[i]);
            bestStems = Math.max(bestStems, share(query.stems(), own));
        }
        List<String> stripped = lower.stream().map(Words::stripPossessive).toList();
        boolean fullName = false;
        for (List<String> name : query.fullNames()) {
            fullName |= contains(stripped, name);
        }
        boolean namesake = false;
        for (List<String> name : query.fullNames()) {
            if (contains(stripped, name)) {
                continue;
            }
            for (List<String> run : runs) {
                boolean shares = false;
                boolean other = false;
                for (String token : run) {
                    shares |= name.contains(token);
                    other |= !name.contains(token);
                }
                namesake |= shares && other;
            }
        }
        Set<String> passageWords = new HashSet<>(stripped);
        return new double[] {
            best,
            query.entities().isEmpty() ? 1.0 : share(query.entities(), passageWords),
            bit(!query.entities().isEmpty()),
            bit(fullName),
            bit(namesake),
            share(query.stems(), stems),
            bestStems
        };
    }

    /**
     * The sentence model's features: how one sentence of a related passage relates to the query and to the
     * passage's most related sentence.
     *
     * @param query the query
     * @param sentences the passage's sentences' words
     * @param at the sentence
     * @param relevance each sentence's cosine similarity to the query
     * @param coherenceWithBest the sentence's cosine similarity to the passage's most related sentence (1 for that
     *     sentence itself)
     * @return the features, in the order of {@link #SENTENCE_NAMES}
     */
    public static double[] sentence(Query query, Words[] sentences, int at, double[] relevance,
            double coherenceWithBest) {
        double best = -1;
        for (double r : relevance) {
            best = Math.max(best, r);
        }
        Words words = sentences[at];
        Set<String> own = stems(words);
        Set<String> entities = new HashSet<>();
        entityRuns(words, entities);
        Set<String> elsewhere = new HashSet<>();
        Set<String> otherEntities = new HashSet<>(query.entities());
        for (int i = 0; i < sentences.length; i++) {
            if (i != at) {
                elsewhere.addAll(stems(sentences[i]));
                entityRuns(sentences[i], otherEntities);
            }
        }
        Set<String> content = new HashSet<>();
        for (String stem : own) {
            if (!Words.isNumber(stem)) {
                content.add(stem);
            }
        }
        boolean foreign = !entities.isEmpty();
        for (String entity : entities) {
            foreign &= !otherEntities.contains(entity);
        }
        return new double[] {
            relevance[at],
            relevance[at] - best,
            coherenceWithBest,
            query.entities().isEmpty() ? 1.0 : share(query.entities(), new HashSet<>(words.lower().stream()
                    .map(Words::stripPossessive).toList())),
            share(query.stems(), own),
            bit(words.size() > 0 && LEADING_REFERENCES.contains(words.get(0))),
            content.isEmpty() ? 0.0 : share(content, elsewhere),
            bit(foreign)
        };
    }

    private static boolean contains(List<String> words, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!words.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
