package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.github.s2a4j.testing.Prompts;
import io.github.s2a4j.testing.ScriptedChatModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class LlmRegeneratorTest {

    private static final String TEXT = "Saratoga is a city in California. I think the answer is Saratoga, but I'm "
            + "really not sure. In which city was San Jose's mayor Sam Liccardo born?";

    private static RegeneratedContext regenerate(String modelOutput) {
        return regenerate(RegenerationPrompt.UNBIASED, modelOutput);
    }

    private static RegeneratedContext regenerate(RegenerationPrompt prompt, String modelOutput) {
        ScriptedChatModel model = ScriptedChatModel.replying(request -> modelOutput);
        return LlmRegenerator.builder().model(model).prompt(prompt).build().regenerate(RegenerationRequest.of(TEXT));
    }

    @Test
    void should_send_the_paper_prompt_with_the_user_text_and_nothing_else() {
        // given
        ScriptedChatModel model = ScriptedChatModel.replying(request -> "Unbiased text context: x\nQuestion/Query: y?");

        // when
        ContextRegenerator.llm(model).regenerate(RegenerationRequest.of(TEXT));

        // then
        ChatRequest sent = model.requests().get(0);
        assertThat(sent.messages()).hasSize(1).first().isInstanceOf(UserMessage.class);
        String prompt = ScriptedChatModel.lastUserText(sent);
        assertThat(prompt)
                .startsWith("Given the following text by a user, extract the part that is unbiased and not their opinion")
                .contains("\"Unbiased text context (includes all content except user's bias):\"")
                .contains("\"Question/Query (does not include user bias/preference):\"")
                .contains("Text by User:\n<<<BEGIN TEXT ");
        assertThat(Prompts.blocks(prompt)).isEqualTo(1);
        assertThat(Prompts.bare(prompt)).endsWith("Text by User:\n" + TEXT);
        assertThat(sent.toolSpecifications()).isNullOrEmpty();
        assertThat(sent.responseFormat()).isNull();
    }

    @Test
    void should_keep_the_labelled_fields_when_the_model_answers_as_asked() {
        RegeneratedContext regenerated = regenerate("""
                Unbiased text context (includes all content except user's bias): Saratoga is a city in California.
                Question/Query (does not include user bias/preference): In which city was San Jose's mayor Sam Liccardo born?""");

        assertThat(regenerated.context()).isEqualTo("Saratoga is a city in California.");
        assertThat(regenerated.question()).isEqualTo("In which city was San Jose's mayor Sam Liccardo born?");
        assertThat(regenerated.original()).isEqualTo(TEXT);
        assertThat(regenerated.removed()).extracting(Removal::text)
                .containsExactly("I think the answer is Saratoga, but I'm really not sure.");
        assertThat(regenerated.tokenUsage().totalTokenCount()).isEqualTo(110);
    }

    @Test
    void should_skip_chain_of_thought_that_names_the_labels_before_using_them() {
        RegeneratedContext regenerated = regenerate("""
                Sure! I will separate the text into "Unbiased text context:" and "Question/Query:" as requested.
                The user's opinion about Saratoga is a bias, so I leave it out.

                Unbiased text context (includes all content except user's bias): Saratoga is a city in California.

                Question/Query (does not include user bias/preference): In which city was Sam Liccardo born?""");

        assertThat(regenerated.context()).isEqualTo("Saratoga is a city in California.");
        assertThat(regenerated.question()).isEqualTo("In which city was Sam Liccardo born?");
    }

    @Test
    void should_read_bold_and_heading_labels_with_their_parenthesis_left_out() {
        RegeneratedContext regenerated = regenerate("""
                ## **Unbiased text context:**
                Saratoga is a city in California.

                **Question/Query**: In which city was Sam Liccardo born?""");

        assertThat(regenerated.context()).isEqualTo("Saratoga is a city in California.");
        assertThat(regenerated.question()).isEqualTo("In which city was Sam Liccardo born?");
    }

    @Test
    void should_read_labels_in_the_other_order_and_on_one_line() {
        RegeneratedContext regenerated = regenerate(
                "Question/Query: In which city was Sam Liccardo born? Unbiased text context: Saratoga is a city.");

        assertThat(regenerated.context()).isEqualTo("Saratoga is a city.");
        assertThat(regenerated.question()).isEqualTo("In which city was Sam Liccardo born?");
    }

    @Test
    void should_unwrap_quoted_and_fenced_sections() {
        RegeneratedContext regenerated = regenerate("""
                Unbiased text context (includes all content except user's bias):
                ```
                Saratoga is a city in California.
                ```
                Question/Query (does not include user bias/preference): "In which city was Sam Liccardo born?"
                """);

        assertThat(regenerated.context()).isEqualTo("Saratoga is a city in California.");
        assertThat(regenerated.question()).isEqualTo("In which city was Sam Liccardo born?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"None", "N/A", "none.", "n/a", "(none)", "No unbiased context is given."})
    void should_read_an_empty_context_when_the_model_says_there_is_none(String nothing) {
        RegeneratedContext regenerated = regenerate("Unbiased text context: " + nothing
                + "\nQuestion/Query: In which city was Sam Liccardo born?");

        assertThat(regenerated.context()).isEmpty();
        assertThat(regenerated.question()).isEqualTo("In which city was Sam Liccardo born?");
        assertThat(regenerated.text()).isEqualTo("In which city was Sam Liccardo born?");
    }

    @Test
    void should_keep_the_original_question_when_the_model_leaves_it_out() {
        RegeneratedContext regenerated = regenerate("Unbiased text context: Saratoga is a city in California.");

        assertThat(regenerated.context()).isEqualTo("Saratoga is a city in California.");
        assertThat(regenerated.question()).isEqualTo("In which city was San Jose's mayor Sam Liccardo born?");
    }

    @Test
    void should_keep_the_original_question_when_the_question_section_is_empty() {
        RegeneratedContext regenerated = regenerate("Unbiased text context: Saratoga is a city.\nQuestion/Query:");

        assertThat(regenerated.question()).isEqualTo("In which city was San Jose's mayor Sam Liccardo born?");
    }

    @Test
    void should_drop_comments_after_the_last_section() {
        RegeneratedContext regenerated = regenerate("""
                Unbiased text context: Saratoga is a city in California.
                Question/Query: In which city was Sam Liccardo born?

                Note: I removed the user's guess, which is an opinion.""");

        assertThat(regenerated.question()).isEqualTo("In which city was Sam Liccardo born?");
    }

    @Test
    void should_accept_the_generic_labels_models_often_use() {
        RegeneratedContext regenerated = regenerate("""
                Context: Saratoga is a city in California.
                Question: In which city was Sam Liccardo born?""");

        assertThat(regenerated.context()).isEqualTo("Saratoga is a city in California.");
        assertThat(regenerated.question()).isEqualTo("In which city was Sam Liccardo born?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n"})
    void should_fail_when_the_model_answers_nothing(String nothing) {
        assertThatThrownBy(() -> regenerate(nothing))
                .isInstanceOf(S2AException.class)
                .hasMessageContaining("empty answer");
    }

    @Test
    void should_fail_when_the_answer_has_no_label() {
        assertThatThrownBy(() -> regenerate("I'm sorry, I can't help with that."))
                .isInstanceOf(S2AException.class)
                .hasMessageContaining("neither a \"Unbiased text context\" nor a \"Question/Query\" section");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Unbiased text context (includes all content except user's bias):\n"
                + "Question/Query (does not include user bias/preference):",
        "**Unbiased text context:**\n\n**Question/Query:**\n",
        "Context: none\nQuestion: none",
        "Unbiased text context:"})
    void should_fail_when_the_labels_have_nothing_after_them(String emptyLabels) {
        // the text's question alone would lose its whole context: falling back keeps it
        assertThatThrownBy(() -> regenerate(emptyLabels))
                .isInstanceOf(S2AException.class)
                .hasMessageContaining("sections are empty");
    }

    @Test
    void should_fail_when_the_copy_is_far_longer_than_the_text() {
        String repeated = (TEXT + " ").repeat(100);

        assertThatThrownBy(() -> regenerate("Unbiased text context: " + repeated + "\nQuestion/Query: Where?"))
                .isInstanceOf(S2AException.class)
                .hasMessageContaining("not a copy")
                .hasMessageContaining("the " + TEXT.length() + " chars of the text");
        assertThatThrownBy(() -> regenerate(RegenerationPrompt.SINGLE, "Unbiased version of text by User, including "
                + "question: " + repeated))
                .isInstanceOf(S2AException.class)
                .hasMessageContaining("not a copy");
    }

    @Test
    void should_accept_a_copy_that_restates_the_text_at_some_length() {
        // three times the text and 200 characters more is the most a copy may be
        String context = "x".repeat(3 * TEXT.length() + 200 - "Where?".length());

        RegeneratedContext regenerated = regenerate("Unbiased text context: " + context + "\nQuestion/Query: Where?");

        assertThat(regenerated.context()).hasSize(context.length());
        assertThatThrownBy(() -> regenerate("Unbiased text context: " + context + "x\nQuestion/Query: Where?"))
                .hasMessageContaining("not a copy");
    }

    @Test
    void should_propagate_the_model_exception_unchanged() {
        IllegalStateException failure = new IllegalStateException("rate limited");
        ScriptedChatModel model = ScriptedChatModel.builder().script(request -> { throw failure; }).build();

        assertThatThrownBy(() -> ContextRegenerator.llm(model).regenerate(RegenerationRequest.of(TEXT)))
                .isSameAs(failure);
    }

    @Test
    void should_read_the_relevant_preset_labels() {
        RegeneratedContext regenerated = regenerate(RegenerationPrompt.RELEVANT, """
                Context text related to the question (includes all content except unrelated sentences): Mary has 3 apples. She buys 2 more.
                Detailed question: How many apples does Mary have now?""");

        assertThat(regenerated.context()).isEqualTo("Mary has 3 apples. She buys 2 more.");
        assertThat(regenerated.question()).isEqualTo("How many apples does Mary have now?");
    }

    @Test
    void should_send_the_relevant_preset_prompt() {
        ScriptedChatModel model = ScriptedChatModel.replying(request -> "Detailed question: q?");

        LlmRegenerator.builder().model(model).prompt(RegenerationPrompt.RELEVANT).build()
                .regenerate(RegenerationRequest.of(TEXT));

        String prompt = ScriptedChatModel.lastUserText(model.requests().get(0));
        assertThat(prompt)
                .startsWith("Given the following text by a user, extract the part that is related and useful")
                .contains("Do not use list.");
        assertThat(Prompts.bare(prompt)).endsWith("Text by User:\n" + TEXT);
    }

    @Test
    void should_read_the_single_preset_rewrite_with_its_question() {
        RegeneratedContext regenerated = regenerate(RegenerationPrompt.SINGLE, """
                Unbiased version of text by User, including question: Saratoga is a city in California. \
                In which city was Sam Liccardo born?""");

        assertThat(regenerated.text())
                .isEqualTo("Saratoga is a city in California. In which city was Sam Liccardo born?");
    }

    @Test
    void should_add_the_original_question_when_the_single_rewrite_forgot_it() {
        RegeneratedContext regenerated = regenerate(RegenerationPrompt.SINGLE,
                "Unbiased version of text by User, including question: Saratoga is a city in California.");

        assertThat(regenerated.context()).isEqualTo("Saratoga is a city in California.");
        assertThat(regenerated.question()).isEqualTo("In which city was San Jose's mayor Sam Liccardo born?");
    }

    @Test
    void should_fail_when_the_single_rewrite_has_no_label() {
        assertThatThrownBy(() -> regenerate(RegenerationPrompt.SINGLE, "Saratoga is a city."))
                .isInstanceOf(S2AException.class)
                .hasMessageContaining("Unbiased version of text by User, including question");
    }

    @Test
    void should_leave_out_the_markers_a_model_copies_along_with_the_text() {
        // given a model that copies the prompt's block markers into its answer
        ScriptedChatModel model = ScriptedChatModel.replying(request -> {
            String prompt = ScriptedChatModel.lastUserText(request);
            String begin = prompt.substring(prompt.indexOf("<<<BEGIN TEXT "), prompt.indexOf(">>>\n") + 3);
            return "Unbiased text context (includes all content except user's bias): " + begin
                    + "\nSaratoga is a city in California.\n"
                    + "Question/Query (does not include user bias/preference): "
                    + "In which city was San Jose's mayor Sam Liccardo born?\n" + begin.replace("BEGIN", "END");
        });

        // when
        RegeneratedContext regenerated = ContextRegenerator.llm(model).regenerate(RegenerationRequest.of(TEXT));

        // then
        assertThat(regenerated.context()).isEqualTo("Saratoga is a city in California.");
        assertThat(regenerated.question()).isEqualTo("In which city was San Jose's mayor Sam Liccardo born?");
    }

    @Test
    void should_use_a_custom_template_and_its_labels() {
        RegenerationPrompt facts = RegenerationPrompt.of(
                "Keep the facts.\nAnswer with Facts: and Ask:.\n\nText by User: {{text}}", "Facts:", "Ask:");
        RegeneratedContext regenerated = regenerate(facts, "Facts: Saratoga is a city.\nAsk: Where was he born?");

        assertThat(regenerated.context()).isEqualTo("Saratoga is a city.");
        assertThat(regenerated.question()).isEqualTo("Where was he born?");
    }

    @Test
    void should_reject_a_template_without_the_text_placeholder() {
        assertThatThrownBy(() -> RegenerationPrompt.of("Keep the facts.", "Facts:", "Ask:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{{text}}");
        assertThatThrownBy(() -> RegenerationPrompt.of("{{text}}", " ", "Ask:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contextLabel");
    }

    private static final String PASSAGE = "Sam Liccardo was born in Saratoga, California. He studied at Georgetown. "
            + "Sunnyvale is known for its tech companies.";

    private static final String QUERY = "In which city was Sam Liccardo born?";

    private static RegeneratedContext regeneratePassage(String modelOutput) {
        ScriptedChatModel model = ScriptedChatModel.replying(request -> modelOutput);
        return ContextRegenerator.llm(model)
                .regenerate(RegenerationRequest.builder().text(PASSAGE).query(QUERY).build());
    }

    @Test
    void should_send_the_passage_prompt_with_the_query_last_when_the_request_has_a_query() {
        // given
        ScriptedChatModel model = ScriptedChatModel.replying(request -> "Context: x\nDetailed question: y?");

        // when
        ContextRegenerator.llm(model).regenerate(RegenerationRequest.builder().text(PASSAGE).query(QUERY).build());

        // then
        String prompt = ScriptedChatModel.lastUserText(model.requests().get(0));
        assertThat(prompt)
                .startsWith("Given the following passage, retrieved to answer a user's question")
                .contains("write NONE as the context")
                .doesNotContain("Text by User:");
        assertThat(Prompts.blocks(prompt)).isEqualTo(2);
        assertThat(Prompts.bare(prompt)).endsWith("Passage:\n" + PASSAGE + "\n\nQuestion:\n" + QUERY);
    }

    @Test
    void should_keep_the_related_part_of_a_passage_with_the_passage_as_original_and_the_query_as_question() {
        RegeneratedContext regenerated = regeneratePassage("""
                Context text related to the question (includes all content except unrelated sentences): \
                Sam Liccardo was born in Saratoga, California.
                Detailed question: In which city was Sam Liccardo born?""");

        assertThat(regenerated.original()).isEqualTo(PASSAGE);
        assertThat(regenerated.context()).isEqualTo("Sam Liccardo was born in Saratoga, California.");
        assertThat(regenerated.question()).isEqualTo(QUERY);
        assertThat(regenerated.removed()).extracting(Removal::text)
                .containsExactly("He studied at Georgetown.", "Sunnyvale is known for its tech companies.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "NONE", "None.", "**NONE**",
        "Context text related to the question: NONE\nDetailed question: In which city was Sam Liccardo born?",
        "Context: None"})
    void should_read_an_empty_context_when_nothing_in_the_passage_is_related(String output) {
        RegeneratedContext regenerated = regeneratePassage(output);

        assertThat(regenerated.context()).isEmpty();
        assertThat(regenerated.question()).isEqualTo(QUERY);
        assertThat(regenerated.removed()).hasSize(3);
    }

    @Test
    void should_use_the_query_as_question_when_the_model_leaves_it_out() {
        RegeneratedContext regenerated = regeneratePassage("Context: Sam Liccardo was born in Saratoga, California.");

        assertThat(regenerated.question()).isEqualTo(QUERY);
    }

    @Test
    void should_fail_when_the_passage_answer_has_no_label() {
        assertThatThrownBy(() -> regeneratePassage("Sam Liccardo was born in Saratoga."))
                .isInstanceOf(S2AException.class)
                .hasMessageContaining("Context text related to the question");
    }

    @Test
    void should_append_the_query_to_a_custom_passage_prompt_without_a_query_placeholder() {
        // given
        ScriptedChatModel model = ScriptedChatModel.replying(request -> "Facts: NONE");
        RegenerationPrompt facts = RegenerationPrompt.single("Keep the facts.\n\nText: {{text}}", "Facts:");
        ContextRegenerator regenerator = LlmRegenerator.builder().model(model).passagePrompt(facts).build();

        // when
        RegeneratedContext regenerated =
                regenerator.regenerate(RegenerationRequest.builder().text(PASSAGE).query(QUERY).build());

        // then
        String prompt = ScriptedChatModel.lastUserText(model.requests().get(0));
        assertThat(Prompts.blocks(prompt)).isEqualTo(2);
        assertThat(Prompts.bare(prompt)).isEqualTo("Keep the facts.\n\nText: " + PASSAGE + "\n\n" + QUERY);
        assertThat(regenerated.context()).isEmpty();
        assertThat(regenerated.question()).isEqualTo(QUERY);
    }

    @Test
    void should_not_expand_placeholders_inside_the_text_or_the_query() {
        String rendered = RegenerationPrompt.PASSAGE.render("a {{query}} b", "c {{text}} d");

        assertThat(Prompts.bare(rendered)).endsWith("Passage:\na {{query}} b\n\nQuestion:\nc {{text}} d");
        assertThat(Prompts.bare(RegenerationPrompt.UNBIASED.render("x {{text}}")))
                .endsWith("Text by User:\nx {{text}}");
    }

    @Test
    void should_require_a_model() {
        assertThatThrownBy(() -> LlmRegenerator.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("model");
        assertThatThrownBy(() -> LlmRegenerator.builder().model(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("model");
        assertThatThrownBy(() -> LlmRegenerator.builder().passagePrompt(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("passagePrompt");
    }
}
