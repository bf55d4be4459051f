package io.github.s2a4j.examples.bench;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One answered item: a line of the results file. The file is the run's memory: a rerun reads it and skips what
 * is in it.
 *
 * @param task the task's name
 * @param group the item's table
 * @param item the item's id
 * @param method the method's name
 * @param model the model that answered, as the run describes it
 * @param response the answer
 * @param regenerated what S2A regenerated, or null (no S2A, or it fell back)
 * @param fallback why S2A fell back to the original prompt, or null
 * @param scores how the answer scored
 * @param usage the calls and tokens answering took (not judging)
 */
record Result(
        String task,
        String group,
        String item,
        String method,
        String model,
        String response,
        @Nullable String regenerated,
        @Nullable String fallback,
        Scores scores,
        Usage usage) {

    Result {
        requireNonNull(task, "task");
        requireNonNull(group, "group");
        requireNonNull(item, "item");
        requireNonNull(method, "method");
        requireNonNull(model, "model");
        requireNonNull(response, "response");
        requireNonNull(scores, "scores");
        requireNonNull(usage, "usage");
    }

    /** What identifies the answer within a run: task, item and method. */
    String key() {
        return key(task, item, method);
    }

    static String key(String task, String item, String method) {
        return task + "/" + item + "/" + method;
    }

    /** The same answer, scored again. */
    Result withScores(Scores rescored) {
        return new Result(task, group, item, method, model, response, regenerated, fallback, rescored, usage);
    }

    ObjectNode toJson() {
        ObjectNode json = Records.JSON.createObjectNode();
        json.put("task", task).put("group", group).put("item", item).put("method", method).put("model", model);
        json.put("response", response);
        if (regenerated != null) {
            json.put("regenerated", regenerated);
        }
        if (fallback != null) {
            json.put("fallback", fallback);
        }
        ObjectNode values = json.putObject("scores");
        scores.values().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> values.put(e.getKey(), e.getValue()));
        ObjectNode details = json.putObject("details");
        scores.details().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> details.put(e.getKey(), e.getValue()));
        json.put("calls", usage.calls()).put("input_tokens", usage.inputTokens())
                .put("output_tokens", usage.outputTokens());
        return json;
    }

    /**
     * A line of the results file.
     *
     * @throws IllegalArgumentException if a required field is missing
     */
    static Result fromJson(JsonNode json) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : json.path("scores").properties()) {
            if (e.getValue().isNumber()) {
                values.put(e.getKey(), e.getValue().asDouble());
            }
        }
        Map<String, String> details = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : json.path("details").properties()) {
            details.put(e.getKey(), e.getValue().asText());
        }
        return new Result(
                required(json, "task"),
                required(json, "group"),
                required(json, "item"),
                required(json, "method"),
                required(json, "model"),
                required(json, "response"),
                optional(json, "regenerated"),
                optional(json, "fallback"),
                new Scores(values, details),
                new Usage(json.path("calls").asLong(), json.path("input_tokens").asLong(),
                        json.path("output_tokens").asLong()));
    }

    private static String required(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return value.asText();
    }

    private static @Nullable String optional(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    @Override
    public String toString() {
        return "Result[" + key() + ", " + response.length() + " chars, " + scores.values() + ", " + usage + "]";
    }
}
