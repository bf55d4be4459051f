package io.github.s2a4j.examples.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results file: one JSON line per answered item, appended and flushed as each answer is scored, so that a
 * crash loses only the answers in flight. Opening it reads what earlier runs wrote; the last line of an answer
 * wins, and a line cut short by a crash is skipped. Thread-safe.
 */
final class ResultsLog implements Closeable {

    private final Path file;
    private final Map<String, Result> previous;
    private final int unreadable;
    private final BufferedWriter writer;

    private ResultsLog(Path file, Map<String, Result> previous, int unreadable, BufferedWriter writer) {
        this.file = file;
        this.previous = previous;
        this.unreadable = unreadable;
        this.writer = writer;
    }

    /** Opens (or creates) the file for appending, after reading what it holds. */
    static ResultsLog open(Path file) throws IOException {
        Map<String, Result> previous = new LinkedHashMap<>();
        int unreadable = 0;
        boolean endsWithNewline = true;
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, UTF_8);
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode json = Records.JSON.readTree(line);
                    Result result = Result.fromJson(json);
                    previous.put(result.key(), result);
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    unreadable++;
                }
            }
            endsWithNewline = endsWithNewline(file);
        } else if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        BufferedWriter writer = Files.newBufferedWriter(
                file, UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (!endsWithNewline) {
            // A crash cut the last line short; start ours on a line of its own.
            writer.write('\n');
            writer.flush();
        }
        return new ResultsLog(file, Collections.unmodifiableMap(previous), unreadable, writer);
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            if (raf.length() == 0) {
                return true;
            }
            raf.seek(raf.length() - 1);
            return raf.read() == '\n';
        }
    }

    /** The answers earlier runs wrote, by {@link Result#key()}. */
    Map<String, Result> previous() {
        return previous;
    }

    /** Lines that could not be read (cut short by a crash, or not results). */
    int unreadable() {
        return unreadable;
    }

    /** Appends a result and flushes it to the file. */
    synchronized void append(Result result) throws IOException {
        writer.write(result.toJson().toString());
        writer.write('\n');
        writer.flush();
    }

    Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }

    @Override
    public String toString() {
        return "ResultsLog[" + file + ", " + previous.size() + " previous]";
    }
}
