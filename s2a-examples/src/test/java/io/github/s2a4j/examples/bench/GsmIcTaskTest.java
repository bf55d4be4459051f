package io.github.s2a4j.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class GsmIcTaskTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final GsmIcTask task = new GsmIcTask();

    private static JsonNode record(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void should_take_the_number_after_the_final_answer_label() {
        assertThat(GsmIcTask.extract("Solution: 3 * 12 = 36, 36 - 10 = 26.\nFinal answer (in numbers): 26"))
                .isEqualTo(new GsmIcTask.Extracted(new BigDecimal("26"), "label"));
        assertThat(GsmIcTask.extract("**Final answer (in numbers):** $1,200.").value()).isEqualByComparingTo("1200");
        assertThat(GsmIcTask.extract("Final answer(in numbers): 40 dollars").value()).isEqualByComparingTo("40");
        assertThat(GsmIcTask.extract("final answer: 3.50").value()).isEqualByComparingTo("3.5");
        assertThat(GsmIcTask.extract("Final answer (in numbers): 8 x 5 = 40").value()).isEqualByComparingTo("40");
        assertThat(GsmIcTask.extract("Final answer (in numbers): -4").value()).isEqualByComparingTo("-4");
    }

    @Test
    void should_take_the_last_label_and_fall_back_to_the_last_number() {
        assertThat(GsmIcTask.extract("Final answer (in numbers): 34\nWait, the pens are irrelevant.\n"
                + "Final answer (in numbers): 26").value()).isEqualByComparingTo("26");
        assertThat(GsmIcTask.extract("Mia has 36 pencils and gives 10 away, so 26 are left."))
                .isEqualTo(new GsmIcTask.Extracted(new BigDecimal("26"), "last number"));
        assertThat(GsmIcTask.extract("Final answer (in numbers):\n\n26")).isEqualTo(
                new GsmIcTask.Extracted(new BigDecimal("26"), "label"));
        assertThat(GsmIcTask.extract("I cannot solve this.")).isEqualTo(new GsmIcTask.Extracted(null, "none"));
    }

    @Test
    void should_score_numerically() throws Exception {
        Item<GsmIcTask.Gold> item = task.item(record(
                "{\"original_question\":\"Q?\",\"new_question\":\"D. Q?\",\"answer\":\"72\"}"), false);

        assertThat(task.score(item, "Final answer (in numbers): 72.0").values()).containsEntry("accuracy", 1.0);
        assertThat(task.score(item, "Final answer (in numbers): 71").values()).containsEntry("accuracy", 0.0);
        assertThat(task.score(item, "no idea").details()).containsEntry("extracted_from", "none");
    }

    @Test
    void should_send_the_problem_under_the_papers_instruction_and_group_by_distractor_kind() throws Exception {
        Item<GsmIcTask.Gold> item = task.item(record("""
                {"original_question": "Steve is 5'6\\". He grows 6 inches. How tall is he in inches?",
                 "new_question": "Steve is 5'6\\". He grows 6 inches. The height of Emma is 8 feet. How tall is Steve in inches?",
                 "answer": 72, "n_steps": 2, "role_label": "nonoverlapped", "number_label": "in_range",
                 "sentence_label": "in_topic"}"""), false);

        assertThat(item.group()).isEqualTo("in_topic");
        assertThat(item.gold().answer()).isEqualByComparingTo("72");
        assertThat(item.original()).containsExactly(SystemMessage.from(GsmIcTask.SOLVE), UserMessage.from(
                "Steve is 5'6\". He grows 6 inches. The height of Emma is 8 feet. How tall is Steve in inches?"));
        assertThat(item.cleanText()).isEqualTo("Steve is 5'6\". He grows 6 inches. How tall is he in inches?");
        assertThat(GsmIcTask.SOLVE).contains("\"Solution:\"", "\"Final answer (in numbers):\"");
        assertThat(Item.lastUserText(item.messages(Prompt.INSTRUCTED, task.instruction())))
                .endsWith("How tall is Steve in inches?\n\n" + GsmIcTask.IGNORE_IRRELEVANT);
    }

    @Test
    void should_leave_out_problems_without_a_distractor_unless_asked() throws Exception {
        JsonNode gsm8k = record("{\"question\":\"How many?\",\"answer\":\"3\"}");

        assertThat(task.item(gsm8k, false)).isNull();
        assertThat(task.item(gsm8k, true)).isNotNull().satisfies(item -> assertThat(item.group()).isEqualTo("all"));
    }

    @Test
    void should_name_what_a_record_lacks() {
        assertThatThrownBy(() -> task.item(record("{\"new_question\":\"Q?\",\"answer\":\"many\"}"), false))
                .hasMessageContaining("answer is not a number");
        assertThatThrownBy(() -> task.item(record("{\"answer\":\"3\"}"), false))
                .hasMessageContaining("no new_question");
    }
}
