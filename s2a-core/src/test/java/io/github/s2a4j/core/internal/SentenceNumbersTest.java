package io.github.s2a4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SentenceNumbersTest {

    private static String numbers(String text, int count) {
        SentenceNumbers.Numbers numbers = SentenceNumbers.parse(text, count);
        if (numbers == null) {
            return "null";
        }
        BitSet selected = numbers.selected();
        return String.join(" ", IntStream.range(0, selected.length()).filter(selected::get)
                .mapToObj(Integer::toString).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1, 3, 5                             | 1 3 5",
        "2-4                                 | 2 3 4",
        "2 – 4, 7                            | 2 3 4 7",
        "4-2                                 | 2 3 4",
        "sentences 1 to 3 and 6              | 1 2 3 6",
        "[1], [3], [5]                       | 1 3 5",
        "#1 #2                               | 1 2",
        "1. 3. 5.                            | 1 3 5",
        "1, 3 (sentence 2 is an opinion)     | 1 3",
        "1, 3. Sentence 2 is an opinion.     | 1 3",
        "1, 1, 1, 3                          | 1 3",
        "1-1000000                           | 1 2 3 4 5 6 7 8 9 10",
        "0, 11, 12, 5                        | 5",
        "99999999999999999999, 2             | 2",
        "all                                 | 1 2 3 4 5 6 7 8 9 10",
        "All sentences.                      | 1 2 3 4 5 6 7 8 9 10",
        "all except 3                        | null",
        "none of them                        | null",
        "the first one                       | null",
    })
    void should_read_the_list_a_text_starts_with(String text, String expected) {
        assertThat(numbers(text, 10)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1\\n- 3\\n- 5 | 1 3 5",
        "1\\n2\\n3     | 1 2 3",
    })
    void should_read_a_column_without_joining_lines_into_ranges(String text, String expected) {
        assertThat(numbers(text.replace("\\n", "\n"), 10)).isEqualTo(expected);
    }
}
