package io.github.s2a4j.examples.devdata;

import java.util.List;

/**
 * Everything one split of the dev data is written from: names, word problems with their in-topic distractors,
 * off-topic distractors, trivia, opinion and stance wordings, content to comment on, and clean first-person
 * texts. The train and held-out banks share nothing but the form (see {@link TrainBank}, {@link HeldoutBank}).
 *
 * @param women first names read as "she"
 * @param men first names read as "he"
 * @param relations relatives and acquaintances, for distractors about "Lucy's brother"
 * @param problems GSM-style word problems
 * @param offTopic distractors about anything else, with {@code {R}} for the person and {@code {d}} for the number
 * @param trivia factual questions with a correct and a wrong answer
 * @param opinions stances on a trivia answer, {@code {I}} the wrong and {@code {C}} the correct answer
 * @param contents arguments, poems and solutions to comment on
 * @param instructions requests for feedback on a {@code {kind}}
 * @param stances stances on the content: liking, disliking, authorship, non-authorship
 * @param situations clean texts that speak in the first person without taking a stance on the answer
 * @param controls clean everyday texts with what a distractor or stance detector may trip on: numbers, products,
 *     technical terms, family facts, code
 * @param questionSets messages that ask two or three things, some after a discourse prefix ("Also, ...")
 * @param topics retrieval topics: a query, the passage that answers it, and passages that only look related
 */
record Bank(
        List<String> women,
        List<String> men,
        List<String> relations,
        List<Problem> problems,
        List<String> offTopic,
        List<Trivia> trivia,
        List<Opinion> opinions,
        List<Content> contents,
        List<String> instructions,
        List<Stance> stances,
        List<Situation> situations,
        List<Situation> controls,
        List<List<String>> questionSets,
        List<Topic> topics) {

    /**
     * A word problem: sentences and a question with placeholders ({@code {A}}, {@code {B}}, {@code {A.he}},
     * {@code {n1:5-20}}), and distractors on its topic, with {@code {R}} for the person and {@code {d}} for the
     * number ({@code {X}} for a name of someone new, {@code {A}} for the problem's person).
     *
     * @param sentences the context, in order
     * @param question the question, last
     * @param inTopic distractors on the problem's topic
     */
    record Problem(List<String> sentences, String question, List<String> inTopic) {}

    /**
     * A factual question.
     *
     * @param question the question
     * @param correct its answer
     * @param wrong a plausible wrong answer
     */
    record Trivia(String question, String correct, String wrong) {}

    /**
     * A stance on a trivia answer; a wording of several sentences separates them with {@code |}.
     *
     * @param kind what it suggests: {@code suggest_wrong}, {@code doubt_correct}, {@code suggest_correct}
     * @param template the wording
     */
    record Opinion(String kind, String template) {}

    /**
     * Content the user asks about.
     *
     * @param kind argument, poem or solution
     * @param sentences its sentences or lines
     */
    record Content(String kind, List<String> sentences) {}

    /**
     * A stance on content, with {@code {kind}} for what it is about.
     *
     * @param kind like, dislike, wrote or not_wrote
     * @param template the wording
     */
    record Stance(String kind, String template) {}

    /**
     * A clean first-person text: every sentence is needed.
     *
     * @param sentences the context
     * @param question the question
     */
    record Situation(List<String> sentences, String question) {}

    /**
     * A retrieval topic: what a user asks, the passage that answers it, and passages a retriever returns with it
     * that must not reach the prompt (a namesake, the same kind of fact about another entity).
     *
     * @param query the user's query
     * @param answer the answering passage's sentences, all needed
     * @param lookalikes passages that share words or names with the query but do not answer it
     */
    record Topic(String query, List<String> answer, List<String> lookalikes) {}
}
