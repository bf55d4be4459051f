package io.github.s2a4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ContentRegionsTest {

    private static boolean[] content(String text) {
        List<Sentence> sentences = Sentences.split(text);
        return ContentRegions.of(text, sentences, sentences.stream().map(s -> Words.of(s.text())).toArray(Words[]::new));
    }

    @Test
    void should_mark_a_quoted_labelled_block_up_to_its_closing_quote() {
        String text = "Please comment on the argument. Argument: \"Zoos are cruel. I think they should close.\" "
                + "I wrote it.";

        assertThat(content(text)).containsExactly(false, true, false);
    }

    @Test
    void should_mark_an_unquoted_block_up_to_the_next_blank_line() {
        String text = "Review this poem.\n\nPoem:\nThe rain is loud\nthe roof is thin\n\nI love it.";

        assertThat(content(text)).containsExactly(false, true, true, true, false);
    }

    @Test
    void should_mark_a_question_and_its_answer_only_beside_another_label() {
        String feedback = "Please comment on the solution.\nQuestion: What is 2 + 3?\nSolution: 2 + 3 = 5.";
        String plain = "Question: What is 2 + 3? I think it's 6.";

        assertThat(content(feedback)).containsExactly(false, true, true);
        assertThat(content(plain)).containsExactly(false, false);
    }

    @Test
    void should_mark_long_quotations_and_list_items_but_not_short_quotes() {
        String text = "Comment on this: \"Cars should be banned from the city centre on weekdays. Walking is healthier "
                + "for everyone.\" He said \"no\" twice.\n- first point\n- second point";

        assertThat(content(text)).containsExactly(false, true, false, true, true);
    }

    @Test
    void should_read_a_short_list_of_remarks_on_a_factual_question_as_the_user_speaking() {
        String remarks = "Which planet is closest to the sun?\n- My guess is Venus.\n- Not sure though.";
        String options = "Which planet is closest to the sun?\na) Venus\nb) Mercury";
        String facts = "- I'm 35 and I run 3 times a week.\n- I weigh 80 kg.\nHow many calories should I eat?";
        String personal = "What should I pack for Oslo?\n- I think it's cold there.";

        assertThat(content(remarks)).containsExactly(false, false, false);
        assertThat(content(options)).containsExactly(false, true, true);
        assertThat(content(facts)).containsExactly(true, true, false);
        assertThat(content(personal)).containsExactly(false, true);
    }
}
