package io.github.s2a4j.core.internal;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The user's turn in a chat request: where it is, the text to regenerate, and how to put a regeneration in its
 * place without losing anything else of the message.
 *
 * <p>AiServices appends output-format instructions ({@code "\nYou must answer strictly in the following
 * format: ..."}) to the user's text; they are the developer's, not the user's, so they are split off before
 * regeneration and appended again, intact, to the answering turn.
 *
 * @param index the position of the user message in the request's messages
 * @param message the user message
 * @param text the user's own text: the message's text contents, without format instructions
 * @param formatInstructions the format instructions AiServices appended, or an empty string
 */
public record UserTurn(int index, UserMessage message, String text, String formatInstructions) {

    /** The prefixes of every output-format instruction LangChain4j's AiServices appends. */
    private static final String FORMAT_INSTRUCTIONS_START = "\nYou must ";

    private static final Pattern FORMAT_INSTRUCTIONS =
            Pattern.compile("\\nYou must (?:answer strictly|put every item on a separate line)");

    /**
     * The last user message of a conversation, which is the turn being answered (tool rounds come after it).
     *
     * @param messages the request's messages
     * @return the index of the last user message, or -1 when there is none
     */
    public static int lastUserMessage(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The user turn of a message.
     *
     * @param index where the message is in the request
     * @param message the user message
     * @return its turn
     */
    public static UserTurn of(int index, UserMessage message) {
        List<Content> contents = message.contents();
        String all = contents.size() == 1 && contents.get(0) instanceof TextContent only
                ? only.text()
                : contents.stream()
                        .filter(TextContent.class::isInstance)
                        .map(content -> ((TextContent) content).text())
                        .collect(Collectors.joining("\n"));
        if (!all.contains(FORMAT_INSTRUCTIONS_START)) {
            return new UserTurn(index, message, all, "");
        }
        Matcher matcher = FORMAT_INSTRUCTIONS.matcher(all);
        int split = -1;
        while (matcher.find()) {
            split = matcher.start();
        }
        if (split < 0) {
            return new UserTurn(index, message, all, "");
        }
        return new UserTurn(index, message, all.substring(0, split), all.substring(split));
    }

    /**
     * Whether there is user text to regenerate.
     *
     * @return {@code false} for messages without text (an image alone) or with blank text
     */
    public boolean hasText() {
        return !text.isBlank();
    }

    /**
     * The message with its text replaced: the new text, then the format instructions, in place of the first
     * text content; the other text contents go; images and other contents, the name and the attributes stay.
     *
     * @param newText the text that replaces the user's text
     * @return a new message; this turn's message is not changed
     */
    public UserMessage withText(String newText) {
        List<Content> contents = new ArrayList<>();
        boolean placed = false;
        for (Content content : message.contents()) {
            if (content instanceof TextContent) {
                if (!placed) {
                    contents.add(TextContent.from(newText + formatInstructions));
                    placed = true;
                }
            } else {
                contents.add(content);
            }
        }
        if (!placed) {
            contents.add(0, TextContent.from(newText + formatInstructions));
        }
        return message.toBuilder().contents(contents).build();
    }
}
