package io.github.s2a4j.examples;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One case of the eval format (DESIGN.md, section 5): a user's text, the spans that must survive regeneration and
 * the spans that must go; for a retrieved passage, also the query it is judged against. Read and written as JSON
 * lines.
 *
 * @param id the case's name
 * @param task what it tests: distractor, opinion, feedback, clean, rag
 * @param text the user's whole text, or a retrieved passage
 * @param keep spans that must survive
 * @param drop spans that must go
 * @param query the query a passage is judged against ({@code RegenerationRequest.query}), or {@code null} for a
 *     user's text that holds its own question
 */
public record EvalRecord(String id, String task, String text, List<String> keep, List<String> drop,
        @Nullable String query) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Validates the components and freezes the lists.
     *
     * @param id the name
     * @param task the task
     * @param text the text
     * @param keep spans to keep
     * @param drop spans to drop
     * @param query the query, or {@code null}
     */
    public EvalRecord {
        requireNonNull(id, "id");
        requireNonNull(task, "task");
        requireNonNull(text, "text");
        keep = List.copyOf(keep);
        drop = List.copyOf(drop);
    }

    /**
     * A case whose question is part of its text.
     *
     * @param id the name
     * @param task the task
     * @param text the text
     * @param keep spans to keep
     * @param drop spans to drop
     */
    public EvalRecord(String id, String task, String text, List<String> keep, List<String> drop) {
        this(id, task, text, keep, drop, null);
    }

    /**
     * Reads a JSON-lines file; blank lines are skipped.
     *
     * @param file the file
     * @return its records, in order
     * @throws IllegalArgumentException naming the line of a record that is not valid
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<EvalRecord> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<EvalRecord> records = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                try {
                    records.add(parse(JSON.readTree(lines.get(i))));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a record: " + e.getMessage(), e);
                }
            }
        }
        return records;
    }

    private static EvalRecord parse(JsonNode node) {
        String text = node.path("text").asText(null);
        if (text == null) {
            throw new IllegalArgumentException("no \"text\"");
        }
        JsonNode query = node.path("query");
        return new EvalRecord(
                node.path("id").asText(""), node.path("task").asText("unknown"), text,
                strings(node.path("keep")), strings(node.path("drop")), query.isTextual() ? query.asText() : null);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            out.add(item.asText());
        }
        return out;
    }

    /**
     * This record as one line of JSON, fields in the format's order, then the query if there is one.
     *
     * @return the line, without a newline
     */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("task", task);
        node.put("text", text);
        ArrayNode keepNode = node.putArray("keep");
        keep.forEach(keepNode::add);
        ArrayNode dropNode = node.putArray("drop");
        drop.forEach(dropNode::add);
        if (query != null) {
            node.put("query", query);
        }
        return node.toString();
    }

    /**
     * The case-folded, whitespace-collapsed form that spans are compared in.
     *
     * @param text any text
     * @return its normal form
     */
    public static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether a regenerated text loses every span to drop.
     *
     * @param regenerated the regenerated text, context and question together
     * @return {@code true} if no drop span is present
     */
    public boolean dropped(String regenerated) {
        String normal = normalize(regenerated);
        return drop.stream().noneMatch(span -> normal.contains(normalize(span)));
    }

    /**
     * Whether a regenerated text keeps every span to keep.
     *
     * @param regenerated the regenerated text, context and question together
     * @return {@code true} if every keep span is present
     */
    public boolean kept(String regenerated) {
        String normal = normalize(regenerated);
        return keep.stream().allMatch(span -> normal.contains(normalize(span)));
    }
}
