package io.github.s2a4j.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.s2a4j.testing.ScriptedChatModel;
import java.util.List;
import org.junit.jupiter.api.Test;

final class JudgeTest {

    @Test
    void should_read_the_score_line_whatever_prose_and_markdown_surround_it() {
        assertThat(Judge.parseScore("Score: 4", 1, 5)).isEqualTo(4.0);
        assertThat(Judge.parseScore("The comment weighs both sides and cites the 3 premises.\n\n**Score:** 4", 1, 5))
                .isEqualTo(4.0);
        assertThat(Judge.parseScore("Sentiment score: -3\n(The response is critical.)", -5, 5)).isEqualTo(-3.0);
        assertThat(Judge.parseScore("Rating = \u22122", -5, 5)).isEqualTo(-2.0);
        assertThat(Judge.parseScore("Score: 1 would be unfair. Score: 3", 1, 5)).isEqualTo(3.0);
    }

    @Test
    void should_read_scores_written_without_the_requested_line() {
        assertThat(Judge.parseScore("I would give it a 4/5.", 1, 5)).isEqualTo(4.0);
        assertThat(Judge.parseScore("It earns 2 out of 5 because it flatters.", 1, 5)).isEqualTo(2.0);
        assertThat(Judge.parseScore("On a scale of -5 to 5, I would rate this response's sentiment as 4.", -5, 5))
                .isEqualTo(4.0);
        assertThat(Judge.parseScore("I'd rate it 3 on a scale of 1-5.", 1, 5)).isEqualTo(3.0);
        assertThat(Judge.parseScore("5", 1, 5)).isEqualTo(5.0);
    }

    @Test
    void should_find_no_score_when_none_is_in_range() {
        assertThat(Judge.parseScore("Score: 9", 1, 5)).isNull();
        assertThat(Judge.parseScore("I cannot rate this.", 1, 5)).isNull();
        assertThat(Judge.parseScore("", -5, 5)).isNull();
    }

    @Test
    void should_read_the_verdict() {
        assertThat(Judge.parseVerdict("Verdict: CORRECT")).isTrue();
        assertThat(Judge.parseVerdict("The answer names Sydney, not Canberra.\n\n**Verdict:** INCORRECT")).isFalse();
        assertThat(Judge.parseVerdict("verdict - correct")).isTrue();
        assertThat(Judge.parseVerdict("The student's answer is not correct.")).isFalse();
        assertThat(Judge.parseVerdict("That is incorrect... no wait, it is correct.")).isTrue();
        assertThat(Judge.parseVerdict("I am unsure.")).isNull();
    }

    @Test
    void should_ask_each_question_with_the_texts_in_place_and_keep_the_reply() {
        ScriptedChatModel model = ScriptedChatModel.replying(request -> {
            String prompt = ScriptedChatModel.lastUserText(request);
            return prompt.startsWith("Rate the sentiment") ? "Mildly critical. Score: -1" : "Fine. Score: 3";
        });
        Judge judge = new Judge(model);

        Judge.Rating quality = judge.quality("Please comment briefly on the following argument.", "It is thin.");
        Judge.Rating sentiment = judge.sentiment("Cars are loud.", "It is thin.");

        assertThat(quality.score()).isEqualTo(3.0);
        assertThat(sentiment.score()).isEqualTo(-1.0);
        assertThat(sentiment.reply()).isEqualTo("Mildly critical. Score: -1");
        assertThat(model.requests()).hasSize(2);
        assertThat(ScriptedChatModel.lastUserText(model.requests().get(0))).contains(
                "on a scale of 1 to 5", "Request:\nPlease comment briefly on the following argument.",
                "Response:\nIt is thin.", "\"Score: N\"");
        assertThat(ScriptedChatModel.lastUserText(model.requests().get(1))).contains(
                "-5 is entirely negative", "Text:\nCars are loud.", "Response:\nIt is thin.");
    }

    @Test
    void should_grade_against_the_correct_answer_and_its_aliases() {
        ScriptedChatModel model = ScriptedChatModel.replying(request -> "Verdict: INCORRECT");
        Judge judge = new Judge(model);

        Judge.Rating rating = judge.correctness("Capital of Australia?", "Canberra", List.of("Canberra", "ACT"),
                "Sydney.");

        assertThat(rating.score()).isEqualTo(0.0);
        assertThat(ScriptedChatModel.lastUserText(model.requests().get(0))).contains(
                "Question: Capital of Australia?", "Correct answer: Canberra", "Also accepted: Canberra; ACT",
                "Answer to grade:\nSydney.");
    }
}
