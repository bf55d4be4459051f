package io.github.s2a4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class DistractorCuesTest {

    private static DistractorCues.Lexical read(String sentence) {
        return DistractorCues.Lexical.of(Words.of(sentence));
    }

    private static double feature(double[] features, String name) {
        return features[DistractorCues.NAMES.indexOf(name)];
    }

    @Test
    void should_find_people_relatives_units_and_links() {
        DistractorCues.Lexical brother = read("The shoe size of Lucy's brother is 9.");
        DistractorCues.Lexical pronoun = read("She made a $15 deposit and then gave her friend 3 apples.");
        DistractorCues.Lexical object = read("Lucy's mother gives her 5 apples.");

        assertThat(brother.persons()).containsExactly("rel:brother");
        assertThat(brother.names()).containsExactly("lucy");
        assertThat(brother.hasNumber()).isTrue();
        assertThat(pronoun.pronounLink()).isTrue();
        assertThat(pronoun.persons()).isEmpty();
        assertThat(pronoun.units()).containsExactlyInAnyOrder("$", "deposit", "apple");
        assertThat(object.pronounLink()).isTrue();
        assertThat(read("The neighbor has 4 dogs.").persons()).containsExactly("rel:neighbor");
        assertThat(read("A friend has 4 dogs.").persons()).isEmpty();
    }

    @Test
    void should_tell_a_newcomer_from_the_storys_people() {
        DistractorCues.Lexical question = read("What is Lucy's bank balance?");
        DistractorCues.Lexical lucySentence = read("Lucy has $65 in the bank.");
        DistractorCues.Lexical mariaSentence = read("Maria's monthly rent is $10.");
        DistractorCues.Corpus corpus = new DistractorCues.Corpus(question,
                List.of(lucySentence, read("She made a deposit."), mariaSentence));

        double[] maria = DistractorCues.features(mariaSentence, question, corpus, false, false, 0.2, 0.3, 0.5, 0.5, 6);
        double[] lucy = DistractorCues.features(lucySentence, question, corpus, false, true, 0.8, 0.5, 0.4, 0.4, 6);

        assertThat(feature(maria, "newcomer")).isEqualTo(1.0);
        assertThat(feature(maria, "unit_shared")).isEqualTo(1.0);
        assertThat(feature(maria, "relative_relevance")).isEqualTo(-0.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(feature(lucy, "newcomer")).isEqualTo(0.0);
        assertThat(feature(lucy, "question_person")).isEqualTo(1.0);
        assertThat(feature(lucy, "context_overlap")).isEqualTo(1.0);
        assertThat(feature(maria, "context_overlap")).isZero();
    }

    @Test
    void should_know_a_collective_question() {
        assertThat(DistractorCues.collective(Words.of("How many do they have together?"))).isTrue();
        assertThat(DistractorCues.collective(Words.of("How many did Ann and Bo pick in all?"))).isTrue();
        assertThat(DistractorCues.collective(Words.of("How old is Ann?"))).isFalse();
    }
}
