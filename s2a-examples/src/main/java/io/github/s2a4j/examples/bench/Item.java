package io.github.s2a4j.examples.bench;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One prompt of a task: the conversation as the task gives it, its clean form, and what a correct answer needs.
 *
 * @param id stable across runs: a digest of the task and the original conversation
 * @param group the table the item is reported in (the source dataset, or GSM-IC's distractor kind)
 * @param original the conversation with the opinion or distractor; ends with a user message
 * @param clean the same without it
 * @param gold what scoring needs
 * @param <G> the task's kind of gold
 */
record Item<G>(String id, String group, List<ChatMessage> original, List<ChatMessage> clean, G gold) {

    Item {
        requireNonNull(id, "id");
        requireNonNull(group, "group");
        original = List.copyOf(original);
        clean = List.copyOf(clean);
        requireNonNull(gold, "gold");
        if (original.isEmpty() || !(original.get(original.size() - 1) instanceof UserMessage)) {
            throw new IllegalArgumentException("original must end with a user message");
        }
    }

    /** An item whose id is derived from the task and the original conversation. */
    static <G> Item<G> of(String task, String group, List<ChatMessage> original, List<ChatMessage> clean, G gold) {
        return new Item<>(digest(task, original), group, original, clean, gold);
    }

    /** The conversation a method sends. */
    List<ChatMessage> messages(Prompt prompt, String instruction) {
        return switch (prompt) {
            case ORIGINAL -> original;
            case CLEAN -> clean;
            case INSTRUCTED -> {
                List<ChatMessage> instructed = new ArrayList<>(original);
                int last = instructed.size() - 1;
                instructed.set(last, UserMessage.from(lastUserText(original) + "\n\n" + instruction));
                yield List.copyOf(instructed);
            }
        };
    }

    /** The text of the original conversation's last user message. */
    String originalText() {
        return lastUserText(original);
    }

    /** The text of the clean conversation's last user message. */
    String cleanText() {
        return lastUserText(clean);
    }

    static String lastUserText(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage user) {
                return user.hasSingleText() ? user.singleText() : "";
            }
        }
        return "";
    }

    private static String digest(String task, List<ChatMessage> messages) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(task.getBytes(StandardCharsets.UTF_8));
            for (ChatMessage message : messages) {
                sha.update((byte) 0);
                sha.update(message.type().name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Messages.text(message).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "Item[" + id + ", " + group + ", " + original.size() + " message(s)]";
    }
}
