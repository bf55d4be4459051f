package io.github.s2a4j.core.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lexical cues of a user's stance on the answer: a first-person belief about it ("I think it's 7"), doubt
 * ("I don't think it's 7", "but I'm really not sure"), a verdict on the content ("I really like this argument"),
 * authorship ("I wrote it", "I did not write it"), or a borrowed authority ("my teacher says it's 7"). Each cue is
 * one feature of the stance model; the model's weights come from data (see {@link LocalWeights}). Stateless and
 * thread-safe.
 */
public final class StanceCues {

    /** The features, in the order of {@link #features}. */
    public static final List<String> NAMES = List.of(
            "first_person", "belief", "hedge", "answer_ref", "evaluation", "authorship", "content_kind",
            "authority_claim", "short", "situation", "own_situation", "fp_belief", "belief_answer",
            "verdict_on_content", "authorship_of_content", "doubt", "negated_answer", "suggestive_question",
            "stance_adverb", "prototype_similarity", "situation_similarity", "topical_overlap", "detail");

    private static final Set<String> FIRST_PERSON = Set.of(
            "i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll", "im", "ive");

    private static final Set<String> BELIEF = Set.of(
            "think", "thinks", "thought", "believe", "believed", "believes", "guess", "guessed", "guessing",
            "suppose", "supposed", "suspect", "suspected", "reckon", "feel", "feels", "felt", "figure", "figured",
            "assume", "assumed", "bet", "doubt", "doubts", "doubtful", "sure", "certain", "confident", "convinced",
            "positive", "hunch", "instinct", "gut", "leaning", "lean", "inclined", "opinion", "view", "impression",
            "recall", "remember", "memory", "expect", "expected", "feeling", "intuition", "suspicion", "seems",
            "seem", "say", "pick", "vote", "go", "wager", "estimate", "belief", "sense", "trust", "hope");

    private static final Set<String> ANSWER = Set.of(
            "answer", "answers", "correct", "right", "wrong", "true", "false", "option", "choice", "result",
            "response");

    private static final Set<String> EVALUATION = Set.of(
            "like", "likes", "liked", "love", "loves", "loved", "dislike", "dislikes", "disliked", "hate", "hated",
            "hates", "enjoy", "enjoyed", "admire", "admired", "adore", "appreciate", "appreciated", "prefer", "fan",
            "agree", "disagree", "impressed", "unimpressed", "bored", "annoyed", "disappointed",
            "thrilled", "delighted", "detest", "proud", "keen", "fond", "convinced",
            "persuaded", "unconvinced", "skeptical", "sceptical");

    private static final Set<String> EVALUATIVE_ADJECTIVE = Set.of(
            "great", "brilliant", "excellent", "amazing", "wonderful", "beautiful", "terrible", "awful", "weak",
            "strong", "convincing", "unconvincing", "compelling", "persuasive", "bad", "poor", "boring", "flawed",
            "impressive", "good", "nice", "lovely", "clever", "stupid", "silly", "fantastic", "superb",
            "mediocre", "sloppy", "elegant", "powerful", "solid", "shaky", "best", "worst", "favourite",
            "favorite", "genius", "masterpiece", "garbage", "rubbish", "perfect", "dull", "bland", "weakest",
            "strongest", "outstanding", "lame", "airtight", "nonsense", "pointless");

    private static final Set<String> AUTHORSHIP = Set.of(
            "wrote", "write", "written", "authored", "author", "composed", "penned", "drafted", "created",
            "mine", "own", "came", "invented", "produced", "writer");

    private static final Set<String> CONTENT_KIND = Set.of(
            "argument", "poem", "solution", "essay", "story", "piece", "text", "proof", "writing", "draft",
            "response", "paragraph", "verse", "reasoning", "code", "passage", "article", "speech", "review", "answer",
            "derivation", "attempt", "stanza", "letter");

    private static final Set<String> AUTHORITY = Set.of(
            "teacher", "professor", "friend", "friends", "dad", "mom", "mum", "mother", "father", "brother",
            "sister", "colleague", "boss", "tutor", "textbook", "book", "coworker", "classmate", "someone",
            "somebody", "people", "everyone", "heard", "told", "apparently", "supposedly", "rumor", "rumour",
            "partner", "wife", "husband", "uncle", "aunt", "grandpa", "grandma", "roommate", "internet", "online",
            "website", "article", "source");

    private static final Set<String> CLAIM_VERB = Set.of(
            "said", "says", "told", "tells", "claims", "claimed", "swears", "insists", "insisted", "thinks",
            "thought", "believes", "reckons", "heard", "read", "mentioned", "suggested", "suggests", "argued");

    private static final Set<String> NEGATION = Set.of(
            "not", "no", "never", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "won't", "can't",
            "couldn't", "wouldn't", "shouldn't", "nor", "hardly", "doubt");

    private static final Set<String> SITUATION = Set.of(
            "have", "had", "has", "bought", "buy", "need", "needs", "want", "wanted", "going", "planning", "plan",
            "trying", "working", "live", "lived", "own", "got", "paid", "spent", "spend", "earn", "earned",
            "saved", "save", "made", "make", "ran", "run", "drove", "walked", "visited", "visit", "started",
            "start", "moved", "study", "studying", "learning", "read", "reading", "cooking", "baking", "building",
            "using", "use", "gave", "give", "sold", "sell", "collect", "collected", "grew", "grow", "picked",
            "wrote");

    /** Words before "like" when it is a verb. */
    private static final Set<String> LIKERS = Set.of(
            "i", "we", "you", "they", "really", "also", "truly", "quite", "don't", "didn't", "do", "did", "not",
            "would", "i'd", "genuinely", "actually", "rather", "particularly", "especially");

    private static final Set<String> DEICTIC = Set.of("this", "it", "that", "above", "following", "below");

    private static final Set<String> STANCE_ADVERBS = Set.of(
            "personally", "honestly", "frankly", "probably", "surely", "presumably", "apparently", "supposedly",
            "maybe", "perhaps", "definitely", "certainly", "obviously", "clearly");

    private static final Set<String> DOUBT = Set.of("doubt", "doubts", "doubtful", "unconvinced", "skeptical", "sceptical");

    private static final Set<String> IT_VERBS = Set.of(
            "is", "was", "must", "should", "might", "may", "could", "can't", "cannot", "isn't", "wasn't", "would",
            "has", "will", "seems", "sounds");

    private static final Set<String> SUGGESTING_AUXILIARIES = Set.of(
            "isn't", "is", "could", "can", "might", "would", "wouldn't", "shouldn't", "wasn't", "was", "am", "aren't",
            "doesn't", "didn't", "must", "may");

    private static final Set<String> WH_WORDS = Set.of("which", "what", "how", "whether", "if", "where", "when", "who");

    private static final Set<String> QUESTION_WORDS = Set.of(
            "what", "which", "who", "whom", "whose", "where", "when", "why", "how", "what's", "who's", "where's",
            "how's", "when's", "name", "list");

    private static final Set<String> LEADING_PREPOSITIONS = Set.of(
            "in", "on", "at", "for", "of", "to", "from", "by", "with", "during", "after", "before", "since", "until",
            "into", "about", "under", "over", "and", "so", "then", "but");

    /** First words of a request. */
    private static final Set<String> REQUESTS = Set.of(
            "please", "calculate", "compute", "find", "determine", "explain", "describe", "summarize", "summarise",
            "write", "give", "tell", "list", "name", "comment", "evaluate", "assess", "review", "solve",
            "translate", "suggest", "recommend", "help", "share", "rate", "critique", "analyze", "analyse",
            "discuss", "compare", "identify", "show", "estimate", "provide", "rewrite", "edit", "proofread",
            "improve", "simplify", "state", "prove", "derive", "outline", "grade", "answer", "check", "offer",
            "judge");

    private static final String[][] HEDGES = {
        {"not", "sure"}, {"not", "certain"}, {"not", "100"}, {"could", "be", "wrong"}, {"might", "be", "wrong"},
        {"may", "be", "wrong"}, {"could", "be", "mistaken"}, {"might", "be", "mistaken"}, {"correct", "me"},
        {"no", "idea"}, {"unsure"}, {"not", "confident"}, {"don't", "know"}, {"not", "positive"},
        {"double", "check"}, {"not", "mistaken"}, {"memory", "serves"}, {"grain", "of", "salt"},
        {"just", "a", "guess"}, {"wild", "guess"}, {"not", "an", "expert"}, {"could", "be", "off"},
        {"might", "be", "off"}, {"don't", "quote", "me"}, {"not", "completely"}, {"not", "entirely"},
        {"not", "totally"}, {"uncertain"}, {"really", "sure"}
    };

    /**
     * Sentences that state a stance, in many wordings: the highest similarity of a sentence's embedding to one of
     * them is a feature. Generic on purpose: the wording of no evaluation set.
     */
    public static final List<String> PROTOTYPES = List.of(
            "I think the answer is this, but I'm really not sure.",
            "I don't think that is the right answer.",
            "My guess is that it's the second one.",
            "I'm fairly confident it is that.",
            "I'm not sure, but I believe it's that one.",
            "I could be wrong, but I think so.",
            "Correct me if I'm wrong.",
            "I'm not sure.",
            "It must be that one.",
            "It's that one, isn't it?",
            "Isn't the answer that one?",
            "It can't be that, can it?",
            "The answer is probably that one.",
            "I would choose that one.",
            "My teacher told me the answer.",
            "Someone told me it was this.",
            "My friend says the answer is that one.",
            "I remember it being that one.",
            "I really like this argument.",
            "I really dislike this argument.",
            "I love this poem.",
            "I am not a fan of this solution.",
            "I think this essay is brilliant.",
            "I find the reasoning unconvincing.",
            "This argument is excellent.",
            "This poem is terrible.",
            "I wrote this argument.",
            "I did not write this poem.",
            "This is my own solution.",
            "Someone else wrote this, not me.",
            "Personally, I'd go with that option.");

    /**
     * Sentences in which the user describes their own situation, the usual first-person sentences that are not a
     * stance: the highest similarity to one of them is a feature that counts against a stance.
     */
    public static final List<String> SITUATIONS = List.of(
            "I have three boxes of eggs.",
            "I bought two tickets for the concert.",
            "I'm planning a trip next month.",
            "My laptop gets hot when I play games.",
            "I work thirty hours a week.",
            "I want to learn to cook.",
            "I live in a small apartment with two cats.",
            "My son is starting school this year.",
            "I ran five kilometers this morning.",
            "I have a job interview tomorrow.",
            "I think my car battery is dead.",
            "I'm not sure which plan I am on.",
            "My doctor told me to exercise more.");

    /** Every word of the lexicons above: not topical. */
    private static final Set<String> ATTITUDE = union(FIRST_PERSON, BELIEF, ANSWER, EVALUATION, EVALUATIVE_ADJECTIVE,
            AUTHORSHIP, CONTENT_KIND, AUTHORITY, CLAIM_VERB, NEGATION, STANCE_ADVERBS, DOUBT, DEICTIC);

    private StanceCues() {}

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    /**
     * Whether a sentence could state a stance at all: the user speaks in the first person, hedges, cites someone,
     * offers an answer in a yes-no question, or judges or claims the content. A sentence with none of these
     * ("Maria's rent is $10.") is never a stance, and neither is a question that asks for something ("Which planet
     * ...?", "In what year ...?") or a request ("Name the ..."): only yes-no questions offer an answer. The model
     * only ranks the candidates.
     *
     * @param words the sentence's words
     * @return {@code true} for a candidate
     */
    public static boolean candidate(Words words) {
        if (words.size() == 0 || asksForInformation(words)) {
            return false;
        }
        if (words.any(FIRST_PERSON) || hedge(words) || words.any(STANCE_ADVERBS)) {
            return true;
        }
        boolean question = words.text().indexOf('?') >= 0;
        if (question && suggestive(words)) {
            return true;
        }
        if (words.any(AUTHORITY) && words.any(CLAIM_VERB)) {
            return true;
        }
        boolean aboutContent = words.any(CONTENT_KIND) || words.any(DEICTIC);
        boolean judged = evaluates(words) || words.any(EVALUATIVE_ADJECTIVE) || words.any(AUTHORSHIP);
        return aboutContent && judged;
    }

    /**
     * Whether a sentence asks for something rather than offering an answer: a wh-question ("Which planet ...?",
     * "In what year ...?") or a request ("Name the ...", "Please comment ...").
     *
     * @param words the sentence's words
     * @return {@code true} for a wh-question or a request
     */
    public static boolean asksForInformation(Words words) {
        if (words.size() == 0) {
            return false;
        }
        String first = words.get(0);
        if (words.text().indexOf('?') >= 0) {
            if (QUESTION_WORDS.contains(first)) {
                return true;
            }
            return LEADING_PREPOSITIONS.contains(first) && words.size() > 1 && QUESTION_WORDS.contains(words.get(1));
        }
        return isRequest(words);
    }

    /**
     * Whether a sentence is a request: it starts with a verb that asks for something ("Please comment ...",
     * "Name the ...", "Explain ...") or with "can you", "could you", "would you".
     *
     * @param words the sentence's words
     * @return {@code true} for a request
     */
    public static boolean isRequest(Words words) {
        if (words.size() == 0) {
            return false;
        }
        String first = words.get(0);
        return REQUESTS.contains(first)
                || (words.size() > 1 && (first.equals("can") || first.equals("could") || first.equals("would"))
                        && words.get(1).equals("you"));
    }

    /**
     * The content words of a sentence that are about its topic, not about anyone's attitude: what a user's
     * situation shares with the rest of the text and a stance on the answer usually does not.
     *
     * @param words the sentence's words
     * @return their stems
     */
    public static Set<String> topicalStems(Words words) {
        Set<String> stems = new HashSet<>();
        for (String word : words.lower()) {
            if (!Words.isStop(word) && !Words.isNumber(word) && !ATTITUDE.contains(word)) {
                stems.add(Words.stem(word));
            }
        }
        return stems;
    }

    /**
     * The stance features of a sentence.
     *
     * @param words the sentence's words
     * @param prototypeSimilarity its embedding's highest cosine similarity to {@link #PROTOTYPES}
     * @param situationSimilarity its embedding's highest cosine similarity to {@link #SITUATIONS}
     * @param topicalOverlap the share of its {@linkplain #topicalStems topical stems} that another sentence of
     *     the text has too
     * @return the features, in the order of {@link #NAMES}
     */
    public static double[] features(Words words, double prototypeSimilarity, double situationSimilarity,
            double topicalOverlap) {
        boolean firstPerson = words.any(FIRST_PERSON);
        boolean belief = words.any(BELIEF);
        boolean hedge = hedge(words);
        boolean answer = words.any(ANSWER) || itCopula(words);
        boolean evaluation = evaluates(words) || words.any(EVALUATIVE_ADJECTIVE)
                || words.phrase("not", "a", "fan") || words.phrase("doesn't", "work", "for");
        boolean authorship = words.any(AUTHORSHIP) || words.phrase("came", "up", "with")
                || words.phrase("put", "together");
        boolean kind = words.any(CONTENT_KIND);
        boolean aboutContent = kind || words.any(DEICTIC);
        boolean negation = words.any(NEGATION);
        boolean question = words.text().indexOf('?') >= 0;
        int size = Math.max(1, words.size());
        return new double[] {
            bit(firstPerson),
            bit(belief),
            bit(hedge),
            bit(answer),
            bit(evaluation),
            bit(authorship),
            bit(kind),
            bit(words.any(AUTHORITY) && words.any(CLAIM_VERB)),
            Math.min(1.0, 8.0 / size),
            bit(firstPerson && words.any(SITUATION) && !belief),
            bit(ownSituation(words)),
            bit(firstPerson && belief),
            bit(belief && answer),
            bit(evaluation && aboutContent),
            bit(authorship && aboutContent),
            bit(words.any(DOUBT) || (firstPerson && negation && belief)),
            bit(negation && answer),
            bit(question && suggestive(words)),
            bit(words.any(STANCE_ADVERBS)),
            prototypeSimilarity,
            situationSimilarity,
            topicalOverlap,
            Math.min(4, details(words)) / 4.0
        };
    }

    /**
     * How many lower-case topical words a sentence has: a user describing their situation gives details ("I never
     * learned to swim as a child"); a stance mostly names a candidate answer, often a proper noun, and its verdict.
     */
    private static int details(Words words) {
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!words.capitalised(i) && !Words.isStop(word) && !Words.isNumber(word) && !ATTITUDE.contains(word)
                    && !word.startsWith("$")) {
                count++;
            }
        }
        return count;
    }

    /** "it's", "it is", "it must be", "it can't be": a claim about what the answer is. */
    private static boolean itCopula(Words words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("it's") || word.equals("it'd") || word.equals("that's")) {
                return true;
            }
            if (word.equals("it") && IT_VERBS.contains(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A yes-no question that offers an answer: "Isn't it Jupiter?", "Could it be 7?", "It's Paris, right?",
     * "Am I right?".
     */
    private static boolean suggestive(Words words) {
        if (words.size() < 2) {
            return false;
        }
        String first = words.get(0);
        String second = words.get(1);
        if ((SUGGESTING_AUXILIARIES.contains(first) && (second.equals("it") || second.equals("that")
                || second.equals("i"))) || first.equals("it's") || first.equals("surely")) {
            return true;
        }
        String last = words.get(words.size() - 1);
        return last.equals("right") || last.equals("correct") || last.equals("it") || last.equals("no");
    }

    /**
     * Whether an evaluation verb evaluates: "like" only after someone who likes ("I like", "really like",
     * "don't like"), not as a preposition ("smells like nail polish").
     */
    private static boolean evaluates(Words words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (EVALUATION.contains(word)) {
                if (!word.startsWith("like")) {
                    return true;
                }
                if (i > 0 && LIKERS.contains(words.get(i - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A belief, doubt, liking or report about the user's own situation rather than the answer ("I think I left my
     * charger", "not sure which plan", "I'm not confident speaking in public", "I enjoy cooking", "my teacher
     * says my essays are too long").
     */
    private static boolean ownSituation(Words words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean attitude = BELIEF.contains(word) || word.equals("sure") || CLAIM_VERB.contains(word)
                    || (EVALUATION.contains(word) && !word.startsWith("like"));
            if (!attitude) {
                continue;
            }
            for (int j = i + 1; j < Math.min(words.size(), i + 3); j++) {
                String next = words.get(j);
                if (next.equals("i") || next.equals("my") || next.equals("we") || next.equals("our")
                        || next.equals("i'm") || next.equals("i've") || next.equals("i'll")
                        || WH_WORDS.contains(next)) {
                    return true;
                }
            }
            if (i + 1 < words.size() && isGerund(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGerund(String word) {
        return word.length() > 5 && word.endsWith("ing") && !word.endsWith("thing");
    }

    private static boolean hedge(Words words) {
        for (String[] phrase : HEDGES) {
            if (words.phrase(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static double bit(boolean value) {
        return value ? 1.0 : 0.0;
    }
}
