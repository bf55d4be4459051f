package io.github.s2a4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class SentencesTest {

    @Test
    void should_split_on_sentence_ends_but_not_inside_decimals_and_money() {
        assertThat(Sentences.texts("Mary paid $4.50 for 3.5 kg of apples. Then she left! Did she? Yes."))
                .containsExactly("Mary paid $4.50 for 3.5 kg of apples.", "Then she left!", "Did she?", "Yes.");
    }

    @Test
    void should_not_split_after_titles_latin_abbreviations_and_initials() {
        assertThat(Sentences.texts("Mr. Smith met Dr. Jones in St. Louis. J. K. Rowling wrote it, e.g. This one."))
                .containsExactly("Mr. Smith met Dr. Jones in St. Louis.", "J. K. Rowling wrote it, e.g. This one.");
    }

    @Test
    void should_split_after_a_single_letter_answer() {
        assertThat(Sentences.texts("I think the answer is C. But I'm really not sure. Which option is right?"))
                .containsExactly("I think the answer is C.", "But I'm really not sure.", "Which option is right?");
    }

    @Test
    void should_split_a_sentence_that_starts_in_lower_case_after_a_full_stop() {
        assertThat(Sentences.texts("i think lake titicaca is in bolivia. in which country is it? thanks."))
                .containsExactly("i think lake titicaca is in bolivia.", "in which country is it?", "thanks.");
        assertThat(Sentences.texts("pretty sure it fell in 1991. when did the berlin wall fall?"))
                .containsExactly("pretty sure it fell in 1991.", "when did the berlin wall fall?");
        assertThat(Sentences.texts("pretty sure its 7. what is 3 + 4?"))
                .containsExactly("pretty sure its 7.", "what is 3 + 4?");
        assertThat(Sentences.texts("i think it's a. which option is right?"))
                .containsExactly("i think it's a.", "which option is right?");
    }

    @Test
    void should_not_split_before_a_lower_case_word_after_an_abbreviation() {
        assertThat(Sentences.texts("Bring pens, paper etc. and a ruler. It is approx. five km. away at 9 a.m. on "
                + "Monday, cf. the map, e.g. the red route, or see J. smith."))
                .containsExactly("Bring pens, paper etc. and a ruler.", "It is approx. five km. away at 9 a.m. on "
                        + "Monday, cf. the map, e.g. the red route, or see J. smith.");
        assertThat(Sentences.texts("He said \"wait. then go\" and left... and came back."))
                .containsExactly("He said \"wait. then go\" and left... and came back.");
        assertThat(Sentences.texts("The shelf is 5 ft. tall and i saw mr. jones on oct. fifth with a 12 in. pizza."))
                .hasSize(1);
    }

    @Test
    void should_keep_quoted_speech_with_its_sentence() {
        assertThat(Sentences.texts("He said \"Stop. Now.\" Then he went home."))
                .containsExactly("He said \"Stop. Now.\"", "Then he went home.");
    }

    @Test
    void should_split_a_long_quoted_passage_into_its_sentences() {
        String passage = "Argument: \"Schools should start later because teenagers need more sleep than adults do. "
                + "Studies of many districts show better grades with later starts. So the change pays off.\"";

        assertThat(Sentences.texts(passage)).hasSize(3);
    }

    @Test
    void should_break_on_paragraphs_list_items_and_lines_that_end_a_sentence() {
        String text = """
                Please comment on the argument below:
                - Schools should start later
                - Teenagers sleep more
                1. First point
                2) Second point

                How convincing is it?""";

        assertThat(Sentences.texts(text)).containsExactly(
                "Please comment on the argument below:",
                "- Schools should start later",
                "- Teenagers sleep more",
                "1. First point",
                "2) Second point",
                "How convincing is it?");
    }

    @Test
    void should_join_a_sentence_wrapped_over_lines() {
        assertThat(Sentences.texts("The train leaves at noon and\narrives in the evening. Is it late?"))
                .containsExactly("The train leaves at noon and\narrives in the evening.", "Is it late?");
    }

    @Test
    void should_split_short_chat_lines_but_join_lines_that_hang_or_carry_on() {
        assertThat(Sentences.texts("who wrote romeo and juliet\nshakespeare right"))
                .containsExactly("who wrote romeo and juliet", "shakespeare right");
        assertThat(Sentences.texts("what is the largest planet\nsaturn right?"))
                .containsExactly("what is the largest planet", "saturn right?");
        assertThat(Sentences.texts("what is water turning to vapor called\nevaporation i think?"))
                .containsExactly("what is water turning to vapor called", "evaporation i think?");
        assertThat(Sentences.texts("who wrote\nhamlet?")).containsExactly("who wrote\nhamlet?");
        assertThat(Sentences.texts("how many continents are there\nprob 7?"))
                .containsExactly("how many continents are there", "prob 7?");
        assertThat(Sentences.texts("which team won the super bowl\nlast season right?")).hasSize(1);
        assertThat(Sentences.texts("what gas do plants absorb\ni think carbon dioxide??"))
                .containsExactly("what gas do plants absorb", "i think carbon dioxide??");
        assertThat(Sentences.texts("The harbour lights are coming on,\nthe gulls have gone to bed."))
                .containsExactly("The harbour lights are coming on,\nthe gulls have gone to bed.");
        assertThat(Sentences.texts("I read the report on\nthe new tax rules. Is it right?"))
                .containsExactly("I read the report on\nthe new tax rules.", "Is it right?");
        assertThat(Sentences.texts("Every boat that left at dawn\nand every gull is home."))
                .containsExactly("Every boat that left at dawn\nand every gull is home.");
        String wrapped = "The committee met on Tuesday to discuss the budget for the next\nfiscal year and agreed.";
        assertThat(Sentences.texts(wrapped)).containsExactly(wrapped);
        assertThat(Sentences.texts("hey so random question\nmy roommate and i are arguing"))
                .containsExactly("hey so random question", "my roommate and i are arguing");
        assertThat(Sentences.texts("which country has the largest\npopulation in the world? i think its india"))
                .first().isEqualTo("which country has the largest\npopulation in the world?");
        String poem = "Autumn counts its coins in gold,\nspends them on the wind for free,\nand leaves the branches bare"
                + " and cold\nas any honest tree should be.";
        assertThat(Sentences.texts(poem)).containsExactly(poem);
    }

    @Test
    void should_give_offsets_into_the_original_text() {
        String text = "  First one.   Second one?\n\nThird.";

        List<Sentence> sentences = Sentences.split(text);

        assertThat(sentences).allSatisfy(sentence ->
                assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text()));
        assertThat(sentences).hasSize(3);
    }

    @Test
    void should_find_the_question_or_fall_back_to_the_last_sentence() {
        assertThat(Sentences.question("I think it's 7. What is 3 + 4? Thanks.")).isEqualTo("What is 3 + 4?");
        assertThat(Sentences.question("I like this poem. Write a review of it.")).isEqualTo("Write a review of it.");
        assertThat(Sentences.question("  ")).isEmpty();
        assertThat(Sentences.split("")).isEmpty();
    }

    @Test
    void should_pair_quotes_from_the_start_of_the_line() {
        assertThat(Sentences.texts("Comment on this: \"Cars should be banned from the city centre on weekdays. "
                + "Walking is healthier for everyone.\" He said \"no\" twice."))
                .containsExactly("Comment on this: \"Cars should be banned from the city centre on weekdays.",
                        "Walking is healthier for everyone.\"", "He said \"no\" twice.");
    }

    @Test
    void should_split_a_question_without_its_mark_from_the_opinion_it_runs_into() {
        assertThat(Sentences.texts("Which city hosted the 1908 Olympics I think the answer is Paris, but I'm really "
                + "not sure."))
                .containsExactly("Which city hosted the 1908 Olympics",
                        "I think the answer is Paris, but I'm really not sure.");
        assertThat(Sentences.texts("The Gulf of Aden lies north of which country I don't think it's Oman."))
                .hasSize(1);
        assertThat(Sentences.texts("I think I know what I think.")).hasSize(1);
        assertThat(Sentences.texts("Which city hosted the 1908 Olympics but I think it was London")).hasSize(2);
    }

    @Test
    void should_keep_a_question_whole_when_its_own_i_thinks() {
        assertThat(Sentences.texts("What should I think about before moving abroad for work?")).hasSize(1);
        assertThat(Sentences.texts("How do I know when I'm sure enough to submit it?")).hasSize(1);
        assertThat(Sentences.texts("Which books and I think any films should I start with?")).hasSize(1);
    }

    @Test
    void should_recognise_list_items() {
        assertThat(Sentences.isListItem("- milk")).isTrue();
        assertThat(Sentences.isListItem("2) Second point")).isTrue();
        assertThat(Sentences.isListItem("b. Paris")).isTrue();
        assertThat(Sentences.isListItem("A bag holds 3 cups.")).isFalse();
        assertThat(Sentences.withoutListMarker("2) Which city is it?")).isEqualTo("Which city is it?");
        assertThat(Sentences.withoutListMarker("A bag holds 3 cups.")).isEqualTo("A bag holds 3 cups.");
    }

    @Test
    void should_split_an_opinion_after_a_dash_but_not_a_question_that_its_own_i_is_sure_in() {
        assertThat(Sentences.texts("Which planet is closest to the sun - I'm pretty sure it's Venus.")).hasSize(2);
        assertThat(Sentences.texts("Why is my code slow even though I'm sure it's linear?")).hasSize(1);
        assertThat(Sentences.texts("Why does my cake sink though I'm sure the oven is hot enough?")).hasSize(1);
    }
}
