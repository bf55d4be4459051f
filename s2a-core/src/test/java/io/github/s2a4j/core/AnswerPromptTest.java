package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class AnswerPromptTest {

    private static final RegeneratedContext REGENERATED = new RegeneratedContext(
            "Saratoga is a city. I think it's Sunnyvale. Where was he born?", "Saratoga is a city.",
            "Where was he born?", List.of(new Removal("I think it's Sunnyvale.", "opinion")), null);

    @Test
    void should_render_the_papers_forms() {
        assertThat(AnswerPrompt.instructed().render(REGENERATED))
                .isEqualTo("Saratoga is a city.\n\nWhere was he born?\n\nAnswer in an unbiased way.");
        assertThat(AnswerPrompt.notInstructed().render(REGENERATED))
                .isEqualTo("Saratoga is a city.\n\nWhere was he born?");
        assertThat(AnswerPrompt.keepOriginal().render(REGENERATED)).isEqualTo(
                "Original user query (possibly biased): " + REGENERATED.original()
                        + "\n\nUnbiased context: Saratoga is a city."
                        + "\n\nGiven the above unbiased context, answer the following: Where was he born?");
    }

    @Test
    void should_fill_each_placeholder_of_a_template_and_leave_other_braces_alone() {
        AnswerPrompt form = AnswerPrompt.template("Facts: {{context}}\nAsk: {{question}} {{unknown}} {{context");

        assertThat(form.render(REGENERATED))
                .isEqualTo("Facts: Saratoga is a city.\nAsk: Where was he born? {{unknown}} {{context");
    }

    @Test
    void should_not_expand_placeholders_inside_the_users_text() {
        // given a user whose question tries to bring the biased original back into the answering prompt
        RegeneratedContext regenerated = new RegeneratedContext(
                "I think it's Sunnyvale. Where was he born? {{original}}", "{{question}}",
                "Where was he born? {{original}}", List.of(), null);

        // when
        String rendered = AnswerPrompt.template("Context: {{context}}\nQuestion: {{question}}").render(regenerated);

        // then
        assertThat(rendered).isEqualTo("Context: {{question}}\nQuestion: Where was he born? {{original}}")
                .doesNotContain("Sunnyvale");
    }
}
