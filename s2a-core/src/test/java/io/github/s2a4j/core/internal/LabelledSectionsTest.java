package io.github.s2a4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class LabelledSectionsTest {

    private final LabelledSections unbiased = new LabelledSections(
            List.of("Unbiased text context (includes all content except user's bias):",
                    "Question/Query (does not include user bias/preference):"),
            List.of(List.of("Unbiased text context", "Context"), List.of("Question", "Query")));

    @Test
    void should_not_fail_when_a_label_stands_inside_another_labels_parenthesis() {
        // a model's parenthesis that names the other label used to end a body before it began
        List<String> sections = unbiased.parse("Question (Unbiased text context: x): Why?");

        assertThat(sections).containsExactly("x): Why?", "Why?");
    }

    @Test
    void should_find_labels_in_any_case_after_markdown_and_quotes() {
        List<String> sections = unbiased.parse("> **UNBIASED TEXT CONTEXT:** Paris is in France.\n"
                + "- \"question/query\": What is the capital?");

        assertThat(sections).containsExactly("Paris is in France.", "What is the capital?");
    }
}
