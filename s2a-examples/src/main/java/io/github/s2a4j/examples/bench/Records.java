package io.github.s2a4j.examples.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a task file: JSON lines (SycophancyEval) or one JSON array (GSM-IC), whichever it is, so that either
 * form works for either task.
 */
final class Records {

    static final ObjectMapper JSON = new ObjectMapper();

    private Records() {}

    /**
     * The records of a file.
     *
     * @throws IllegalArgumentException naming the file and line if a record is not JSON
     */
    static List<JsonNode> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The records of a stream, named {@code name} in messages. */
    static List<JsonNode> read(String name, InputStream in) throws IOException {
        String text;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            text = reader.lines().collect(Collectors.joining("\n"));
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("\uFEFF")) {
            trimmed = trimmed.substring(1).strip();
        }
        if (trimmed.startsWith("[")) {
            JsonNode array = parse(name, 1, trimmed);
            List<JsonNode> records = new ArrayList<>();
            array.forEach(records::add);
            return records;
        }
        List<JsonNode> records = new ArrayList<>();
        String[] lines = trimmed.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                records.add(parse(name, i + 1, lines[i]));
            }
        }
        return records;
    }

    private static JsonNode parse(String name, int line, String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ":" + line + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
