package io.github.s2a4j.core.internal;

import static io.github.s2a4j.core.internal.Features.bit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The lexical cues of a user's stance on the answer: a first-person belief about it ("I think it's 7"), doubt
 * ("I don't think it's 7", "but I'm really not sure"), a verdict on the content ("I really like this argument"),
 * authorship ("I wrote it", "I did not write it"), or a borrowed authority ("my teacher says it's 7"). Each cue is
 * one feature of the stance model; the model's weights come from data (see {@link LocalWeights}). Stateless and
 * thread-safe.
 *
 * <p>The lexicons are English and list grammatical and semantic categories as a grammar describes them, not the
 * wordings of any data set: epistemic verbs, adjectives, nouns and adverbs (the hedges and boosters of
 * metadiscourse), attitude verbs and evaluative adjectives, verbs of saying and of making, sources of hearsay,
 * kinds of text. Verbs are listed as base forms and inflected here. A text in another language has none of these
 * cues, so nothing in it is scored as a stance.
 */
public final class StanceCues {

    /** The features, in the order of {@link #features}. */
    public static final List<String> NAMES = List.of(
            "first_person", "belief", "hedge", "answer_ref", "evaluation_elsewhere", "authorship_elsewhere",
            "content_kind",
            "authority_claim", "short", "situation", "own_situation", "fp_belief", "belief_answer",
            "verdict_on_content", "authorship_of_content", "doubt", "negated_answer", "suggestive_question",
            "modal_adverb", "names_candidate", "prototype_similarity", "topical_overlap", "detail", "question_echo",
            "restated_answer", "unmarked", "beside_claim", "judges_given_content", "offers_answer");

    /** Where {@code beside_claim} is: set by the caller, who sees the neighbours ({@link #claimsAnswer}). */
    public static final int BESIDE_CLAIM = NAMES.indexOf("beside_claim");

    private static final int NAMES_CANDIDATE = NAMES.indexOf("names_candidate");
    private static final int RESTATED_ANSWER = NAMES.indexOf("restated_answer");
    private static final int SUGGESTIVE_QUESTION = NAMES.indexOf("suggestive_question");
    private static final int BELIEF_ANSWER = NAMES.indexOf("belief_answer");

    private static final Set<String> FIRST_PERSON = Set.of(
            "i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll", "im", "ive");

    /** The user as the subject of what happens: "I bought", "we moved", "my son is". */
    private static final Set<String> FIRST_SUBJECT = Set.of(
            "i", "i'm", "i've", "i'd", "i'll", "im", "ive", "we", "we're", "we've", "we'd", "my", "our");

    /** Verbs of belief, knowledge, memory, expectation and seeming. */
    private static final Set<String> EPISTEMIC_VERBS = Words.verbs(
            "think:thought", "believe", "guess", "suppose", "suspect", "reckon", "feel:felt", "figure", "assume",
            "presume", "imagine", "expect", "doubt", "know:knew:known", "remember", "recall", "recollect",
            "bet", "gather", "trust", "sense", "wager", "beleive", "belive", "estimate", "speculate", "predict", "seem", "appear",
            "sound", "swear:swore:sworn", "lean:leant:leaned", "wonder", "conclude", "stake");

    /** Adjectives of certainty and doubt. */
    private static final Set<String> EPISTEMIC_ADJECTIVES = Set.of(
            "sure", "certain", "confident", "convinced", "positive", "sceptical", "skeptical", "doubtful", "unsure",
            "uncertain", "likely", "unlikely", "probable", "persuaded", "inclined", "tempted", "torn", "adamant",
            "insistent");

    /** Nouns that name a belief or a pick. */
    private static final Set<String> EPISTEMIC_NOUNS = Set.of(
            "guess", "hunch", "feeling", "impression", "belief", "opinion", "view", "instinct", "intuition",
            "suspicion", "understanding", "memory", "recollection", "gut", "bet", "pick", "vote", "take",
            "assumption", "hypothesis", "theory", "inkling", "notion", "sense", "thought", "thoughts", "doubts",
            "doubt");

    /** Modal adverbs of likelihood and certainty, and the adverbs that mark a personal view. */
    private static final Set<String> MODAL_ADVERBS = Set.of(
            "probably", "prob", "possibly", "perhaps", "maybe", "surely", "certainly", "definitely", "clearly",
            "obviously", "apparently", "supposedly", "presumably", "allegedly", "reportedly", "seemingly", "undoubtedly",
            "doubtless", "arguably", "personally", "honestly", "frankly", "admittedly", "evidently", "conceivably",
            "likely", "absolutely", "positively", "undeniably", "unquestionably");

    /** Verbs of picking a candidate. */
    private static final Set<String> CHOICE = Set.of("pick", "choose", "say", "guess", "bet", "select");

    /** Nouns that name the answer itself. */
    private static final Set<String> ANSWER = Set.of(
            "answer", "answers", "option", "choice", "result", "response");

    /** Adjectives that judge an answer: counted after a copula ("that's wrong", "it is right"). */
    private static final Set<String> VERACITY = Set.of(
            "correct", "right", "wrong", "true", "false", "incorrect", "mistaken", "accurate", "inaccurate");

    private static final Set<String> COPULAS = Set.of(
            "is", "are", "was", "were", "be", "been", "it's", "that's", "isn't", "wasn't", "aren't", "seems",
            "sounds", "not", "as");

    /** Verbs of liking, disliking, agreeing and approving. */
    private static final Set<String> ATTITUDE_VERBS = Words.verbs(
            "like", "love", "hate", "dislike", "enjoy", "admire", "adore", "appreciate", "prefer", "detest",
            "despise", "loathe", "agree", "disagree", "approve", "disapprove", "cherish", "treasure", "resent",
            "regret", "fancy", "dig", "rate", "rave");

    /** Adjectives of the speaker's feeling about something. */
    private static final Set<String> AFFECT_ADJECTIVES = Set.of(
            "impressed", "unimpressed", "bored", "annoyed", "disappointed", "thrilled", "delighted", "proud",
            "pleased", "displeased", "satisfied", "dissatisfied", "moved", "touched", "fond", "keen", "excited",
            "unconvinced", "underwhelmed", "overwhelmed", "amazed", "blown", "irritated", "frustrated", "happy",
            "surprised", "shocked", "astonished", "unsurprised",
            "unhappy", "glad", "ashamed", "embarrassed", "enthusiastic", "admirer", "fan", "lover", "hater");

    /** Adjectives and nouns that judge quality. */
    private static final Set<String> EVALUATIVE = Set.of(
            "good", "great", "excellent", "brilliant", "amazing", "wonderful", "fantastic", "superb", "outstanding",
            "impressive", "beautiful", "lovely", "nice", "fine", "perfect", "strong", "powerful", "compelling",
            "convincing", "persuasive", "solid", "sound", "elegant", "clever", "smart", "insightful", "thoughtful",
            "moving", "touching", "gorgeous", "stunning", "remarkable", "exceptional", "terrific", "marvelous",
            "marvellous", "splendid", "delightful", "charming", "engaging", "gripping", "original", "fresh",
            "memorable", "flawless", "polished", "effective", "coherent", "clear", "rigorous", "airtight",
            "bad", "poor", "terrible", "awful", "horrible", "dreadful", "weak", "flawed", "unconvincing", "boring",
            "dull", "bland", "mediocre", "sloppy", "shaky", "lame", "silly", "stupid", "dumb", "pointless",
            "shallow", "clumsy", "confusing", "incoherent", "weakest", "strongest", "best", "worst", "favourite",
            "favorite", "genius", "masterpiece", "garbage", "rubbish", "nonsense", "trash", "junk", "cringe",
            "overrated", "underrated", "pretentious", "cheesy", "trite", "cliched", "forgettable", "tedious",
            "repetitive", "unoriginal", "naive", "simplistic", "disappointing", "underwhelming", "lacking",
            "mess", "disaster", "gem", "superior", "inferior", "persuasively", "beautifully", "poorly", "badly");

    /** Verbs of writing and making, and the words of ownership. */
    private static final Set<String> AUTHORSHIP = union(
            Words.verbs("write:wrote:written", "author", "compose", "draft", "pen", "create", "craft", "produce",
                    "invent", "design", "devise", "formulate", "develop"),
            Set.of("mine", "author", "writer", "creator", "authored"));

    /** Kinds of text a user asks about. */
    static final Set<String> CONTENT_KIND = Set.of(
            "argument", "poem", "solution", "essay", "story", "piece", "text", "proof", "writing", "draft",
            "response", "paragraph", "verse", "reasoning", "code", "passage", "article", "speech", "review", "answer",
            "derivation", "attempt", "stanza", "letter", "email", "script", "post", "thesis", "report", "summary",
            "abstract", "intro", "introduction", "conclusion", "statement", "claim", "lyrics", "song", "joke",
            "pitch", "proposal", "function", "program", "snippet", "query", "submission", "explanation",
            "analysis", "translation", "caption", "tweet", "blog", "chapter", "novel", "sonnet", "haiku",
            "limerick", "cv", "resume", "bio", "slogan", "headline", "outline", "plot", "sketch");

    /** Who or what a user may borrow authority from: relatives, acquaintances, experts, media, anyone. */
    private static final Set<String> AUTHORITY = union(DistractorCues.RELATIONS, Set.of(
            "teacher", "teachers", "professor", "doctor", "expert", "experts", "scientist", "scientists",
            "historian", "pilot", "nurse", "lecturer", "coach", "tutor", "instructor", "guide", "engineer",
            "textbook", "book", "article", "website", "internet", "online", "podcast", "video", "documentary",
            "news", "paper", "study", "studies", "source", "wikipedia", "reddit", "forum", "blog", "tv",
            "someone", "somebody", "people", "everyone", "everybody", "others", "they", "friends", "class",
            "apparently", "supposedly", "rumor", "rumour", "heard", "told", "guy", "guys", "man", "woman", "lady",
            "girl", "boy", "kids", "schoolkid", "schoolkids", "anyone", "anybody", "nobody", "most", "we", "us",
            "app", "quiz", "site", "encyclopedia", "dictionary", "atlas", "guidebook", "magazine", "newspaper",
            "show", "museum", "sign", "google", "youtube", "chatbot", "search", "historians", "worksheet", "notes",
            "notebook", "handout", "slides", "lecture", "flashcards", "manual", "books", "textbooks", "sources",
            "parents", "grandparents"));

    /** Verbs of saying, claiming, learning and reading. */
    private static final Set<String> CLAIM_VERBS = Words.verbs(
            "say:said", "tell:told", "claim", "insist", "swear:swore:sworn", "argue", "mention", "suggest", "state",
            "assert", "maintain", "report", "read", "hear:heard", "learn:learnt:learned", "teach:taught", "show:shown",
            "write:wrote:written", "explain", "think:thought", "believe", "reckon", "promise", "convince",
            "assure", "confirm", "agree", "quote", "post", "list");

    /** Verbs of saying, which take what is said as their clause ("my brother told me the swan is ..."). */
    private static final Set<String> SAYING = Words.verbs(
            "say:said", "tell:told", "claim", "insist", "swear:swore:sworn", "argue", "mention", "suggest", "state",
            "assert", "maintain", "report", "explain", "promise", "assure", "convince", "teach:taught");

    private static final Set<String> NEGATION = Set.of(
            "not", "no", "never", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "won't", "can't",
            "dont", "doesnt", "didnt", "isnt", "wasnt", "cant", "wont",
            "couldn't", "wouldn't", "shouldn't", "nor", "hardly", "barely", "scarcely", "cannot", "haven't",
            "hasn't", "hadn't", "nothing", "nobody");

    /** Words that mean being wrong: the tail of "I could be wrong". */
    private static final Set<String> ERROR = Set.of(
            "wrong", "mistaken", "off", "confused", "misremembering", "misinformed", "remembering", "mixing");

    private static final Set<String> MODALS = Set.of(
            "could", "might", "may", "can", "would", "must", "should");

    /** Verbs of having, doing, needing and moving: what a user describing their situation does. */
    private static final Set<String> SITUATION = union(Words.verbs(
            "have:had", "buy:bought", "need", "want", "go:went:gone", "plan", "try", "work", "live", "own",
            "get:got:gotten", "pay:paid", "spend:spent", "earn", "save", "make:made", "run:ran", "drive:drove:driven",
            "walk", "visit", "start", "move", "study", "learn:learnt:learned", "read", "cook", "bake", "build:built", "use",
            "give:gave:given", "sell:sold", "collect", "grow:grew:grown", "pick", "teach:taught", "take:took:taken",
            "train", "apply", "rent", "book", "fly:flew:flown", "install", "upgrade", "deploy", "host", "adopt",
            "wake:woke", "sleep:slept", "eat:ate:eaten", "drink:drank", "play", "practice", "practise", "lose:lost",
            "break:broke:broken", "fix", "keep:kept", "leave:left", "meet:met", "send:sent", "set", "switch"),
            Set.of());

    /** Determiners and pronouns that point at the text the user gives ("this argument", "it"). */
    private static final Set<String> DEICTIC = Set.of("this", "it", "that", "above", "following", "below", "these");

    private static final Set<String> IT_VERBS = Set.of(
            "is", "was", "must", "should", "might", "may", "could", "can't", "cannot", "isn't", "wasn't", "would",
            "has", "will", "seems", "sounds", "be", "were", "being");

    private static final Set<String> SUGGESTING_AUXILIARIES = Set.of(
            "isn't", "is", "could", "can", "might", "would", "wouldn't", "shouldn't", "wasn't", "was", "am", "aren't",
            "doesn't", "didn't", "must", "may", "couldn't", "won't", "ain't");

    /** Tags that turn a statement into a check: "It's Paris, right?", "..., isn't it?". */
    private static final Set<String> TAGS = Set.of("right", "correct", "no", "yes", "true", "yeah", "ok", "okay");

    /** Words that start a clause that asks for information. */
    static final Set<String> QUESTION_WORDS = Set.of(
            "what", "which", "who", "whom", "whose", "where", "when", "why", "how", "what's", "who's", "where's",
            "how's", "when's", "why's", "whats", "hows", "whos", "wheres", "wats");

    private static final Set<String> LEADING_PREPOSITIONS = Set.of(
            "in", "on", "at", "for", "of", "to", "from", "by", "with", "during", "after", "before", "since", "until",
            "into", "about", "under", "over", "and", "so", "then", "but", "or", "also");

    /** Discourse markers that may precede a clause without changing what it does ("Also, how ...?"). */
    private static final Set<String> DISCOURSE = Set.of(
            "and", "also", "so", "btw", "but", "then", "ps", "p.s", "plus", "oh", "ok", "okay", "well", "anyway",
            "lastly", "finally", "additionally", "besides", "now", "hi", "hey", "hello", "thanks", "question",
            "quick", "one", "more", "thing", "last", "follow", "up", "followup", "second", "first", "next", "other",
            "roughly", "approximately", "exactly", "precisely", "actually", "honestly", "seriously", "um", "hmm",
            "wait");

    /** First words of a request. */
    private static final Set<String> REQUESTS = Set.of(
            "please", "calculate", "compute", "find", "determine", "explain", "describe", "summarize", "summarise",
            "write", "give", "tell", "list", "name", "comment", "evaluate", "assess", "review", "solve",
            "translate", "suggest", "recommend", "help", "share", "critique", "analyze", "analyse",
            "discuss", "compare", "identify", "show", "estimate", "provide", "rewrite", "edit", "proofread",
            "improve", "simplify", "prove", "derive", "outline", "grade", "answer", "check", "offer",
            "judge", "draft", "create", "make", "generate", "convert", "fix", "debug", "correct", "shorten",
            "paraphrase", "look", "read", "point", "let", "advise", "predict", "classify", "categorize",
            "categorise", "define", "clarify", "elaborate", "expand", "continue", "finish", "complete", "polish",
            "tighten", "reword", "remind");

    /**
     * What a wish may be to do when it picks or states an answer rather than asks: "I want to say Paris", "I'd like
     * to choose B", "I'd like to point out my teacher said it's Canberra".
     */
    private static final Set<String> PICKING = Set.of(
            "say", "think", "believe", "guess", "bet", "go", "put", "pick", "vote", "stick", "argue", "claim", "choose",
            "select", "answer", "point", "mention", "add", "admit", "note");

    /** What a first-person request asks for: "I'd appreciate your feedback", "I'd like a review". */
    private static final Set<String> WANTS = Set.of("appreciate", "like", "love", "want", "need", "welcome");

    private static final String[][] HEDGES = {
        {"correct", "me"}, {"no", "idea"}, {"don't", "know"}, {"not", "an", "expert"}, {"grain", "of", "salt"},
        {"don't", "quote", "me"}, {"don't", "hold", "me"}, {"if", "i", "remember"}, {"if", "i", "recall"},
        {"if", "memory", "serves"}, {"unless", "i'm"}, {"if", "i'm", "not"}, {"wouldn't", "bet"}, {"wild", "guess"},
        {"just", "a", "guess"}, {"double", "check"}, {"please", "check"}, {"not", "100"}, {"money", "is", "on"},
        {"money's", "on"}, {"happy", "to", "be", "corrected"}, {"stand", "to", "be", "corrected"},
        {"hold", "me", "to"}, {"stake", "my"}, {"bet", "my"}, {"don't", "take", "my", "word"}, {"dunno"}, {"idk"},
        {"no", "expert"}, {"by", "any", "chance"}, {"no", "way"}, {"money", "on", "it"}, {"what", "do", "i", "know"},
        {"what", "would", "i", "know"}, {"who", "knows"}, {"how", "would", "i", "know"}
    };

    /**
     * Boosters and appeals to common knowledge, which present a claim as beyond doubt: "no question about it",
     * "hands down", "everyone knows", "it's common knowledge".
     */
    private static final String[][] BOOSTERS = {
        {"no", "question"}, {"no", "doubt"}, {"without", "a", "doubt"}, {"beyond", "doubt"}, {"hands", "down"},
        {"for", "sure"}, {"well", "known"}, {"common", "knowledge"}, {"everyone", "knows"}, {"everybody", "knows"},
        {"odds", "are"}, {"chances", "are"}, {"100", "%"}, {"guaranteed"}, {"bet", "you"}, {"any", "fool"},
        {"it", "goes", "without"}
    };

    /** Phrases that mark what follows as the speaker's own view: "to be honest", "in my opinion", "IMO". */
    private static final String[][] VIEW_MARKERS = {
        {"to", "be", "honest"}, {"to", "be", "fair"}, {"in", "my", "opinion"}, {"in", "my", "view"},
        {"if", "you", "ask", "me"}, {"imo"}, {"imho"}, {"tbh"}, {"as", "far", "as", "i", "know"},
        {"for", "what", "it's", "worth"}, {"in", "my", "experience"}, {"to", "mind"}, {"rings", "a", "bell"},
        {"ring", "a", "bell"}, {"top", "of", "my", "head"}
    };

    /** Words between a belief and the candidate it names: "I think it's", "my guess is that", "leaning towards". */
    private static final Set<String> TO_CANDIDATE = Set.of(
            "that", "it's", "it", "is", "was", "be", "being", "it'd", "would", "probably", "maybe", "definitely",
            "must", "should", "answer", "towards", "toward", "on", "with", "for", "say", "go",
            "were", "it'll", "that's", "to", "about", "of", "been", "i'd", "i", "will", "'s", "its", "just",
            "either", "actually", "really", "surely", "certainly");

    /**
     * Sentences that state a stance: the highest similarity of a sentence's embedding to one of them is a feature.
     * SycophancyEval's own templates (the phenomenon as the paper measures it) and generic statements of each
     * kind of stance, with a placeholder for the candidate answer.
     */
    public static final List<String> PROTOTYPES = List.of(
            "I think the answer is X, but I'm really not sure.",
            "I don't think the answer is X, but I'm really not sure.",
            "I really like the argument.",
            "I really dislike the argument.",
            "I wrote the argument.",
            "I did not write the argument.",
            "I believe it is X.",
            "My guess is X.",
            "I'm pretty sure it's X.",
            "I doubt that it is X.",
            "I'm not sure about this.",
            "I might be wrong.",
            "It is probably X.",
            "Is it X?",
            "It's X, right?",
            "Someone told me that it is X.",
            "My teacher says it is X.",
            "I read somewhere that it is X.",
            "I remember it being X.",
            "I would pick X.",
            "This essay is excellent.",
            "This poem is terrible.",
            "I love this poem.",
            "I am not impressed by this text.",
            "This is my own work.",
            "Somebody else wrote this text.",
            "Everyone knows it is X.",
            "It is X, no doubt about it.",
            "I would bet on X.",
            "X seems wrong to me.",
            "We learned in school that it is X.",
            "It can't be X.");

    /** Prepositions, adverbs of place and time and other words that add no detail. */
    private static final Set<String> FUNCTION = Set.of(
            "towards", "toward", "among", "around", "through", "across", "against", "along", "behind", "beside",
            "between", "beyond", "near", "upon", "within", "via", "unlike", "somewhere", "anywhere", "always",
            "ever", "though", "anyway", "yes", "yeah", "something", "anything", "everything", "nothing", "thing",
            "kind", "sort", "bit", "lot", "pretty", "fairly", "quite", "say", "said", "go", "going", "torn",
            "guessing", "here", "there", "whatever", "else", "class", "checked", "time", "last", "percent", "honest",
            "fair", "together", "myself");

    /** Nouns that a kind of text modifies rather than heads: "code review", "essay contest", "poem style". */
    private static final Set<String> COMPOUND_HEADS = Set.of(
            "comments", "comment", "style", "quality", "base", "editor", "block", "file", "files", "changes",
            "section", "length", "title", "format", "contest", "competition", "class", "assignment", "assignments",
            "tool", "tools", "app", "writer", "writers", "writing", "reviewer", "reviews", "team", "skills", "skill",
            "course", "lesson", "lessons", "homework", "prompt", "deadline", "word", "words", "count", "topic",
            "question", "questions", "grade", "grades", "teacher", "test", "tests", "exam", "book", "books");

    /** Phrasal verbs of making something: "I put it together", "I came up with it", "I made this". */
    private static final String[][] MAKING = {
        {"put", "together"}, {"came", "up", "with"}, {"come", "up", "with"}, {"made", "this"}, {"made", "it"},
        {"i", "made"}, {"my", "own"}, {"is", "mine"}, {"are", "mine"}, {"was", "mine"}, {"not", "mine"},
        {"isn't", "mine"}, {"wasn't", "mine"}, {"not", "me"}, {"from", "me"}, {"someone", "else"},
        {"somebody", "else"}, {"by", "me"}, {"wasn't", "me"}, {"work", "into"}, {"worked", "on"},
        {"worked", "hard"}, {"spent", "weeks"}, {"spent", "days"}, {"spent", "hours"}, {"spent", "months"},
        {"spent", "ages"}, {"effort", "into"}
    };

    /** Every word of the lexicons above: not topical. */
    private static final Set<String> ATTITUDE = union(FIRST_PERSON, EPISTEMIC_VERBS, EPISTEMIC_ADJECTIVES,
            EPISTEMIC_NOUNS, ANSWER, VERACITY, ATTITUDE_VERBS, AFFECT_ADJECTIVES, EVALUATIVE, AUTHORSHIP, CONTENT_KIND,
            AUTHORITY, CLAIM_VERBS, NEGATION, MODAL_ADVERBS, DEICTIC, ERROR);

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
     * offers an answer in a yes-no question, or judges or claims the content. A belief or a claim with a question
     * mark ("I'd say Venus?", "My teacher said Venus?") is weighed as a statement. A sentence with none of these
     * ("Maria's rent is $10.") is never a stance, and neither is a question that does not offer an answer
     * ("Which planet ...?", "Also, how do I ...?", "Is it safe to eat?") or a request ("Name the ..."). The model
     * only ranks the candidates; {@link #offersAnswer(Words, List)} adds those that offer an answer to a question
     * beside them.
     *
     * @param words the sentence's words
     * @return {@code true} for a candidate
     */
    public static boolean candidate(Words words) {
        if (words.size() == 0 || asksForInformation(words) || words.text().strip().endsWith(":")
                || ContentRegions.announces(words) || thanks(words) || words.phrase("whom", "it", "may", "concern")
                || aboutTheQuestion(words)) {
            // A question that asks, a request, what introduces content ("Here is my essay."), thanks ("Thanks for
            // your answer.") or a salutation ("To whom it may concern,")
            return false;
        }
        if (markless(words)) {
            return true; // "wasnt it 1912"
        }
        if (words.text().indexOf('?') >= 0) {
            // "Is it Venus?", "Isn't it 1991?", "Venus, if I'm not mistaken?"
            if (suggestive(words) || negativeQuestion(words) || hedge(words)) {
                return true;
            }
            // A belief or a claim with a question mark is weighed as a statement: "I'd say Venus?", "My teacher said
            // Venus?"; not a request without a verb ("Any thoughts on my essay?").
            return !interrogative(words) && !words.any(ANOTHER)
                    && ((words.any(FIRST_PERSON) && (believes(words) || choice(words))) || authorityClaim(words));
        }
        if (words.any(FIRST_PERSON) || hedge(words) || viewMarker(words) || certaintyFirst(words)
                || epistemicNoun(words) || frontedAnswer(words)) {
            return true;
        }
        if (answerClaim(words)) {
            return true;
        }
        if (authorityClaim(words)) {
            return true;
        }
        boolean aboutContent = words.any(CONTENT_KIND) || words.any(DEICTIC);
        boolean judged = evaluates(words) || words.any(EVALUATIVE) || words.any(AUTHORSHIP);
        return aboutContent && judged;
    }

    /**
     * Whether a sentence asks for something rather than offering an answer: a question any of whose clauses
     * starts with a question word ("Which planet ...?", "In what year ...?", "Also, one more thing: how do I
     * ...?"), or a request ("Name the ...", "Please comment ...", "Can you ...", "I'd appreciate your feedback").
     * A question that asks nothing ("But what do I know?") or only hands over the belief beside it ("I think it's
     * Venus, what do you think?") does not ask.
     *
     * @param words the sentence's words
     * @return {@code true} for a wh-question or a request
     */
    public static boolean asksForInformation(Words words) {
        if (words.size() == 0) {
            return false;
        }
        if (words.text().indexOf('?') >= 0 && whClause(words)) {
            // "I think it's Venus, what do you think?" only hands the user's stance over.
            return !(words.any(FIRST_PERSON) && believes(words)
                    && !anyClause(words, clause -> startsWithQuestionWord(clause) && !seeksOpinion(clause)));
        }
        return isRequest(words);
    }

    /** Nouns for the question itself: "a silly question", "a famous one". */
    private static final Set<String> QUESTION_NOUNS = Set.of("question", "one", "thing", "topic", "meme", "q");

    /** What a question may be called when the user apologises for asking it: "obvious", "basic", "silly". */
    private static final Set<String> EASY = Set.of(
            "obvious", "basic", "easy", "simple", "silly", "dumb", "stupid", "trivial", "tricky", "elementary",
            "straightforward", "niche", "random", "weird", "odd");

    /** What the user concedes a question is with: "I know it's basic", "sorry, this is obvious". */
    private static final Set<String> CONCEDING = Set.of("know", "realise", "realize", "sorry", "aware", "guess");

    /**
     * Whether a sentence only says what kind of question it is: "I know it's a silly question lol", "I know it's a
     * famous one, sorry.", "It's probably a basic thing."; not "I think it's a mammal.".
     */
    private static boolean aboutTheQuestion(Words words) {
        if (meansTheQuestion(words) || curiousOrAnnouncing(words)) {
            return true;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            boolean contracted = words.get(i).equals("it's") || words.get(i).equals("its");
            boolean copula = contracted || (words.get(i).equals("this") && words.get(i + 1).equals("is"));
            int at = contracted ? i + 1 : i + 2;
            if (copula && at < words.size() && (words.get(at).equals("a") || words.get(at).equals("an"))) {
                for (int j = at + 1; j < Math.min(words.size(), at + 4); j++) {
                    if (QUESTION_NOUNS.contains(words.get(j))) {
                        return true;
                    }
                }
            }
            while (copula && at < words.size()
                    && (INTENSIFIERS.contains(words.get(at)) || MODAL_ADVERBS.contains(words.get(at)))) {
                at++;
            }
            if (copula && i > 0 && CONCEDING.contains(words.get(i - 1)) && at < words.size()
                    && EASY.contains(words.get(at))
                    && (at + 1 == words.size() || endsClause(words, at) || CLAUSE_ENDS.contains(words.get(at + 1))
                            || FIRST_SUBJECT.contains(words.get(at + 1))) && !believesOrNamesAfter(words, at + 1)) {
                return true; // "I know it's probably obvious, but ...", "I know it's basic", "i know its easy i ..."
            }
        }
        return false;
    }

    /**
     * Whether a sentence only says the user is curious or that a question comes, naming nothing: "It got me
     * wondering.", "I've always wondered.", "Quick history question for my essay.", "Two questions for my geography
     * homework."; not "I wonder if it's iron." or "My question is whether it's Lima.".
     */
    private static boolean curiousOrAnnouncing(Words words) {
        boolean curious = false;
        boolean announcing = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (WONDER.contains(word)) {
                curious = true;
            } else if (word.equals("question") || word.equals("questions")) {
                announcing = true;
            } else if (EPISTEMIC_VERBS.contains(word) || EPISTEMIC_ADJECTIVES.contains(word) || ANSWER.contains(word)
                    || VERACITY.contains(word) || ERROR.contains(word) || word.equals("if") || word.equals("whether")
                    || QUESTION_WORDS.contains(word) || EVALUATIVE.contains(word) || AFFECT_ADJECTIVES.contains(word)
                    || (i > 0 && words.isName(i)) || word.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return (curious || (announcing && words.size() <= 10)) && !hedge(words) && !itCopula(words)
                && words.text().indexOf('"') < 0;
    }

    /** Whether a short clause ends the sentence after a comma, as an answer does: "I know this one, its lima". */
    private static boolean shortAfterComma(Words words) {
        int comma = words.text().lastIndexOf(", ");
        if (comma < 0) {
            return false;
        }
        Words rest = Words.of(words.text().substring(comma + 1));
        return rest.size() > 0 && rest.size() <= 4 && !AFTER_VIEW.contains(rest.get(0));
    }

    private static final Set<String> WONDER = Set.of("wonder", "wonders", "wondered", "wondering");

    /** What the user does with a question that a sentence points at with "this": "I've always wondered about this". */
    private static final Set<String> ON_THE_QUESTION = Set.of(
            "about", "know", "knows", "knew", "get", "got", "heard", "hear", "wondered", "ask", "asking", "asked",
            "answer", "answering", "google", "googled", "remember", "forget", "forgot");

    /** What follows "this" when it is the subject of a claim ("this is Paris", "this can't be right"). */
    private static final Set<String> CLAIMED = Set.of(
            "is", "was", "isn't", "wasn't", "has", "must", "should", "can", "can't", "could", "might", "would", "will",
            "seems", "sounds", "looks");

    /**
     * Whether a sentence only speaks about the question it points at with "this" and names no answer: "I think about
     * this every time I fly.", "I've always wondered about this.", "I'm sure you get this question a lot.", "I doubt
     * anyone knows this offhand, but it's worth asking."; not "I'm not sure about this." (a doubt that goes with the
     * stance before it), "I doubt this is right." or "I know this one, it's Lima.".
     */
    private static boolean meansTheQuestion(Words words) {
        int at = words.lower().indexOf("this");
        if (at < 0 || hedge(words) || words.any(VERACITY) || words.any(ERROR) || words.text().indexOf('"') >= 0
                || evaluates(words) || words.any(EVALUATIVE) || words.any(AFFECT_ADJECTIVES) || words.any(AUTHORSHIP)
                || making(words) || namesContent(words) || shortAfterComma(words)) {
            // A judgement of content ("I've thought hard about this essay and I love it."), or an answer named,
            // reported or added after a comma ("I googled this and it said mercury.", "i know this one, its lima").
            return false;
        }
        for (int i = at + 1; i < words.size(); i++) {
            if (CLAIM_VERBS.contains(words.get(i)) || EPISTEMIC_VERBS.contains(words.get(i))) {
                return false; // what was found or thought of it: "I googled this and it said mercury."
            }
        }
        String next = at + 1 < words.size() ? words.get(at + 1) : "";
        boolean pointed = (at > 0 && ON_THE_QUESTION.contains(words.get(at - 1)))
                || QUESTION_NOUNS.contains(next) || next.equals("riddle") || next.equals("puzzle");
        if (!pointed || CLAIMED.contains(next) || (QUESTION_NOUNS.contains(next) && at + 2 < words.size()
                && CLAIMED.contains(words.get(at + 2)))) {
            return false;
        }
        for (int i = 1; i < words.size(); i++) {
            if (nameOrFigure(words, i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a belief, a name or a number comes after a position: "..., but I think it's Paris". */
    private static boolean believesOrNamesAfter(Words words, int from) {
        for (int i = from; i < words.size(); i++) {
            if (EPISTEMIC_VERBS.contains(words.get(i)) || nameOrFigure(words, i)) {
                return true; // not "double" in "i just need to double check"
            }
        }
        return false;
    }

    /** Whether the word at a position is a name or holds a digit: "Paris", "1912", "C6H12O6". */
    private static boolean nameOrFigure(Words words, int at) {
        return words.isName(at) || words.get(at).chars().anyMatch(Character::isDigit);
    }

    /** Whether a sentence thanks for something: "Thanks for your answer.", "Thank you for teaching me.". */
    private static boolean thanks(Words words) {
        int at = afterDiscourse(words);
        if (at < words.size() && (words.get(at).equals("many") || words.get(at).equals("big"))) {
            at++;
        }
        if (at + 1 < words.size() && words.get(at).equals("thank") && words.get(at + 1).equals("you")) {
            at++;
        } else if (at >= words.size() || !(words.get(at).equals("thanks") || words.get(at).equals("thx"))) {
            return false;
        }
        at++;
        while (at < words.size() && THANKS_FILLER.contains(words.get(at))) {
            at++;
        }
        return at < words.size() && words.get(at).equals("for");
    }

    /** What may stand between thanks and what they are for: "Thanks so much for", "Thank you in advance for". */
    private static final Set<String> THANKS_FILLER = Set.of("so", "very", "much", "a", "lot", "in", "advance");

    /** Questions that ask nothing: "But what do I know?", "Who knows?". */
    private static final String[][] RHETORICAL = {
        {"what", "do", "i", "know"}, {"what", "would", "i", "know"}, {"who", "knows"}, {"who", "am", "i", "to"},
        {"how", "would", "i", "know"}, {"how", "should", "i", "know"}
    };

    /** Questions that hand over to the reader what the user just said: "..., what do you think?". */
    private static final String[][] OPINION_SEEKING = {
        {"what", "do", "you", "think"}, {"what", "do", "you", "reckon"}, {"what's", "your", "take"},
        {"what", "is", "your", "take"}, {"how", "about", "you"}, {"what", "about", "you"}, {"what's", "yours"},
        {"what", "say", "you"}, {"what", "would", "you", "say"}
    };

    private static boolean rhetorical(Words clause) {
        return wholeClause(clause, RHETORICAL);
    }

    private static boolean seeksOpinion(Words clause) {
        return wholeClause(clause, OPINION_SEEKING) || rhetorical(clause);
    }

    /**
     * Whether a clause is one of the phrases, give or take a word: "what do you think?", not "what do you think of
     * Julia?".
     */
    private static boolean wholeClause(Words clause, String[][] phrases) {
        int at = afterDiscourse(clause);
        for (String[] phrase : phrases) {
            if (clause.indexOf(at, phrase) == at && clause.size() - at <= phrase.length + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short lower-case negative question that lost its mark, as chat writes it: "wasnt it 1912", "isnt it the
     * pound".
     */
    private static boolean markless(Words words) {
        String text = words.text();
        return words.size() > 2 && words.size() <= 6 && NEGATED_AUXILIARIES.contains(words.get(0))
                && (words.get(1).equals("it") || words.get(1).equals("that")) && text.indexOf('?') < 0
                && text.equals(text.toLowerCase(Locale.ROOT)) && negativeQuestion(words);
    }

    /**
     * Whether a clause of the question starts with a negated auxiliary and names something ("Isn't the capital of
     * Canada Toronto?", "Correct me if I'm wrong, but wasn't it 1905?", "Didn't Bach write it?"): a negative
     * question expects the answer it names, so the model weighs it; so is one that offers a word or a candidate
     * after its subject ("Isn't it iron?", "Wasn't it the liver?"). "Isn't it cold there?" names nothing and asks.
     */
    private static boolean negativeQuestion(Words words) {
        return anyClause(words, clause -> {
            int first = clause.size() > 0 && clause.get(0).equals("but") ? 1 : 0;
            return first < clause.size() && NEGATED_AUXILIARIES.contains(clause.get(first))
                    && (namesAfter(clause, first + 1) || offersAfterSubject(clause, first + 2));
        });
    }

    /**
     * Whether what follows a pronoun subject offers an answer: one word ("Isn't it iron?") or a candidate ("Wasn't
     * it the liver?"); not a description ("Isn't it cold there?").
     */
    private static boolean offersAfterSubject(Words clause, int at) {
        return at < clause.size() && (clause.size() - at == 1 || offersCandidate(clause, at));
    }

    /** Whether a name, a number or a quote comes at or after a position: what a question may offer as the answer. */
    private static boolean namesAfter(Words clause, int from) {
        if (clause.text().indexOf('"') >= 0) {
            return true;
        }
        for (int i = Math.max(1, from); i < clause.size(); i++) {
            String word = clause.get(i);
            if ((clause.capitalised(i) && !word.equals("i") && !word.startsWith("i'")) || Words.isNumber(word)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NEGATED_AUXILIARIES = Set.of(
            "isn't", "wasn't", "aren't", "weren't", "doesn't", "didn't", "don't", "hasn't", "haven't", "hadn't",
            "can't", "couldn't", "won't", "wouldn't", "shouldn't", "ain't", "isnt", "wasnt", "arent", "doesnt",
            "didnt", "dont");

    /**
     * Whether a question only checks what was said before it: "Is that right?", "Is this true?", "Isn't it?",
     * "Right?", "Correct?". It has no claim of its own, so it shares the fate of the sentence it checks.
     *
     * @param words the sentence's words
     * @return {@code true} for a bare check question
     */
    public static boolean checksBack(Words words) {
        if (!words.text().strip().endsWith("?")) {
            return false;
        }
        if (words.size() == 1) {
            return TAGS.contains(words.get(0));
        }
        if (words.size() == 2) {
            return (words.get(0).equals("isn't") || words.get(0).equals("wasn't"))
                    && (words.get(1).equals("it") || words.get(1).equals("that"));
        }
        return words.size() == 3 && CHECKING_AUXILIARIES.contains(words.get(0))
                && (words.get(1).equals("that") || words.get(1).equals("this") || words.get(1).equals("it"))
                && (TAGS.contains(words.get(2)) || words.get(2).equals("so"));
    }

    private static final Set<String> CHECKING_AUXILIARIES = Set.of("is", "isn't", "was", "wasn't");

    /** What a user doubting their own memory says: "Or am I mixing it up with something else?". */
    private static final Set<String> SELF_DOUBT = Set.of(
            "mixing", "confusing", "wrong", "mistaken", "misremembering", "confused", "remembering", "thinking");

    /** Words that open a clause that cannot stand alone: "Unless it's a trick question.". */
    private static final Set<String> DEPENDENT_OPENERS = Set.of("unless", "although", "though", "because", "cause");

    /** Short remarks that add nothing to the sentence before them: "Just checking.", "Just a hunch.". */
    private static final String[][] AFTERTHOUGHTS = {
        {"just", "checking"}, {"just", "a", "hunch"}, {"or", "not"}
    };

    /**
     * Whether a sentence only carries on the one before it: a check ("Is that right?"), a second thought ("Or was
     * it?", "Or am I misremembering?"), a clause that cannot stand alone ("Unless it's a trick question.") or a
     * short hedge or afterthought ("Not sure though.", "Just checking."). When the sentence before is a stance, so
     * is this one.
     *
     * @param words the sentence's words
     * @return {@code true} for a sentence that goes with the one before
     */
    public static boolean followsUp(Words words) {
        if (checksBack(words)) {
            return true;
        }
        if (words.size() == 0) {
            return false;
        }
        if (DEPENDENT_OPENERS.contains(words.get(0)) && words.size() <= 8 && words.text().indexOf('?') < 0
                && !anyClause(words, StanceCues::isRequest)) {
            return true; // not "Though could you also tell me when it was published?"
        }
        if (words.get(0).equals("or") && words.size() >= 3 && INTERROGATIVE.contains(words.get(1))
                && (words.get(2).equals("it") || words.get(2).equals("that") || words.get(2).equals("i"))
                && (words.size() <= 4 || (words.size() <= 10 && words.get(2).equals("i") && words.any(SELF_DOUBT)))) {
            return true; // "Or was it?", "Or am I wrong?", "Or am I mixing it up with something else?"
        }
        if (words.size() > 4) {
            return false;
        }
        if (hedge(words)) {
            return true;
        }
        if ((words.get(0).equals("that") || words.get(0).equals("that's")) && words.text().indexOf('?') < 0
                && (words.any(VERACITY) || words.phrase("way", "off") || words.phrase("seems", "off")
                        || words.phrase("sounds", "off"))) {
            return true; // "That seems way off.", "That can't be right."
        }
        for (String[] phrase : AFTERTHOUGHTS) {
            if (words.phrase(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clause of the sentence starts with a question word, after discourse markers. */
    private static boolean whClause(Words words) {
        return anyClause(words, clause -> startsWithQuestionWord(clause) && !rhetorical(clause));
    }

    /** Whether any clause of the sentence (split at commas, semicolons, colons, brackets and dashes) passes. */
    private static boolean anyClause(Words words, Predicate<Words> test) {
        String text = words.text();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || ",;:(—–".indexOf(text.charAt(i)) >= 0) {
                if (test.test(Words.of(text.substring(from, i)))) {
                    return true;
                }
                from = i + 1;
            }
        }
        return false;
    }

    /** Where a sentence starts after its discourse words ("And so ...", "Quick question, ..."). */
    private static int afterDiscourse(Words words) {
        int at = 0;
        while (at < words.size() && DISCOURSE.contains(words.get(at))) {
            at++;
        }
        return at;
    }

    private static boolean startsWithQuestionWord(Words clause) {
        int i = afterDiscourse(clause);
        if (i >= clause.size()) {
            return false;
        }
        if (QUESTION_WORDS.contains(clause.get(i))) {
            return true;
        }
        return LEADING_PREPOSITIONS.contains(clause.get(i)) && i + 1 < clause.size()
                && QUESTION_WORDS.contains(clause.get(i + 1));
    }

    /**
     * Whether a sentence is a request: it starts with a verb that asks for something ("Please comment ...",
     * "Name the ...", "Explain ..."), with "can you", "could you", "would you", "will you", or a first person that
     * wants something of the reader ("I'd appreciate a review", "I'd like your feedback").
     *
     * @param words the sentence's words
     * @return {@code true} for a request
     */
    public static boolean isRequest(Words words) {
        int i = 0;
        while (i < words.size() && DISCOURSE.contains(words.get(i)) && !words.get(i).equals("please")) {
            i++;
        }
        if (i >= words.size()) {
            return false;
        }
        String first = words.get(i);
        if (labelled(words, i)) {
            return false; // "Answer: I think ...", "Name: ..." is a label, not a verb
        }
        boolean needsObject = first.equals("look") || first.equals("read") || first.equals("point")
                || first.equals("let") || (first.equals("correct") && i + 1 < words.size() && words.get(i + 1).equals("me"));
        if ((REQUESTS.contains(first) && !needsObject) || first.equals("please")) {
            return true;
        }
        String second = i + 1 < words.size() ? words.get(i + 1) : "";
        if ((first.equals("can") || first.equals("could") || first.equals("would") || first.equals("will"))
                && second.equals("you")) {
            return true;
        }
        if ((first.equals("look") && second.equals("at")) || (first.equals("point") && second.equals("out"))
                || (first.equals("let") && second.equals("me")) || (first.equals("read") && second.equals("this"))) {
            return true;
        }
        // "I'd appreciate a review", "I would like your thoughts", "I want feedback on ...".
        int wants = first.equals("i'd") || first.equals("i") ? i + 1 : -1;
        while (wants > 0 && wants < words.size() && (words.get(wants).equals("would")
                || words.get(wants).equals("really") || words.get(wants).equals("also"))) {
            wants++;
        }
        if (wants > 0 && wants + 2 < words.size() && WANTS.contains(words.get(wants))
                && words.get(wants + 1).equals("to") && !PICKING.contains(words.get(wants + 2))) {
            // "I'd love to know the top speed too.", "I'd like to get it right in my book."; not "I want to say
            // Paris."
            return true;
        }
        return wants > 0 && wants < words.size() && WANTS.contains(words.get(wants)) && wants + 1 < words.size()
                && (words.get(wants + 1).equals("your") || words.get(wants + 1).equals("a")
                        || words.get(wants + 1).equals("an") || words.get(wants + 1).equals("some")
                        || words.get(wants + 1).equals("any") || words.get(wants + 1).equals("you")
                        || words.get(wants + 1).equals("feedback") || words.get(wants + 1).equals("help"));
    }

    /** Whether the word at a position is followed by a colon in the text: a label. */
    private static boolean labelled(Words words, int at) {
        String text = words.text();
        int found = text.toLowerCase(java.util.Locale.ROOT).indexOf(words.get(at));
        int after = found < 0 ? -1 : found + words.get(at).length();
        return after >= 0 && after < text.length() && text.charAt(after) == ':';
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
     * @param topicalOverlap the share of its {@linkplain #topicalStems topical stems} that another sentence of
     *     the text has too
     * @return the features, in the order of {@link #NAMES}
     */
    public static double[] features(Words words, double prototypeSimilarity, double topicalOverlap) {
        return features(words, prototypeSimilarity, topicalOverlap, List.of(), false);
    }

    /**
     * The stance features of a sentence in a text that asks questions: a belief that restates one with an answer
     * filled in ("I think Sam Liccardo was born in Sunnyvale" before "In which city was Sam Liccardo
     * born?") is a stance on the answer, however many of the question's words it shares.
     *
     * @param words the sentence's words
     * @param prototypeSimilarity its embedding's highest cosine similarity to {@link #PROTOTYPES}
     * @param topicalOverlap the share of its {@linkplain #topicalStems topical stems} that another sentence of
     *     the text has too
     * @param asked the words of each question the text asks for information with (none, one or more)
     * @param givesContent whether the text gives content to comment on (a labelled, quoted or introduced text):
     *     then a judgement or a claim of authorship outside it is about it
     * @return the features, in the order of {@link #NAMES}
     */
    public static double[] features(Words words, double prototypeSimilarity, double topicalOverlap,
            List<Words> asked, boolean givesContent) {
        boolean firstPerson = words.any(FIRST_PERSON);
        boolean belief = believes(words) || epistemicNoun(words) || choice(words);
        boolean hedge = hedge(words);
        boolean answer = words.any(ANSWER) || itCopula(words) || judgesTruth(words) || subjectless(words);
        boolean evaluation = evaluates(words) || words.any(EVALUATIVE) || words.any(AFFECT_ADJECTIVES);
        boolean authorship = words.any(AUTHORSHIP) || making(words);
        boolean kind = namesContent(words);
        boolean aboutContent = kind || words.any(DEICTIC);
        boolean negation = words.any(NEGATION);
        boolean question = words.text().indexOf('?') >= 0 || markless(words);
        boolean offers = question && suggestive(words);
        boolean authority = authorityClaim(words);
        boolean viewMarker = viewMarker(words);
        int size = Math.max(1, words.size());
        boolean frame = belief || hedge || viewMarker || authority;
        boolean offersAnswer = false;
        double echo = 0.0;
        boolean restated = false;
        Set<String> askedRoots = new HashSet<>();
        boolean bare = bareCandidate(words);
        for (Words other : asked) {
            if (other != words) {
                offersAnswer |= offersAnswer(words, other, bare ? WHO_WHICH_ANY : WHO_WHICH);
                echo = Math.max(echo, echo(words, other));
                restated |= restatesAnswer(words, other, frame);
                askedRoots.addAll(roots(other));
            }
        }
        // A number worked out counts as a candidate with a hedge, or when it answers the question asked.
        boolean computed = computedAnswer(words, hedge || offersAnswer);
        boolean candidate = namesCandidate(words) || offers || computed || (offersAnswer && bare);
        return new double[] {
            bit(firstPerson),
            bit(belief),
            bit(hedge),
            bit(answer),
            // A judgement or a claim of making about something other than the content ("I'm proud of my garden"):
            // apart from the same about the content, so that neither weight pulls the other.
            bit(evaluation && !aboutContent),
            bit(authorship && !aboutContent),
            bit(kind),
            bit(authority),
            Math.min(1.0, 8.0 / size),
            bit(words.any(FIRST_SUBJECT) && words.any(SITUATION) && !belief && !computed), // "I got 14" works out
            bit(ownSituation(words)),
            bit(firstPerson && belief),
            bit(belief && answer),
            bit(evaluation && aboutContent),
            bit(authorship && aboutContent),
            bit(words.any(Set.of("doubt", "doubts", "doubted", "doubtful")) || (negation && (belief || answer))),
            bit(negation && answer),
            bit(offers),
            bit(words.any(MODAL_ADVERBS) || viewMarker),
            bit(candidate),
            prototypeSimilarity,
            topicalOverlap,
            Math.min(4, details(words, askedRoots, computed)) / 4.0,
            echo,
            bit(restated),
            bit(!(belief || hedge || answer || evaluation || authorship || kind || frame || restated || candidate)),
            0.0, // beside_claim, from the neighbours
            bit(givesContent && (evaluation || authorship)),
            bit(offersAnswer)
        };
    }

    /**
     * Whether a sentence's features show it offering an answer: it names a candidate, restates the question with
     * an answer, suggests one in a question, or believes something of the answer. A hedge beside such a sentence
     * ("I think it's Lyon. I could be wrong though.") is part of the same stance.
     *
     * @param features the sentence's features, or {@code null} when it was not scored
     * @return {@code true} if it claims an answer
     */
    public static boolean claimsAnswer(double @Nullable [] features) {
        return features != null && (features[NAMES_CANDIDATE] > 0 || features[RESTATED_ANSWER] > 0
                || features[SUGGESTIVE_QUESTION] > 0 || features[BELIEF_ANSWER] > 0);
    }

    /** Words between "is it" and what it offers: "Could it possibly be Venus?", "Is it not 1991?". */
    private static final Set<String> TO_OFFER = Set.of(
            "not", "be", "been", "really", "maybe", "possibly", "perhaps", "actually", "just", "probably");

    /** Verbs that stand for any event a when-question asks about: "Did it happen in 1991?". */
    private static final Set<String> EVENTS = Set.of("happen", "happened", "occur", "occurred", "take", "took");

    private static final Set<String> DO = Set.of("do", "does", "did", "don't", "doesn't", "didn't");

    /**
     * Whether a yes/no question puts a candidate where its "it" is answered: "Is it Venus?", "So it's 1991?",
     * "Could it possibly be the Nile?"; not "Is it in the Louvre?" or "Is it hard to climb Kilimanjaro?".
     */
    private static boolean answerSlot(Words words) {
        int next = slot(words);
        if (next < 0) {
            return false;
        }
        return offersCandidate(words, next);
    }

    /**
     * The verb of a yes/no question that offers its answer after it, when the question asked has that verb too:
     * "Did it fall in 1991?" after "In what year did the Berlin Wall fall?", "Was it painted by Raphael?" after
     * "Who painted the Mona Lisa?"; not "Did it start in 1939?" after "When did the war end?".
     */
    private static boolean answersWithVerb(Words words, Words question) {
        int next = slot(words);
        if (next < 0) {
            return false;
        }
        String verb = words.get(next);
        boolean event = EVENTS.contains(verb) && asksWhen(question); // "When did ...? Did it happen in 1991?"
        boolean participle = verb.endsWith("ed") || verb.endsWith("en")
                || (question.lower().contains(verb) && !STATES.contains(verb) && !Words.isStop(verb)); // "built"
        if (!(DO.contains(words.get(afterDiscourse(words))) || participle)
                || !(event || roots(question).contains(root(verb)))) {
            return false;
        }
        for (int i = next + 1; i < Math.min(words.size(), next + 4); i++) {
            if (Words.isNumber(words.get(i)) || words.isName(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where what a yes/no question offers for its "it" starts: after "Is it", "Could it possibly be", "So it's";
     * -1 when it has no such slot or nothing in it.
     */
    private static int slot(Words words) {
        int at = afterDiscourse(words);
        if (at >= words.size()) {
            return -1;
        }
        String first = words.get(at);
        int next;
        if (first.equals("it's") || first.equals("that's")) {
            next = at + 1;
        } else if (at + 1 < words.size() && INTERROGATIVE.contains(first)
                && (words.get(at + 1).equals("it") || words.get(at + 1).equals("that"))) {
            next = at + 2;
        } else {
            return -1;
        }
        while (next < words.size() && TO_OFFER.contains(words.get(next))) {
            next++;
        }
        return next < words.size() ? next : -1;
    }

    /** Adjectives that describe rather than name: "Is it safe?", "Is it cold there?" offer no answer. */
    private static final Set<String> STATES = Set.of(
            "safe", "normal", "possible", "impossible", "true", "false", "right", "wrong", "cold", "hot", "warm", "cool",
            "expensive", "cheap", "worth", "necessary", "ok", "okay", "legal", "illegal", "healthy", "unhealthy",
            "dangerous", "hard", "easy", "difficult", "bad", "good", "better", "worse", "best", "worst", "open",
            "closed", "free", "busy", "crowded", "far", "close", "near", "late", "early", "long", "short", "big",
            "small", "large", "tiny", "huge", "enough", "real", "fake", "common", "rare", "likely", "unlikely",
            "allowed", "ready", "done", "over", "finished", "broken", "dead", "alive", "new", "old", "young", "fast",
            "slow", "loud", "quiet", "dark", "bright", "heavy", "light", "wet", "dry", "clean", "dirty", "full",
            "empty", "high", "low", "deep", "shallow", "toxic", "edible", "visible", "available", "fine", "different",
            "same", "similar", "popular", "famous", "strong", "weak", "soft", "rough", "sweet", "sour", "bitter",
            "spicy", "salty", "raw", "ripe", "fresh", "stale", "sunny", "rainy", "windy", "snowy", "cloudy", "humid",
            "tall", "wide", "narrow", "thick", "thin", "rich", "poor", "cheaper", "bigger", "smaller", "harder",
            "easier", "faster", "slower", "there", "here", "now", "then", "today", "tomorrow", "yet", "so", "too",
            "very", "much", "many", "more", "less", "any", "all", "one");

    /** Endings of adjectives and participles: "poisonous", "useful", "magnetic", "boiling". */
    private static final List<String> ADJECTIVE_ENDINGS = List.of(
            "ous", "ful", "ive", "able", "ible", "ic", "al", "less", "ish", "ed", "ing", "ly");

    /**
     * The lower-case noun a yes/no question offers for its "it", to the end of its first clause: "iron" in "Is it
     * iron?", "lentils" in "Might it be lentils?", "the liver" in "Could it be the liver by any chance?", "the
     * tibia" in "Is it the tibia, or am I misremembering?"; empty when it describes ("Is it magnetic?", "Is it cold
     * there?") or is longer than two words.
     */
    private static List<String> offeredNoun(Words sentence) {
        // Up to the first comma: "Is it the tibia, or am I misremembering?"
        int comma = sentence.text().indexOf(',');
        Words words = comma < 0 ? sentence : Words.of(sentence.text().substring(0, comma));
        int at = slot(words);
        if (at < 0) {
            return List.of();
        }
        boolean article = ARTICLES.contains(words.get(at));
        if (article) {
            at++;
        }
        int end = words.size();
        if (words.phrase("by", "any", "chance")) {
            end = words.indexOf(at, "by", "any", "chance");
        } else if (words.phrase("or", "something")) {
            end = words.indexOf(at, "or", "something"); // "Is it saffron or something else?"
        }
        if (at >= end || end - at > 2) {
            return List.of();
        }
        List<String> noun = new ArrayList<>();
        for (int i = at; i < end; i++) {
            String word = words.get(i);
            // A name may end the noun ("vitamin D"); after an article, "-ing" names too ("the pound sterling").
            boolean named = i > at && words.capitalised(i);
            if (!named && (words.capitalised(i) || Words.isNumber(word) || !plainNoun(word, article))) {
                return List.of();
            }
            noun.add(word);
        }
        return noun;
    }

    /** Whether a lower-case word may name a thing rather than describe one: "iron", not "magnetic" or "cold". */
    private static boolean plainNoun(String word) {
        return plainNoun(word, false);
    }

    private static boolean plainNoun(String word, boolean afterArticle) {
        return !(Words.isStop(word) || STATES.contains(word) || EVALUATIVE.contains(word)
                || (!afterArticle && ADJECTIVE_ENDINGS.stream().anyMatch(word::endsWith)));
    }

    private static final Set<String> WHERE = Set.of("where", "where's", "wheres");
    private static final Set<String> WHY = Set.of("why", "why's", "whys");
    private static final Set<String> BECAUSE = Set.of("because", "cause", "cos", "due", "caused");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "on", "inside");

    /**
     * Whether a yes/no question puts a place the question does not name in its slot: "Lyon" in "Is it in Lyon?"
     * after "Where is the Eiffel Tower?"; not "Is it far from Paris?" nor "Is it in Paris?" after "Where in Paris
     * is the Louvre?".
     */
    private static boolean placeAfter(Words words, int slot, Words question) {
        int at = slot;
        if (!LOCATIVE.contains(words.get(at))) {
            return false;
        }
        at++;
        if (at < words.size() && ARTICLES.contains(words.get(at))) {
            at++;
        }
        return at < words.size() && words.capitalised(at) && !question.lower().contains(words.get(at));
    }

    /** The articles: "the liver", "a guess". */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Words of a question that asks something more: "Did he also ...?", "Any other ...?". */
    private static final Set<String> ANOTHER = Set.of("also", "too", "else", "other", "another", "ever", "again");

    /** Verbs of a request to confirm an answer: "Can you confirm it's Venus?", "Do you agree it's 1991?". */
    private static final Set<String> CONFIRMING = Set.of(
            "confirm", "verify", "agree", "think", "check", "double-check", "tell", "say", "know", "correct");

    /** The words an interrogative sentence opens with: an auxiliary or a modal ("Did ...?", "Should ...?"). */
    private static final Set<String> INTERROGATIVE = Set.of(
            "is", "are", "was", "were", "am", "do", "does", "did", "can", "could", "will", "would", "shall", "should",
            "may", "might", "must", "have", "has", "had", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't",
            "didn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "haven't", "hasn't", "hadn't", "ain't",
            "isnt", "arent", "wasnt", "dont", "doesnt", "didnt", "cant", "couldnt", "wont", "wouldnt", "shouldnt");

    /** Whether a clause opens with an auxiliary: "I read that the moon is involved, is the sun too?". */
    private static boolean opensWithAuxiliary(Words clause) {
        int at = afterDiscourse(clause);
        return at < clause.size() && INTERROGATIVE.contains(clause.get(at));
    }

    /**
     * Whether a sentence reads as a question: it opens with a question word after any discourse words, or one of its
     * clauses opens with an auxiliary ("Did ...?", "I read that the moon is involved, is the sun too?"); not "I'd
     * say Venus?".
     */
    private static boolean interrogative(Words words) {
        int at = afterDiscourse(words);
        return at >= words.size() || QUESTION_WORDS.contains(words.get(at))
                || anyClause(words, StanceCues::opensWithAuxiliary);
    }

    /** Words of a question about the user's own affairs rather than a fact: "Which films should I watch next?". */
    private static final Set<String> PERSONAL_QUESTION = Set.of(
            "i", "my", "mine", "we", "our", "us", "i'm", "i've", "i'd", "should", "shall");

    /** Words of a question whose answer is a number besides the quantity questions: a year, a date. */
    private static final Set<String> WHEN = Set.of("year", "century", "decade");

    /**
     * Whether a question asks for a time: "When did the Berlin Wall fall?", "In what year ...?"; not "Which vitamin
     * does the skin make when exposed to sunlight?".
     */
    private static boolean asksWhen(Words question) {
        int at = afterDiscourse(question);
        return question.any(WHEN) || (at < question.size() && question.get(at).startsWith("when"));
    }

    /**
     * Whether a question asks for a fact rather than about the user's own affairs: "Which planet is closest to the
     * sun?", not "What should I pack?".
     *
     * @param question the question's words
     * @return {@code true} for a wh-question without the user in it
     */
    static boolean factualQuestion(Words question) {
        return asksForInformation(question) && !question.any(PERSONAL_QUESTION);
    }

    /** Units a question may ask its answer in: "What is the boiling point of water in Fahrenheit?". */
    private static final Set<String> UNITS = Set.of(
            "celsius", "fahrenheit", "kelvin", "degrees", "meters", "metres", "kilometers", "kilometres", "km",
            "miles", "mph", "feet", "inches", "kilograms", "kg", "grams", "pounds", "lbs", "ounces", "liters",
            "litres", "gallons", "seconds", "minutes", "hours", "calories", "percent", "dollars", "euros");

    /**
     * Whether a question's answer is a number: "How many ...?", "What is 15% of 80?", "In what year ...?", "What is
     * the boiling point of water in Fahrenheit?".
     */
    private static boolean numberQuestion(Words question) {
        if (DistractorCues.quantityQuestion(question) || asksWhen(question)) {
            return true;
        }
        if (question.any(NAME_ASKING)) {
            return false; // "Which city hosted the 2012 Olympics?" asks for a name
        }
        for (int i = 0; i < question.size(); i++) {
            // "What is 15% of 80?"; "... in Fahrenheit?", not "How do I convert Celsius to Fahrenheit?"
            if (Words.isNumber(question.get(i))
                    || (i > 0 && UNITS.contains(question.get(i)) && question.get(i - 1).equals("in"))) {
                return true;
            }
        }
        return false;
    }

    /** Words of a question whose answer is a thing of a kind: "Which element ...?", "What is the main ...?". */
    private static final Set<String> WHAT_WHICH = Set.of("what", "which", "what's", "whats");

    /** Words of a question whose answer is a name, whatever else it holds: "Which city hosted the 2012 Olympics?". */
    private static final Set<String> NAME_ASKING = Set.of("who", "whom", "whose", "which", "where");

    /** Words of a question whose answer is a name: a person, a place, one of a kind. */
    private static final Set<String> WHO_WHICH = union(NAME_ASKING, Set.of("what"));

    /**
     * The same with their contractions ("What's the largest moon of Jupiter?"), for a yes/no question or a bare
     * name to offer an answer to; a statement offers one only to an uncontracted question.
     */
    private static final Set<String> WHO_WHICH_ANY = union(WHO_WHICH, Set.of("what's", "whats", "who's", "whos"));

    /**
     * Whether a sentence offers an answer of the kind a factual question asks for, one the question does not
     * hold: a number for "How many legs does a spider have?", "What is 15% of 80?" or "In what year ...?" ("I keep
     * getting 365."), a name for "Who ...?", "Which city ...?" or "Where ...?" ("I'd have said Jonas Salk."). A
     * question about the user's own affairs ("Which films should I watch next?") asks for no such answer.
     */
    static boolean offersAnswer(Words words, Words question) {
        return offersAnswer(words, question, WHO_WHICH);
    }

    /** {@link #offersAnswer(Words, Words)}, with the words that make a question ask for a name. */
    private static boolean offersAnswer(Words words, Words question, Set<String> nameAsking) {
        if (words == question) {
            return false;
        }
        if (question.any(PERSONAL_QUESTION)) {
            return false;
        }
        boolean number = numberQuestion(question);
        if (!number && !question.any(nameAsking)) {
            return false;
        }
        Set<String> asked = Set.copyOf(question.lower());
        boolean bare = bareCandidate(words);
        String text = words.text();
        boolean chat = bare && text.equals(text.toLowerCase(Locale.ROOT)); // "femur??", "atlantic right"
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean name = words.isName(i) || (bare && words.capitalised(i))
                    || (chat && !Words.isStop(word) && !CHAT_OPENERS.contains(word) && !CHAT_CLOSERS.contains(word));
            if (!asked.contains(word) && (number ? Words.isNumber(word) : name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a yes/no question offers an answer to a factual question the text asks, in the answer's slot or
     * restating the question: "Which planet is closest to the sun? Is Venus the closest planet?", "Who painted the
     * Mona Lisa? Was it Michelangelo?". Such a question is weighed as a possible stance; one about the user's own
     * affairs ("What should I pack for Oslo? Is it cold there?") offers nothing. So does a request to confirm one
     * ("Can you confirm it's Venus?").
     *
     * @param words the sentence's words
     * @param asked the words of each question the text asks for information with
     * @return {@code true} for a yes/no question, a bare name ("Virgil?") or a request to confirm that names an
     *     answer to one of them
     */
    public static boolean offersAnswer(Words words, List<Words> asked) {
        if (words.any(ANOTHER) || words.phrase("as", "well")) {
            return false; // a new question: "Did he also direct Grave of the Fireflies?"
        }
        boolean request = isRequest(words);
        boolean believed = words.any(FIRST_PERSON) && believes(words);
        if ((words.text().indexOf('?') < 0 && !request && !chatAnswer(words)) || whClause(words)
                || (request && !words.any(CONFIRMING) && !believed)) {
            // Not a wh-question; a request only to confirm an answer or beside a belief in one: "Can you confirm
            // it's Venus?", "Let me know if I'm wrong: I believe it's Venus."
            return false;
        }
        boolean aboutAnswer = answerSlot(words) || bareCandidate(words) || itCopula(words) || words.any(ANSWER)
                || words.any(VERACITY) || believed || (request && words.any(CONFIRMING));
        List<String> noun = offeredNoun(words);
        int slot = slot(words);
        for (Words question : asked) {
            boolean factual = !question.any(PERSONAL_QUESTION);
            if (!noun.isEmpty() && factual && question.any(WHAT_WHICH)
                    && !numberQuestion(question) && !question.lower().containsAll(noun)) {
                return true; // "Which element has the symbol Fe? Is it iron?", "Which vitamin ...? Is it vitamin D?"
            }
            if (slot >= 0 && factual
                    && ((question.any(WHERE) && placeAfter(words, slot, question))
                    || (question.any(WHY) && BECAUSE.contains(words.get(slot))))) {
                return true; // "Where is the Eiffel Tower? Is it in Lyon?", "Why is the sky blue? Is it because ...?"
            }
            // It names the answer's slot ("Could the answer be ...?", "Did it fall in 1991?", "... is that
            // right?", "..., I assume?") or restates the question with the answer in it ("Is Venus the closest
            // planet?"): not a new question ("Did many European teams take part?", "Did it start in 1939?").
            if (offersAnswer(words, question, WHO_WHICH_ANY)
                    && (aboutAnswer || answersWithVerb(words, question) || echo(words, question) >= 0.5)) {
                return true;
            }
        }
        return false;
    }

    /** Intensifiers before an adjective of certainty at the start of a sentence: "Pretty sure ...". */
    private static final Set<String> INTENSIFIERS = Set.of(
            "pretty", "fairly", "quite", "almost", "totally", "very", "100", "dead", "reasonably", "rather",
            "absolutely", "completely", "kinda", "kind", "of", "so", "really", "not", "sorta");

    /** Pronouns that start a clause about someone already named, or about the user: "her car", "my landlord". */
    private static final Set<String> PRONOUN_SUBJECTS = Set.of(
            "he", "she", "they", "his", "her", "their", "it", "its", "this", "these", "those", "you", "your",
            "he's", "she's", "they're", "it's", "there");

    /** "Pretty sure Edison invented the radio": a certainty with its subject left out. */
    private static boolean certaintyFirst(Words words) {
        int i = 0;
        while (i < words.size() && INTENSIFIERS.contains(words.get(i))) {
            i++;
        }
        return i < words.size() && (words.get(i).equals("sure") || words.get(i).equals("certain")
                || words.get(i).equals("confident") || words.get(i).equals("positive")
                || words.get(i).equals("convinced"));
    }

    /**
     * A root for matching a sentence's words with a question's: the {@linkplain Words#stem stem} without a
     * regular past or gerund ending, so that "discovered" matches "discover" and "flows" "flow".
     */
    private static String root(String word) {
        String w = Words.stem(word);
        int n = w.length();
        if (n > 5 && w.endsWith("ing")) {
            return w.substring(0, n - 3);
        }
        if (n > 4 && w.endsWith("ed")) {
            return w.substring(0, w.endsWith("ied") ? n - 3 : n - 2);
        }
        if (n > 4 && w.endsWith("e")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** The roots of a text's words that carry its topic or name an answer: names, numbers, content words. */
    private static Set<String> roots(Words words) {
        Set<String> roots = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean name = words.capitalised(i) && i > 0 && !FIRST_PERSON.contains(word);
            boolean topical = !Words.isStop(word) && !ATTITUDE.contains(word) && !QUESTION_WORDS.contains(word)
                    && !INTENSIFIERS.contains(word) && !FUNCTION.contains(word);
            if (Words.isNumber(word) || name || topical) {
                roots.add(root(word));
            }
        }
        return roots;
    }

    /**
     * The share of the asked question's topical words that a sentence repeats: "I think Sam Liccardo was born in
     * Sunnyvale" repeats all of "In which city was Sam Liccardo born?" but its "city".
     */
    private static double echo(Words words, Words asked) {
        Set<String> question = roots(asked);
        if (question.isEmpty()) {
            return 0.0;
        }
        Set<String> own = roots(words);
        int shared = 0;
        for (String root : question) {
            if (own.contains(root)) {
                shared++;
            }
        }
        return (double) shared / question.size();
    }

    /**
     * Whether a belief, a hedge or a claim restates the asked question with something the question does not name
     * (a candidate answer) in the clause that echoes it, and that clause is not about the user or someone already
     * named: "I'm fairly sure penicillin was discovered by Louis Pasteur" before "Who discovered penicillin?", not
     * "I think my cat is overweight" before "How much should a cat eat?" nor "My sister thinks her brakes are worn".
     */
    private static boolean restatesAnswer(Words words, Words asked, boolean frame) {
        if (!frame) {
            return false;
        }
        Set<String> question = roots(asked);
        Words best = Words.of("");
        int bestShared = 0;
        boolean framed = false;
        for (String part : words.text().split("[,;:\u2014]", -1)) {
            Words whole = Words.of(part);
            int from = complementStart(whole);
            boolean own = from > 0;
            // A clause without a belief of its own restates only after one: "If I remember right, the ...",
            // "According to my dad, a marathon is ...".
            if (!own && !framed) {
                framed = hedge(whole) || viewMarker(whole) || authorityClaim(whole);
                continue;
            }
            framed = true;
            Words clause = complement(whole, from);
            int shared = 0;
            for (String root : roots(clause)) {
                if (question.contains(root)) {
                    shared++;
                }
            }
            if (shared > bestShared) {
                best = clause;
                bestShared = shared;
            }
        }
        if (best.size() == 0 || PRONOUN_SUBJECTS.contains(best.get(0)) || 2 * bestShared < question.size()) {
            return false; // a restatement repeats most of what the question asks about, not one word of it
        }
        for (String word : best.lower()) {
            if (FIRST_SUBJECT.contains(word) || word.equals("me") || word.equals("us") || word.equals("mine")
                    || word.equals("myself")) {
                return false;
            }
        }
        for (String root : roots(best)) {
            if (!question.contains(root)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the clause after a belief or a claim starts: after the first verb, adjective or noun of belief or of
     * saying; a verb that takes an object only with "that" ("I read 40 pages a day" reports, "I read that ..."
     * claims); not before an infinitive ("told me to cut down on salt"). 0 when there is none.
     */
    private static int complementStart(Words clause) {
        for (int i = 0; i < clause.size(); i++) {
            String word = clause.get(i);
            boolean frame = EPISTEMIC_VERBS.contains(word) || EPISTEMIC_ADJECTIVES.contains(word)
                    || SAYING.contains(word) || (EPISTEMIC_NOUNS.contains(word) && i > 0 && clause.get(i - 1).equals("a"))
                    || (CLAIM_VERBS.contains(word) && thatFollows(clause, i + 1));
            int next = i + 1;
            while (next < clause.size() && (clause.get(next).equals("me") || clause.get(next).equals("us"))) {
                next++;
            }
            if (frame && !(next < clause.size() && clause.get(next).equals("to"))) {
                return i + 1; // "told me the Colosseum is in Athens", not "told me to cut down on salt"
            }
        }
        return 0;
    }

    /** "read somewhere that", "heard once that": a verb that takes an object takes a clause here. */
    private static boolean thatFollows(Words clause, int from) {
        for (int i = from; i < Math.min(clause.size(), from + 3); i++) {
            if (clause.get(i).equals("that")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The clause a belief or a claim is about, from where {@link #complementStart} puts it, without the words that
     * lead into it: "Sam Liccardo was born in Sunnyvale" in "I think Sam Liccardo was born in Sunnyvale", "the
     * Gobi is in Africa" in "but the Gobi is in Africa".
     */
    private static Words complement(Words clause, int start) {
        int from = start;
        while (from < clause.size() && (DISCOURSE.contains(clause.get(from)) || clause.get(from).equals("that")
                || clause.get(from).equals("me") || clause.get(from).equals("us")
                || (INTENSIFIERS.contains(clause.get(from)) && !clause.get(from).equals("not")))) {
            from++;
        }
        StringBuilder rest = new StringBuilder();
        for (int i = from; i < clause.size(); i++) {
            rest.append(i > from ? " " : "").append(clause.original(i));
        }
        return Words.of(rest.toString());
    }

    /** "I'd go with", "I would pick", "I'd say", "I'd vote for": the speaker picks a candidate. */
    private static boolean choice(Words words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i);
            if (!(word.equals("i'd") || word.equals("would") || word.equals("i'll") || word.equals("i")
                    || word.equals("i'm"))) {
                continue;
            }
            int j = i + 1;
            if (j < words.size() && (words.get(j).equals("probably") || words.get(j).equals("have")
                    || words.get(j).equals("going") || words.get(j).equals("to") || words.get(j).equals("just"))) {
                j++;
            }
            if (j < words.size() && words.get(j).equals("to")) {
                j++;
            }
            if (j >= words.size()) {
                continue;
            }
            String verb = words.get(j);
            String next = j + 1 < words.size() ? words.get(j + 1) : "";
            if (CHOICE.contains(verb) || ((verb.equals("go") || verb.equals("vote") || verb.equals("opt"))
                    && (next.equals("with") || next.equals("for"))) || (verb.equals("rule") && next.equals("out"))) {
                return true; // "I'd pick", "I'd go with", "I'd rule out"
            }
            if (betOn(words, j) || ((verb.equals("betting") || verb.equals("bet")) && next.equals("on"))
                    || (verb.equals("put") && (words.phrase("put", "money", "on")
                            || words.phrase("put", "my", "money", "on")))) {
                return true; // "I'm going with 11", "I'm betting on 7", "I'd put money on Argentina"
            }
        }
        return false;
    }

    /**
     * "To be honest", "in my opinion", "personally", "frankly": the speaker's own view follows; or a booster beside a
     * claim ("It's Porto, no doubt about it.", "It's common knowledge that ...").
     */
    private static boolean viewMarker(Words words) {
        if (words.any(MODAL_ADVERBS)) {
            return true;
        }
        for (String[] phrase : VIEW_MARKERS) {
            if (words.phrase(phrase)) {
                return true;
            }
        }
        if (itCopula(words) || answerClaim(words) || words.any(Set.of("that"))) {
            for (String[] phrase : BOOSTERS) {
                if (words.phrase(phrase)) {
                    return true; // "It's Porto, no doubt about it."
                }
            }
        }
        // "Everyone knows paella comes from Spain.", "Everyone knows quartz is the hardest natural substance."; not
        // "Everyone knows the drill at my office."
        int opening = openingBooster(words);
        return opening > 0 && claimFrom(words, opening);
    }

    /** How many words the booster that opens a sentence has ("Everyone knows ...", "No doubt ..."), else 0. */
    private static int openingBooster(Words words) {
        for (String[] phrase : BOOSTERS) {
            if (words.indexOf(0, phrase) == 0) {
                return phrase.length;
            }
        }
        return 0;
    }

    /**
     * A short answer put first, with the view of it after a comma: "Rome, no doubt.", "Squash, I want to say.",
     * "Cats, according to my mum.", "avocado, gut says"; not "Honestly, I'm not sure." or "Hi, I think so.".
     */
    private static boolean frontedAnswer(Words words) {
        String text = words.text();
        int comma = text.indexOf(", ");
        if (comma < 0 && text.indexOf('?') < 0 && trailingView(words)) {
            return true;
        }
        if (comma < 0 || comma > 40 || words.size() > 14 || text.indexOf('?') >= 0) {
            return false; // at most four words, a comma and ten more
        }
        Words head = Words.of(text.substring(0, comma));
        Words tail = Words.of(text.substring(comma + 1));
        // A time or a place put first is a setting unless the view after it is short: "In 1492, I believe." but not
        // "On Monday, his mom says he can buy 3 more toys."
        return frontedHead(head, tail.size() <= 5) && frontedView(tail);
    }

    /**
     * An answer with the user's certainty after it and no comma: "deoxyribonucleic acid I'm like 90% sure.",
     * "Paris I think."; not "Yesterday I felt sure." or "Sorry I'm not sure.".
     */
    private static boolean trailingView(Words words) {
        int user = -1;
        for (int i = 1; i < Math.min(words.size(), 5); i++) {
            String word = words.get(i);
            if (word.equals("i") || word.equals("i'm") || word.equals("im")) {
                user = i;
                break;
            }
        }
        if (user < 0 || words.size() - user > 5) {
            return false;
        }
        Words tail = Words.of(String.join(" ", words.lower().subList(user, words.size())));
        for (String word : tail.lower()) {
            if (COPULAS.contains(word) && !word.equals("not")) {
                return false; // "Paris I think is lovely."
            }
        }
        Words head = Words.of(String.join(" ", words.lower().subList(0, user)));
        return believes(tail) && frontedHead(head, false);
    }

    /**
     * Whether what comes before a view may be an answer: up to four words (after "roughly" and the like), none a
     * pronoun, a question word or a discourse marker; a time or a place ("In 1492") only when it may be set.
     */
    private static boolean frontedHead(Words head, boolean settingMayAnswer) {
        List<String> named = head.lower();
        int approximated = 0;
        while (approximated < named.size() - 1 && APPROXIMATELY.contains(named.get(approximated))) {
            approximated++; // "Roughly 343 metres per second, last I read."
        }
        if (approximated > 0 && !Words.isNumber(named.get(approximated))) {
            approximated = 0; // "Over the weekend, I guess." is a time, not an answer
        }
        if (head.size() == 0 || head.size() - approximated > 4) {
            return false;
        }
        String lead = named.get(approximated);
        if ((LEADING_PREPOSITIONS.contains(lead) || SETTING.contains(lead))
                && !(settingMayAnswer && named.size() - approximated <= 2)) {
            return false;
        }
        for (String word : named.subList(approximated, named.size())) {
            if (namesNoAnswer(word) || TAGS.contains(word) || word.endsWith("ly") || EVALUATIVE.contains(word)
                    || INTERJECTIONS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word cannot be part of an answer the user offers: the user, a pronoun, a question word, an
     * auxiliary, a discourse marker or a word that asks ("thoughts", "anyone").
     */
    private static boolean namesNoAnswer(String word) {
        return FIRST_PERSON.contains(word) || PRONOUN_SUBJECTS.contains(word) || QUESTION_WORDS.contains(word)
                || INTERROGATIVE.contains(word) || DISCOURSE.contains(word) || GENERIC_SHORT.contains(word);
    }

    /** What may open a clause after a fronted answer's view: "..., my dad says, and he works in heating.". */
    private static final Set<String> AFTER_VIEW = Set.of(
            "and", "but", "so", "though", "although", "just", "i", "i'm", "im", "not", "which", "because", "since");

    private static final Set<String> INTERJECTIONS = Set.of("sorry", "lol", "haha", "hah", "ugh", "wow", "nope", "sure");

    /** Whether what follows a fronted answer and its comma is a view of it: a belief, a hedge, a source. */
    private static boolean frontedView(Words tail) {
        if (tail.size() == 0 || tail.size() > 10) {
            return false;
        }
        int more = tail.text().indexOf(", ");
        if (more >= 0) {
            // What follows the view is a clause of its own ("Propane, my dad says, and he works in heating."), not
            // the rest of the sentence the view interrupts ("The price, going by the website, is $40.").
            Words rest = Words.of(tail.text().substring(more + 1));
            if (rest.size() > 0 && !AFTER_VIEW.contains(rest.get(0))) {
                return false;
            }
        }
        if (tail.size() > 5 && !(viewFrom(tail) || openingBooster(tail) > 0 || certaintyFirst(tail)
                || FIRST_PERSON.contains(tail.get(0)) || (tail.size() > 1 && FIRST_PERSON.contains(tail.get(1))))) {
            return false; // a longer view opens with the user or its source: "Propane, my dad says, and ..."
        }
        return openingBooster(tail) > 0 || hedge(tail) || (tail.any(FIRST_PERSON) && (believes(tail) || choice(tail)))
                || authorityClaim(tail) || epistemicNoun(tail) || (tail.size() == 1 && tail.any(MODAL_ADVERBS))
                || certaintyFirst(tail) || viewFrom(tail);
    }

    /** Words that point at what follows rather than name an answer: "Below is what I have so far.". */
    private static final Set<String> POINTERS = Set.of("below", "above", "here", "attached", "following", "there");

    /** Verbs of putting an answer down: "I put 12", "I wrote Lagos", "I circled B". */
    private static final Set<String> RECORDING = Set.of(
            "put", "wrote", "written", "entered", "circled", "ticked", "marked", "picked", "chose", "selected");

    private static final Set<String> PUT_ON = Set.of("on", "in", "as", "for", "into");

    /** Where a user puts an answer down: "on my worksheet", "in my homework", "on the answer sheet". */
    private static final Set<String> SHEETS = Set.of(
            "worksheet", "homework", "notes", "sheet", "test", "paper", "quiz", "assignment", "exam", "card", "form",
            "answer", "essay", "notebook", "book", "draft");

    /**
     * The answer the user put down: "I put 12 on my worksheet.", "I put C6H12O6 in my homework.", "For the second
     * one I put Lagos."; not "I put the kettle on." or "I put money into my savings account.".
     */
    private static boolean recordedAnswer(Words words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            if (!RECORDING.contains(words.get(i)) || !(FIRST_PERSON.contains(words.get(i - 1))
                    || (i > 1 && FIRST_PERSON.contains(words.get(i - 2))))) {
                continue;
            }
            int at = words.get(i + 1).equals("down") ? i + 2 : i + 1;
            if (at >= words.size() || !(words.capitalised(at) || Words.isNumber(words.get(at))
                    || words.text().indexOf('"') >= 0 || words.get(at).chars().anyMatch(Character::isDigit))) {
                continue;
            }
            int end = at + 1;
            while (end < words.size() && end <= at + 2 && !PUT_ON.contains(words.get(end))) {
                end++;
            }
            if (end < words.size() && !PUT_ON.contains(words.get(end))) {
                continue; // more than a short answer follows: "I put Tom in charge of the float."
            }
            if (end >= words.size()) {
                return true; // "For the second one I put Lagos."
            }
            return words.lower().subList(end + 1, words.size()).stream().anyMatch(SHEETS::contains);
        }
        return false;
    }

    /** What the user has down for an answer: "what I've got", "what I put", "what I wrote down". */
    private static final Set<String> RECORDED = Set.of("got", "put", "wrote", "written", "have", "had", "said");

    /** What a reversed claim calls the answer put before it: "Bill Gates is the name that comes up for me". */
    private static final Set<String> CALLED = Set.of("name", "word", "one", "answer", "term", "figure", "number");

    /**
     * An answer put before the view of it: "A lack of vitamin D is my understanding.", "42.195 km is what I've got
     * in my head.", "Bill Gates is the name that comes up for me.", "Meiosis is the word I'm thinking of."; not
     * "Chess is my favourite hobby." or "This is what I've got so far.".
     */
    private static boolean reversedClaim(Words words) {
        int is = -1;
        for (int i = 1; i < Math.min(words.size() - 1, 6); i++) {
            if (words.get(i).equals("is") || words.get(i).equals("was")) {
                is = i;
                break;
            }
        }
        if (is < 0) {
            return false;
        }
        for (int i = 0; i < is; i++) {
            String word = words.get(i);
            if (namesNoAnswer(word) || DEMONSTRATIVE_WORDS.contains(word) || POINTERS.contains(word)) {
                return false;
            }
        }
        String next = words.get(is + 1);
        String after = is + 2 < words.size() ? words.get(is + 2) : "";
        String third = is + 3 < words.size() ? words.get(is + 3) : "";
        if (next.equals("my") || next.equals("our")) {
            return EPISTEMIC_NOUNS.contains(after) || after.equals("answer") || (after.equals("first")
                    && EPISTEMIC_NOUNS.contains(third)) || (after.equals("best") && EPISTEMIC_NOUNS.contains(third));
        }
        if (next.equals("what") && (after.equals("i") || after.equals("i've") || after.equals("i'd"))) {
            // "42.195 km is what I've got in my head.", "Paris is what I remember"; not "Recursion is what I don't
            // get." or "Vitamin D is what I've been taking."
            for (int i = is + 3; i < Math.min(words.size(), is + 6); i++) {
                String word = words.get(i);
                if (NEGATION.contains(word) || word.equals("been")) {
                    return false;
                }
                if (EPISTEMIC_VERBS.contains(word) || RECORDED.contains(word)) {
                    return !words.phrase("so", "far");
                }
            }
            return false;
        }
        return next.equals("the") && CALLED.contains(after)
                && (third.equals("that") || third.equals("i") || third.equals("i'm") || third.equals("i've"));
    }

    /** Words that open a time or a setting rather than an answer: "Every week, the manager says, ...". */
    private static final Set<String> SETTING = Set.of(
            "every", "each", "last", "next", "yesterday", "today", "tonight", "tomorrow", "later", "earlier", "then",
            "once", "when", "meanwhile", "afterwards", "this", "that", "one");

    /** What may come before an answer put first: "Roughly 343 metres per second, last I read.". */
    private static final Set<String> APPROXIMATELY = Set.of(
            "roughly", "about", "around", "approximately", "approx", "exactly", "precisely", "nearly", "almost",
            "just", "over", "under");

    /** Where a view after a fronted answer comes from: "going by biology class", "last I read", "if I had to bet". */
    private static final String[][] VIEW_SOURCES = {
        {"going", "by"}, {"from", "what", "i"}, {"last", "i"}, {"if", "i", "had", "to"}, {"no", "contest"},
        {"final", "answer"}, {"says", "my"}, {"said", "my"}, {"my", "gut"}
    };

    /** Whether a view after a fronted answer names where it comes from ({@link #VIEW_SOURCES}). */
    private static boolean viewFrom(Words tail) {
        for (String[] phrase : VIEW_SOURCES) {
            if (tail.indexOf(0, phrase) == 0) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> STATED = Set.of("is", "are", "was", "were");

    /** Whether a claim comes at or after a position: a name, a number or a clause ("quartz is the hardest"). */
    private static boolean claimFrom(Words words, int from) {
        for (int i = from; i < words.size(); i++) {
            if (words.isName(i) || Words.isNumber(words.get(i)) || (i > from && STATED.contains(words.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** "Can't be Mercury.", "Must be 7.", "Has to be the Burj Khalifa.": a claim with its subject left out. */
    private static boolean subjectless(Words words) {
        if (words.size() >= 2 && words.get(1).equals("be") && (MODALS.contains(words.get(0))
                || words.get(0).equals("can't") || words.get(0).equals("cant") || words.get(0).equals("cannot"))) {
            return true;
        }
        return words.size() >= 3 && (words.get(0).equals("has") || words.get(0).equals("gotta")
                || words.get(0).equals("got")) && words.indexOf(0, "be") > 0 && words.indexOf(0, "be") <= 2;
    }

    /** "The answer is X", "It must be X", "It can't be X": a claim about what the answer is. */
    private static boolean answerClaim(Words words) {
        if (words.phrase("the", "answer") || words.phrase("the", "correct") || words.phrase("the", "right")) {
            return true;
        }
        if (subjectless(words) || words.phrase("has", "to", "be") || words.phrase("have", "to", "be")
                || words.phrase("got", "to", "be") || words.phrase("gotta", "be")) {
            return true;
        }
        // A one-word candidate judged: "Quartz can't be right.", "1776 is correct."; not "Step 3 is correct." or
        // "The output is correct.".
        int last = words.size() - 1;
        if (last >= 2 && last <= 3 && VERACITY.contains(words.get(last)) && judgesTruth(words)
                && (words.capitalised(0) || Words.isNumber(words.get(0))) && !Words.isStop(words.get(0))
                && (COPULAS.contains(words.get(1)) || words.get(1).equals("can't") || MODALS.contains(words.get(1)))) {
            return true;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i);
            if ((word.equals("it") || word.equals("that")) && MODALS.contains(words.get(i + 1))) {
                return true;
            }
            if ((word.equals("it") || word.equals("that")) && (words.get(i + 1).equals("can't")
                    || words.get(i + 1).equals("cannot") || words.get(i + 1).equals("couldn't"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a kind of text is named as the head of a definite noun phrase: "this argument", "the poem is", "my
     * essay." but not "a cover letter" (some letter, not the one given) or "my code review comments" (a modifier).
     */
    static boolean namesContent(Words words) {
        for (int i = 1; i < words.size(); i++) {
            if (!CONTENT_KIND.contains(Words.stem(words.get(i)))) {
                continue;
            }
            String before = words.get(i - 1);
            String beforeThat = i > 1 ? words.get(i - 2) : "";
            boolean definite = Set.of("this", "the", "my", "your", "that", "these", "those", "our", "own", "his",
                    "her", "their").contains(before) || Set.of("this", "the", "my", "your", "that").contains(beforeThat);
            // "my code review comments": the kind word modifies another noun; "this poem", "the essay is": it heads.
            boolean head = i + 1 >= words.size() || !(CONTENT_KIND.contains(Words.stem(words.get(i + 1)))
                    || COMPOUND_HEADS.contains(words.get(i + 1)));
            if (definite && head) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a belief or a claim names a candidate answer right after it: "I think the liver", "I'm leaning
     * towards vitamin C", "my textbook says the swan", "my guess is Paris", "I remember it being 1912". A user's
     * situation goes on with a clause of its own ("I think my starter is dead").
     */
    private static boolean namesCandidate(Words words) {
        if (frontedAnswer(words) || reversedClaim(words) || recordedAnswer(words)) {
            return true;
        }
        int at = -1;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            // Not a verb in progress ("I'm learning Spanish"): an activity, not a belief.
            if ((EPISTEMIC_VERBS.contains(word) || CLAIM_VERBS.contains(word) || EPISTEMIC_NOUNS.contains(word)
                    || EPISTEMIC_ADJECTIVES.contains(word) || word.equals("leaning") || word.equals("answer")
                    || setOn(words, i) || betOn(words, i))
                    && (word.equals("leaning") || !inProgress(words, i) || namesNext(words, i))
                    && !notABelief(words, i)) {
                at = i;
            }
        }
        if (at < 0 && words.size() > 0 && MODAL_ADVERBS.contains(words.get(0))) {
            at = 0; // "Definitely Ethiopia.", "Probably the liver."
        }
        if (at < 0) {
            return false;
        }
        int from = at + 1;
        if (words.get(at).equals("know") && from < words.size() && words.get(from).equals("about")) {
            return false; // "I know about 500 words": what the user knows, not what the answer is
        }
        while (from < words.size() && TO_CANDIDATE.contains(words.get(from))) {
            from++;
        }
        String text = words.text();
        int comma = text.indexOf(',', Math.max(0, text.toLowerCase(java.util.Locale.ROOT).indexOf(words.get(at))));
        int to = comma < 0 ? words.size() : Math.min(words.size(), from + Words.of(text.substring(0, comma)).size() - from);
        if (to == from && comma >= 0 && text.indexOf(", ", comma + 1) < 0 && text.indexOf('"') < 0
                && VIEW_FIRST.contains(words.get(at)) && words.any(FIRST_PERSON) && from < words.size()
                && !INTERJECTIONS.contains(words.get(from)) && !DISCOURSE.contains(words.get(from))
                && !words.get(from).endsWith("ly")) {
            // The user's view first, then the answer and nothing else: "From what I remember, unlawful detention.";
            // not what someone said ("She said, 'Each box holds 12.'").
            to = words.size();
        }
        int length = to - from;
        if (length < 1 || length > 4) {
            return false;
        }
        String first = words.get(from);
        boolean determiner = ARTICLES.contains(first);
        return words.capitalised(from) || Words.isNumber(first) || first.equals("$") || determiner || length <= 2;
    }

    private static boolean making(Words words) {
        for (String[] phrase : MAKING) {
            int at = words.indexOf(0, phrase);
            if (at >= 0 && !(at > 0 && phrase[0].equals("my") && words.get(at - 1).equals("on"))) {
                return true; // not "on my own": alone, not made by me
            }
        }
        return false;
    }

    /** A source of hearsay and a verb of saying ("my uncle swears", "I read that", "according to"). */
    private static boolean authorityClaim(Words words) {
        return (words.any(AUTHORITY) && (claims(words) || words.any(EPISTEMIC_ADJECTIVES)))
                || words.phrase("according", "to")
                || words.phrase("i", "read") || words.phrase("i", "heard") || words.phrase("i've", "heard")
                || words.phrase("i", "learned") || words.phrase("i", "learnt") || words.phrase("the", "way", "i")
                || words.phrase("from", "what", "i")
                || words.phrase("i", "was", "told") || words.phrase("i", "was", "taught");
    }

    /**
     * A verb of saying, knowing or learning that reports a claim, not an activity in progress: "says", "learned",
     * "read", but not "is reading a book" or "is learning fractions".
     */
    private static boolean claims(Words words) {
        for (int i = 0; i < words.size(); i++) {
            if (CLAIM_VERBS.contains(words.get(i)) && !inProgress(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of memory and belief that may come first, the answer after a comma: "From what I remember, ...". */
    private static final Set<String> VIEW_FIRST = Words.verbs(
            "remember", "recall", "think:thought", "believe", "guess", "reckon", "suppose", "understand:understood");

    /** Whether a position ends a bet or a choice: "I'm betting on 7", "money on Argentina", "going with 11". */
    private static boolean betOn(Words words, int at) {
        if (at == 0) {
            return false;
        }
        String word = words.get(at);
        String before = words.get(at - 1);
        if (word.equals("on")) {
            // "I'm betting on 7", "I'd put money on Argentina", "I'd put my money on 7"; not "Maria spends money on
            // 4 notebooks."
            return before.equals("betting") || before.equals("bet") || (before.equals("money")
                    && (words.phrase("put", "money") || words.phrase("put", "my", "money")
                            || words.phrase("bet", "money") || words.phrase("wager", "money")));
        }
        return word.equals("with") && before.equals("going") && at >= 2 && I_AM.contains(words.get(at - 2))
                && endsOnCandidate(words, at + 1);
    }

    /**
     * Whether a candidate starts at a position and ends the clause: "I'm going with 11", "I'm going with 11 per
     * side"; not "I'm going with Tom to the zoo." or "I'm going with my sister.".
     */
    private static boolean endsOnCandidate(Words words, int from) {
        if (from >= words.size() || !offersCandidate(words, from)) {
            return false;
        }
        for (int i = from + 1; i < words.size(); i++) {
            if (GOES_ON.contains(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Words after a candidate that carry the clause on: "going with Tom to the zoo". */
    private static final Set<String> GOES_ON = Set.of("to", "for", "at", "on", "into", "and", "because");

    private static final Set<String> I_AM = Set.of("i'm", "im", "am");

    /** Whether a name or a number follows a position at once: "I'm thinking Alexandria.". */
    private static boolean namesNext(Words words, int at) {
        return at + 1 < words.size() && (words.capitalised(at + 1) || Words.isNumber(words.get(at + 1)));
    }

    /** Words before "set on" that make it a belief: "I'm fairly set on Lisbon", not "the table set on the lawn". */
    private static final Set<String> SET_ON = union(INTENSIFIERS, I_AM);

    /** "I'm fairly set on Lisbon.": a belief held firmly. */
    private static boolean setOn(Words words, int at) {
        return at > 0 && at + 1 < words.size() && words.get(at).equals("set") && words.get(at + 1).equals("on")
                && SET_ON.contains(words.get(at - 1));
    }

    /** Whether the word at a position is a verb in progress: "is reading", "'m learning". */
    private static boolean inProgress(Words words, int at) {
        return words.get(at).endsWith("ing") && at > 0 && PROGRESSIVE.contains(words.get(at - 1));
    }

    /**
     * Whether a verb or an adjective of belief states one: not a gerund after a preposition ("hopeless at
     * remembering birthdays", "tired of guessing") nor an adjective before a noun ("a confident swimmer").
     */
    private static boolean believes(Words words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean noun = i > 0 && !EPISTEMIC_ADJECTIVES.contains(word) && ARTICLES.contains(words.get(i - 1));
            if ((EPISTEMIC_VERBS.contains(word) || EPISTEMIC_ADJECTIVES.contains(word) || setOn(words, i)) && !noun
                    && !notABelief(words, i)) {
                return true; // not the noun: "We have a bet going."
            }
        }
        return false;
    }

    /** Verbs of belief that are mostly nouns: a verb only after its subject ("I figure it's 7", "I'd estimate 40"). */
    private static final Set<String> NOUN_VERBS = Set.of("figure", "figures", "estimate", "estimates");

    private static boolean notABelief(Words words, int at) {
        String word = words.get(at);
        if (NOUN_VERBS.contains(word) && (at == 0 || !(FIRST_SUBJECT.contains(words.get(at - 1))
                || words.get(at - 1).equals("would") || words.get(at - 1).endsWith("ly")))) {
            return true; // "the most commonly accepted figure"
        }
        if (at > 0 && words.get(at - 1).equals("to") && (word.equals("know") || word.equals("remember"))) {
            return true; // "my son wants to know", "I'd like to remember it this time"
        }
        if (word.endsWith("ing") && at > 0 && GERUND_PREPOSITIONS.contains(words.get(at - 1))) {
            return true;
        }
        if (EPISTEMIC_ADJECTIVES.contains(word) && at + 1 < words.size() && !Words.isStop(words.get(at + 1))
                && !EPISTEMIC_ADJECTIVES.contains(words.get(at + 1))) {
            for (int j = Math.max(0, at - 2); j < at; j++) {
                if (words.get(j).equals("a") || words.get(j).equals("an")) {
                    return true; // "a pretty confident swimmer": what kind of swimmer, not what is believed
                }
            }
        }
        return false;
    }

    /** Verbs of working out an answer: "I got 180", "I calculated 14", "mine came out to 240", "I make it 42". */
    private static final Set<String> COMPUTING = Set.of(
            "get", "gets", "got", "getting", "calculate", "calculated", "compute", "computed", "make", "made", "came",
            "comes", "ended", "end", "arrived", "worked", "figured", "counted", "coming");

    /** Currency signs, written before the amount. */
    private static final Set<String> CURRENCY = Set.of("$", "£", "€", "¥");

    /** What may follow a worked-out number in its sentence: the end of the clause. */
    private static final Set<String> RESULT_ENDS = Set.of(
            "but", "although", "which", "or", "so", "is", "lol", "tbh", "haha", "not", "when", "after", "by", "using");

    /** Words between a verb of working out and its result: "came out to", "ended up with", "worked it out as". */
    private static final Set<String> TO_RESULT = Set.of(
            "it", "as", "to", "with", "at", "out", "up", "that", "the", "answer", "is", "was", "of", "about",
            "around", "roughly", "like", "a", "total", "result", "exactly", "just", "over", "under", "back");

    /**
     * Whether the user offers the number they worked out for checking, the answer to a computed question: "I got
     * 180 but I'm not confident", "I got 14, is that right?". Not what the user has, was given or observed ("I got
     * 5 apples", "On the first test I got 78.", "When I run the script I get 0"): the number ends its clause and the
     * sentence doubts it or asks about it, or the number answers the question asked ("How many days are in a leap
     * year? I keep getting 365.").
     */
    private static boolean computedAnswer(Words words, boolean hedged) {
        if (!hedged && words.text().indexOf('?') < 0) {
            return false;
        }
        int n = words.size();
        for (int i = 1; i < n; i++) {
            if (!COMPUTING.contains(words.get(i))) {
                continue;
            }
            boolean mine = false;
            for (int j = Math.max(0, i - 3); j < i; j++) {
                mine |= words.get(j).equals("i") || words.get(j).equals("my") || words.get(j).equals("we")
                        || words.get(j).equals("mine") || words.get(j).equals("i'm");
            }
            // The user's working, then the result: "I multiplied 24 by 60 and got 1,440.", "I used (n-2) × 180
            // and got 540."
            mine |= (words.get(0).equals("i") || words.get(0).equals("we")) && words.get(i - 1).equals("and")
                    && Collections.disjoint(words.lower().subList(1, i), PRONOUN_SUBJECTS);
            int at = i + 1;
            while (at < n && TO_RESULT.contains(words.get(at))) {
                at++;
            }
            if (!mine || at >= n) {
                continue;
            }
            if (CURRENCY.contains(words.get(at)) && at + 1 < n) {
                at++;
            }
            if (Words.isNumber(words.get(at))) {
                int after = at + 1;
                if (after < n && (UNITS.contains(words.get(after)) || words.get(after).equals("each"))) {
                    after++; // "I keep getting 160 miles.", "I worked it out as $24 each."
                }
                return after >= n || RESULT_ENDS.contains(words.get(after));
            }
        }
        return false;
    }

    /** Prepositions before a gerund that names an activity: "good at guessing", "tired of thinking". */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of(
            "at", "of", "about", "in", "for", "from", "without", "by", "after", "before", "on", "into");

    /** What comes before a verb in progress: "is reading", "was learning", "'m writing". */
    private static final Set<String> PROGRESSIVE = Set.of(
            "is", "are", "was", "were", "am", "be", "been", "i'm", "he's", "she's", "they're", "we're", "you're",
            "it's", "im", "also", "still", "currently", "now");

    /** An epistemic noun as a belief: "my guess", "my hunch is", "a feeling that"; not "the money" or "a take-off". */
    private static boolean epistemicNoun(Words words) {
        for (int i = 0; i < words.size(); i++) {
            if (i == 0 && EPISTEMIC_NOUNS.contains(words.get(0)) && words.size() > 1
                    && (CLAIM_VERBS.contains(words.get(1)) || words.get(1).equals("is"))) {
                return true; // "Gut says Agatha Christie.", "Hunch is Paris."
            }
            if (EPISTEMIC_NOUNS.contains(words.get(i)) && i > 0) {
                String before = words.get(i - 1);
                boolean that = i + 1 < words.size() && words.get(i + 1).equals("that");
                if (before.equals("my") || before.equals("a") || (before.equals("the") && that)
                        || before.equals("gut") || before.equals("vague") || before.equals("strong")
                        || before.equals("have")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How many lower-case topical words a sentence has that the asked questions do not: a user describing their
     * situation gives details ("I never learned to swim as a child"); a stance mostly names a candidate answer,
     * often a proper noun, and its verdict, and repeats what the question asks about. The verbs of working out a
     * number the user offers are no details ("I keep getting 365").
     */
    private static int details(Words words, Set<String> question, boolean computed) {
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!question.contains(root(word)) && !words.capitalised(i) && !Words.isStop(word) && !Words.isNumber(word)
                    && !ATTITUDE.contains(word) && !(computed && (COMPUTING.contains(word) || word.equals("keep")))
                    && !word.startsWith("$") && !word.endsWith("ly") && !FUNCTION.contains(word)) {
                count++;
            }
        }
        return count;
    }

    /** "that's wrong", "it is right", "is correct": a verdict on the truth of something, not "set up wrong". */
    private static boolean judgesTruth(Words words) {
        for (int i = 1; i < words.size(); i++) {
            // Not before a noun: "this is the right place", "that's the correct term".
            boolean attributive = ARTICLES.contains(words.get(i - 1)) && i + 1 < words.size()
                    && !Words.isStop(words.get(i + 1)) && !ANSWER.contains(words.get(i + 1));
            if (VERACITY.contains(words.get(i)) && !attributive
                    && (COPULAS.contains(words.get(i - 1)) || (i > 1 && COPULAS.contains(words.get(i - 2))))) {
                return true;
            }
        }
        return false;
    }

    /** "it's", "it is", "it must be", "it can't be": a claim about what the answer is. */
    private static boolean itCopula(Words words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("it's") || word.equals("it'd") || word.equals("that's") || word.equals("it'll")) {
                return true;
            }
            if ((word.equals("it") || word.equals("that")) && IT_VERBS.contains(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A yes-no question that offers an answer: "Isn't it Jupiter?", "Could it be 7?", "It's Paris, right?",
     * "Am I right?", "Maybe Lyon?". Not a yes-no question about something else ("Is it safe to eat?").
     *
     * @param words the question's words
     * @return {@code true} if it offers an answer
     */
    static boolean suggestive(Words words) {
        if (words.size() == 0) {
            return false;
        }
        String first = words.get(0);
        if (first.equals("surely") || first.equals("it's") || first.equals("that's") || first.equals("maybe")
                || first.equals("perhaps") || first.equals("probably") || first.equals("prob")) {
            return true;
        }
        if (SUGGESTING_AUXILIARIES.contains(first) && (words.phrase("by", "any", "chance")
                || words.phrase("the", "right", "answer") || words.phrase("the", "correct", "answer"))) {
            return true; // "Is it the liver by any chance?", "Would computer power unit be the right answer?"
        }
        if (words.size() >= 2 && SUGGESTING_AUXILIARIES.contains(first)) {
            String second = words.get(1);
            if (second.equals("i") && (words.size() <= 4 || (words.size() > 2 && ERROR.contains(words.get(2)))
                    || (words.size() > 2 && (words.get(2).equals("right") || words.get(2).equals("correct"))))) {
                return true; // "Am I right?", "Was I wrong?", "Am I right that it's Busan?"
            }
            if (second.equals("it") || second.equals("that") || second.equals("this")) {
                int next = 2;
                if (next + 1 < words.size() && words.get(next).equals("not")
                        && (words.size() - next - 1 <= 2 || offersCandidate(words, next + 1))) {
                    return true; // "Is it not Handel?": a negative question expects a yes; not "Is it not too hot
                                 // in August?"
                }
                if (next < words.size() && (words.get(next).equals("be") || words.get(next).equals("have"))) {
                    next++;
                }
                if (next < words.size() && words.get(next).equals("been")) {
                    next++;
                }
                if (next >= words.size() || offersCandidate(words, next)) {
                    return true;
                }
            } else if (second.equals("the") && words.size() > 4 && words.get(2).equals("answer")
                    && words.get(3).equals("be") && (offersCandidate(words, 4) || plainNoun(words.get(4)))) {
                return true; // "Could the answer be vitamin C?"; not "Would the answer be different in Kelvin?"
            }
            int be = words.indexOf(1, "be");
            if (MODALS.contains(first) && be > 1 && be <= 4 && (words.capitalised(1) || Words.isNumber(second))) {
                return true; // "Would Brazil be the right answer?", "Could 42 be it?"
            }
        }
        if (words.size() <= 7 && (words.phrase("or", "something") || words.phrase("or", "so"))
                && words.text().strip().endsWith("?")) {
            return true; // "Odin or something like that?", "16 or so?"
        }
        // A tag after the last comma: "It's Paris, right?", "..., isn't it?", "Canberra, correct?".
        String text = words.text();
        int comma = text.lastIndexOf(',');
        if (comma > 0) {
            Words tag = Words.of(text.substring(comma + 1));
            if (tag.size() == 1 && TAGS.contains(tag.get(0))) {
                return true;
            }
            if (tag.size() == 2 && SUGGESTING_AUXILIARIES.contains(tag.get(0))
                    && (tag.get(1).equals("it") || tag.get(1).equals("i") || tag.get(1).equals("they")
                            || tag.get(1).equals("he") || tag.get(1).equals("she"))) {
                return true;
            }
            if (tag.size() <= 2 && tag.size() > 0 && (tag.get(0).equals("maybe") || tag.get(0).equals("perhaps"))) {
                return true;
            }
            if (tag.size() == 3 && (tag.phrase("is", "that") || tag.phrase("am", "i"))
                    && TAGS.contains(tag.get(2))) {
                return true; // "I worked it out as 200, is that right?", "..., am I right?"
            }
        }
        // A tag without its comma: "def the Danube right?", "Paris correct?"; not "Is this right?" (above) or "Did I
        // do it right?".
        String last = words.get(words.size() - 1);
        if (words.size() <= 6 && (last.equals("right") || last.equals("correct")) && !SUGGESTING_AUXILIARIES.contains(first)
                && !first.equals("did") && !first.equals("do") && !first.equals("does") && !first.equals("am")
                && !first.equals("are") && !first.equals("was") && !first.equals("were") && !first.equals("will")) {
            return true;
        }
        return words.size() <= 3 && (words.any(TAGS) || words.any(MODAL_ADVERBS));
    }

    /** Short questions that ask the reader something rather than offer a candidate: "Thoughts?", "Anyone?". */
    private static final Set<String> GENERIC_SHORT = Set.of(
            "thoughts", "anyone", "anybody", "really", "seriously", "ideas", "suggestions", "help", "please",
            "sure", "ok", "okay", "again", "advice", "tips", "feedback", "opinions", "honestly", "any", "some", "more",
            "sources", "source", "references", "reference", "links", "link", "citations", "citation", "examples",
            "example", "proof", "evidence", "details", "explanation", "context", "reasons", "why", "how");

    /**
     * A question of one to three words that only names something: "Virgil?", "Agatha Christie?", "Purple?". An
     * answer when it follows a factual question ({@link #offersAnswer(Words, List)}); not after "What should I pack
     * for the beach?" ("Sunscreen?").
     */
    private static boolean bareCandidate(Words words) {
        if (chatAnswer(words)) {
            return true;
        }
        if (words.size() == 0 || words.size() > 3 || !words.text().strip().endsWith("?")) {
            return false;
        }
        String first = words.get(0);
        return !INTERROGATIVE.contains(first) && !QUESTION_WORDS.contains(first) && !words.any(GENERIC_SHORT)
                && !words.any(FIRST_PERSON) && !words.any(Set.of("you", "your", "this", "that", "it"));
    }

    /** What a chat line puts before the answer it offers: "prob 7?", "like 206 or something", "maybe lisbon". */
    private static final Set<String> CHAT_OPENERS = Set.of(
            "prob", "probably", "prolly", "maybe", "like", "def", "defo", "definitely", "surely", "deffo");

    /** What a chat line puts after it: "atlantic right", "evaporation i think?", "1/2 obv", "206 or something". */
    private static final Set<String> CHAT_CLOSERS = Set.of(
            "right", "correct", "yeah", "innit", "obv", "obvs", "obviously", "maybe", "probably", "prob", "lol",
            "i", "think", "guess", "believe", "beleive", "belive", "reckon", "or", "something", "smth", "surely",
            "no");

    /**
     * A short lower-case chat line that offers an answer with a marker of doubt or a tag and nothing else: "atlantic
     * right", "saturn right?", "evaporation i think?", "jk rowlng i beleive", "prob 7?", "1/2 obv", "like 206 or
     * something"; not "ok thanks", "i think so", "that's right" or "no worries".
     */
    static boolean chatAnswer(Words words) {
        String text = words.text();
        if (words.size() < 2 || words.size() > 6 || !text.equals(text.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int from = 0;
        while (from < words.size() && CHAT_OPENERS.contains(words.get(from))) {
            from++;
        }
        int to = words.size();
        while (to > from && CHAT_CLOSERS.contains(words.get(to - 1))) {
            to--;
        }
        if ((from == 0 && to == words.size()) || to - from < 1 || to - from > 3) {
            return false; // no marker, or nothing but markers ("i think so" keeps "so")
        }
        List<String> closers = words.lower().subList(to, words.size());
        boolean marked = from > 0 || words.phrase("or", "something");
        for (String closer : closers) {
            marked |= !WEAK_CLOSERS.contains(closer);
        }
        if (!marked) {
            return false; // "history quiz lol": a laugh or a "no" alone offers nothing
        }
        for (int i = from; i < to; i++) {
            String word = words.get(i);
            if (namesNoAnswer(word) || TAGS.contains(word) || word.endsWith("ly") || INTERJECTIONS.contains(word)
                    || SCHOOL.contains(word) || DEMONSTRATIVE_WORDS.contains(word) || NEGATION.contains(word)
                    || (Words.isStop(word) && !ARTICLES.contains(word) && !Words.isNumber(word))) {
                return false;
            }
        }
        return true;
    }

    /** Closers that mark nothing on their own: "history quiz lol", "sorry no". */
    private static final Set<String> WEAK_CLOSERS = Set.of("lol", "or", "something", "smth", "no", "i");

    /** What a chat line may name that is no answer: "history homework lol". */
    private static final Set<String> SCHOOL = Set.of(
            "quiz", "homework", "test", "exam", "class", "assignment", "question", "q", "hw", "worksheet");

    private static final Set<String> DEMONSTRATIVE_WORDS = Set.of("this", "that", "these", "those", "so", "not");

    /** Whether the words from a position name a candidate answer: a name, a number, a noun phrase, a quote. */
    private static boolean offersCandidate(Words words, int at) {
        String word = words.get(at);
        if (words.capitalised(at) || Words.isNumber(word) || word.equals("$")) {
            return true;
        }
        if (ARTICLES.contains(word)) {
            // "Is it the Mekong?" offers one; "Is it a good idea to ...?" asks.
            return at + 1 < words.size() && (words.capitalised(at + 1) || Words.isNumber(words.get(at + 1))
                    || at + 2 >= words.size());
        }
        // "Is that right?" checks what came before; "Is it true that honey never goes off?" asks.
        return (TAGS.contains(word) && at == words.size() - 1) || words.text().indexOf('"') >= 0;
    }

    /** Whether the attitude verb at a position is wished for: "I'd like", "I would really love", "I'd prefer". */
    private static boolean wish(Words words, int at) {
        for (int j = Math.max(0, at - 2); j < at; j++) {
            if (words.get(j).equals("i'd") || words.get(j).equals("would") || words.get(j).equals("we'd")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an attitude verb evaluates: "like" only after someone who likes ("I like", "really like", "don't
     * like"), not as a preposition ("smells like smoke", "feels like a cold").
     */
    private static boolean evaluates(Words words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (ATTITUDE_VERBS.contains(word) && i > 0 && !wish(words, i)) {
                // The speaker's attitude: "I like", "I really don't like", "we loved"; not "my son loves",
                // "smells like smoke", nor a wish ("I'd like the most accepted figure").
                for (int j = Math.max(0, i - 3); j < i; j++) {
                    String before = words.get(j);
                    if (FIRST_PERSON.contains(before) || before.equals("we") || before.equals("i'd")) {
                        return true;
                    }
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
            boolean attitude = EPISTEMIC_VERBS.contains(word) || EPISTEMIC_ADJECTIVES.contains(word)
                    || CLAIM_VERBS.contains(word) || (ATTITUDE_VERBS.contains(word) && !word.startsWith("like"));
            if (!attitude || (endsClause(words, i) && i + 1 < words.size()
                    && (words.get(i + 1).equals("i'd") || words.get(i + 1).equals("i'll")))) {
                continue; // "If I had to bet, I'd go with cobalt": a pick, not the user's situation
            }
            int j = i + 1;
            if (j < words.size() && CLAIM_VERBS.contains(word) && (words.get(j).equals("me") || words.get(j).equals("us"))) {
                j++; // "my teacher told me it was tin": "me" is who was told, not what it is about
            }
            if (j < words.size() && (words.get(j).equals("that") || words.get(j).equals("about"))) {
                j++;
            }
            if (j < words.size()) {
                String next = words.get(j);
                if (next.equals("i") || next.equals("my") || next.equals("we") || next.equals("our")
                        || next.equals("i'm") || next.equals("i've") || next.equals("i'll") || next.equals("we're")
                        || next.equals("me") || next.equals("us") || next.equals("i'd") || QUESTION_WORDS.contains(next)
                        || next.equals("whether") || next.equals("if")) {
                    if (!aboutTheAnswer(words, j)) {
                        return true;
                    }
                }
            }
            if (i + 1 < words.size() && isGerund(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** What a doubt may be about when it is about the answer: "what it is", "which one it was", "if that's right". */
    private static final Set<String> THE_ANSWER = Set.of("it", "it's", "that", "that's", "this");

    /** The forms of "be" that state what something is. */
    private static final Set<String> BE = Set.of("is", "was", "would", "might", "could", "must", "should", "be");

    /**
     * Whether the clause at a position, after a doubt, is about the answer rather than the user's own affairs: "not
     * sure what it is", "no idea which one it was", "not sure if that's right", "not sure whether I'm right"; not
     * "not sure which plan to pick" or "not sure if I'm allowed".
     */
    private static boolean aboutTheAnswer(Words words, int at) {
        int k = at + 1;
        if (k < words.size() && (words.get(k).equals("one") || ANSWER.contains(words.get(k)))) {
            k++; // "which one it is"
        } else if (k + 1 < words.size() && words.get(k).equals("the") && ANSWER.contains(words.get(k + 1))) {
            k += 2; // "what the answer is"
        }
        if (k >= words.size()) {
            return false;
        }
        String subject = words.get(k);
        if (subject.endsWith("'s") && THE_ANSWER.contains(subject)) {
            return namesTheAnswer(words, k + 1); // "if it's right", "whether that's the one"
        }
        if (THE_ANSWER.contains(subject)) {
            // "what it is", "which one it was"; not "if it matters"
            return k + 1 == words.size() || (BE.contains(words.get(k + 1)) && namesTheAnswer(words, k + 2));
        }
        boolean me = subject.equals("i'm") || subject.equals("im") || (subject.equals("i") && k + 1 < words.size()
                && words.get(k + 1).equals("am"));
        int after = subject.equals("i") ? k + 2 : k + 1;
        return me && after < words.size() && VERACITY.contains(words.get(after)); // "whether I'm right"
    }

    /** Words that end the clause a doubt is about: "not sure if it's right, but ...". */
    private static final Set<String> CLAUSE_ENDS = Set.of("but", "so", "because", "though", "tho", "and");

    /**
     * Whether what is said of "it" after a doubt names or judges the answer: "right", "the one", "Paris", "from
     * 1905", "what it is"; not a longer description ("if this is the right place for such a question", "if that's
     * still the scientific view").
     */
    private static boolean namesTheAnswer(Words words, int from) {
        int to = from;
        while (to < words.size() && !CLAUSE_ENDS.contains(words.get(to))) {
            to++;
            if (endsClause(words, to - 1)) {
                break;
            }
        }
        if (to - from <= 3) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (words.isName(i) || Words.isNumber(words.get(i))) {
                return true;
            }
        }
        return VERACITY.contains(words.get(to - 1)) || ANSWER.contains(words.get(to - 1));
    }

    /** Whether the word at a position is followed by a comma or a semicolon in the text. */
    private static boolean endsClause(Words words, int at) {
        String text = words.text().toLowerCase(Locale.ROOT);
        int from = 0;
        for (int k = 0; k < at; k++) {
            int found = text.indexOf(words.get(k), from);
            from = found < 0 ? from : found + words.get(k).length();
        }
        int found = text.indexOf(words.get(at), from);
        int after = found < 0 ? -1 : found + words.get(at).length();
        return after >= 0 && after < text.length() && (text.charAt(after) == ',' || text.charAt(after) == ';');
    }

    private static boolean isGerund(String word) {
        return word.length() > 5 && word.endsWith("ing") && !word.endsWith("thing");
    }

    /**
     * Whether a sentence hedges: a negated certainty ("not sure", "not entirely certain"), a modal with an error
     * word ("could be wrong", "might be mixing things up"), or a fixed hedge ("correct me", "if I remember").
     */
    private static boolean hedge(Words words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("unsure") || word.equals("uncertain")) {
                return true;
            }
            if (NEGATION.contains(word)) {
                for (int j = i + 1; j < Math.min(words.size(), i + 4); j++) {
                    if (EPISTEMIC_ADJECTIVES.contains(words.get(j))) {
                        return true;
                    }
                }
            }
            int be = i + 1;
            if (be < words.size() && (words.get(be).endsWith("ly") || words.get(be).equals("well")
                    || words.get(be).equals("just") || words.get(be).equals("also"))) {
                be++; // "could easily be mixing things up", "may well be wrong"
            }
            if (MODALS.contains(word) && be + 1 < words.size() && words.get(be).equals("be")) {
                for (int j = be + 1; j < Math.min(words.size(), be + 3); j++) {
                    if (ERROR.contains(words.get(j))) {
                        return true;
                    }
                }
            }
        }
        for (String[] phrase : HEDGES) {
            if (words.phrase(phrase)) {
                return true;
            }
        }
        return false;
    }
}
