package io.github.s2a4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class WordsTest {

    @Test
    void should_read_words_numbers_money_and_contractions() {
        Words words = Words.of("Lucy's brother doesn't have $1,200.50 or 3.5 kg, he said.");

        assertThat(words.lower()).containsExactly(
                "lucy's", "brother", "doesn't", "have", "$", "1,200.50", "or", "3.5", "kg", "he", "said");
        assertThat(words.size()).isEqualTo(11);
        assertThat(words.capitalised(0)).isTrue();
        assertThat(words.capitalised(1)).isFalse();
        assertThat(words.phrase("doesn't", "have")).isTrue();
        assertThat(words.indexOf(0, "or", "3.5")).isEqualTo(6);
        assertThat(words.indexOf(0, "or", "4")).isEqualTo(-1);
        assertThat(words.toString()).isEqualTo("Words[11]");
    }

    @Test
    void should_tell_names_from_sentence_starters_days_and_function_words() {
        Words words = Words.of("On Monday Lucy met Dr Jones, and I said The end.");

        assertThat(words.isName(0)).isFalse();
        assertThat(words.isName(1)).isFalse();
        assertThat(words.isName(2)).isTrue();
        assertThat(words.isName(5)).isTrue();
        assertThat(words.isName(8)).isFalse();
        assertThat(words.isName(10)).isFalse();
    }

    @Test
    void should_know_numbers_in_digits_and_words() {
        assertThat(Words.isNumber("1,200.50")).isTrue();
        assertThat(Words.isNumber("twelve")).isTrue();
        assertThat(Words.isNumber("half")).isTrue();
        assertThat(Words.isNumber("apple")).isFalse();
        assertThat(Words.isNumber("")).isFalse();
    }

    @Test
    void should_stem_plurals_and_possessives() {
        assertThat(Words.stem("apples")).isEqualTo("apple");
        assertThat(Words.stem("cherries")).isEqualTo("cherry");
        assertThat(Words.stem("boxes")).isEqualTo("box");
        assertThat(Words.stem("lucy's")).isEqualTo("lucy");
        assertThat(Words.stem("friends'")).isEqualTo("friend");
        assertThat(Words.stem("glass")).isEqualTo("glass");
        assertThat(Words.stem("bus")).isEqualTo("bus");
        assertThat(Words.stripPossessive("james'")).isEqualTo("james");
        assertThat(Words.isStop("the")).isTrue();
        assertThat(Words.isStop("apple")).isFalse();
    }
}
