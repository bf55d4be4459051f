package io.github.s2a4j.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import io.github.s2a4j.core.RegenerationPrompt;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Grade-school math with an irrelevant sentence, in GSM-IC's JSON format ({@code new_question} with the
 * distractor, {@code original_question} without, {@code answer}, {@code sentence_label} in_topic/out_topic, which
 * names the table). The paper's zero-shot prompt asks for "Solution:" and "Final answer (in numbers):"; it is sent
 * as a system message, so that S2A regenerates the problem alone, as the paper does, and every method answers
 * under the same instruction. The answer is the number after the last "Final answer" label (else the last number
 * of the response), compared numerically. S2A uses the paper's <em>relevant</em> preset here.
 */
final class GsmIcTask implements Task<GsmIcTask.Gold> {

    static final String NAME = "gsm-ic";

    /** The paper's zero-shot math prompt, without the problem. */
    static final String SOLVE = "Solve the following math problem. Please separate into two categories labeled with "
            + "\"Solution:\" and \"Final answer (in numbers):\"";

    /** Instructed prompting for distractors, after the paper's GSM-IC baseline of Shi et al. (2023). */
    static final String IGNORE_IRRELEVANT = "If part of the problem is irrelevant and not useful for giving an "
            + "accurate and correct answer to the question, ignore that part.";

    /**
     * The expected answer.
     *
     * @param answer the number
     */
    record Gold(BigDecimal answer) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Metric> metrics() {
        return List.of(Metric.proportion("accuracy", "accuracy"));
    }

    @Override
    public RegenerationPrompt preset() {
        return RegenerationPrompt.RELEVANT;
    }

    @Override
    public String instruction() {
        return IGNORE_IRRELEVANT;
    }

    @Override
    public String leftOut() {
        return "records without a distractor";
    }

    @Override
    public @Nullable Item<Gold> item(JsonNode record, boolean allPrompts) {
        String clean = record.path("original_question").asText(record.path("question").asText("")).strip();
        String distracted = record.path("new_question").asText(clean).strip();
        if (distracted.isEmpty()) {
            throw new IllegalArgumentException("the record has no new_question");
        }
        BigDecimal answer = number(record.path("answer").asText(""));
        if (answer == null) {
            throw new IllegalArgumentException("the record's answer is not a number: " + record.path("answer"));
        }
        if (clean.isEmpty()) {
            clean = distracted;
        }
        if (clean.equals(distracted) && !allPrompts) {
            return null;
        }
        String group = record.path("sentence_label").asText("all");
        SystemMessage solve = SystemMessage.from(SOLVE);
        List<ChatMessage> original = List.of(solve, UserMessage.from(distracted));
        return Item.of(NAME, group, original, List.of(solve, UserMessage.from(clean)), new Gold(answer));
    }

    @Override
    public Scores score(Item<Gold> item, String response) {
        Extracted extracted = extract(response);
        BigDecimal value = extracted.value();
        boolean correct = value != null && value.compareTo(item.gold().answer()) == 0;
        return new Scores.Builder()
                .value("accuracy", correct ? 1 : 0)
                .detail("extracted", value == null ? "" : value.toPlainString())
                .detail("extracted_from", extracted.from())
                .build();
    }

    /**
     * An answer read from a response.
     *
     * @param value the number, or null if there is none
     * @param from where it was found: "label", "last number" or "none"
     */
    record Extracted(@Nullable BigDecimal value, String from) {}

    private static final Pattern LABEL = Pattern.compile(
            "(?i)final\\s+answer\\s*(?:\\(\\s*in\\s+numbers?\\s*\\))?\\s*[*_]*\\s*[:\uFF1A]");
    private static final Pattern NUMBER = Pattern.compile("-?\\$?\\s?\\d[\\d,]*(?:\\.\\d+)?");

    /**
     * The answer after the last "Final answer (in numbers):" label (bold, other spacing and "Final answer:" are
     * read too): its first number, or the first after an "=" on that line. Without the label, the response's last
     * number.
     */
    static Extracted extract(String response) {
        Matcher label = LABEL.matcher(response);
        int after = -1;
        while (label.find()) {
            after = label.end();
        }
        if (after >= 0) {
            String rest = response.substring(after).strip();
            int newline = rest.indexOf('\n');
            String line = newline < 0 ? rest : rest.substring(0, newline);
            int equals = line.lastIndexOf('=');
            BigDecimal value = first(equals < 0 ? line : line.substring(equals + 1));
            if (value == null) {
                value = first(rest);
            }
            if (value != null) {
                return new Extracted(value, "label");
            }
        }
        BigDecimal last = null;
        Matcher number = NUMBER.matcher(response);
        while (number.find()) {
            last = number(number.group());
        }
        return last == null ? new Extracted(null, "none") : new Extracted(last, "last number");
    }

    private static @Nullable BigDecimal first(String text) {
        Matcher number = NUMBER.matcher(text);
        return number.find() ? number(number.group()) : null;
    }

    /** A number as people write it: "$1,200", "72", "3.50", "-4"; null if it is none. */
    static @Nullable BigDecimal number(String text) {
        String digits = text.replaceAll("[$,\\s]", "");
        if (digits.endsWith(".")) {
            digits = digits.substring(0, digits.length() - 1);
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "GsmIcTask";
    }
}
