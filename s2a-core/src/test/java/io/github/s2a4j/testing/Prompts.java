package io.github.s2a4j.testing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the delimited blocks of regeneration prompts, for assertions on what a prompt says. */
public final class Prompts {

    private static final Pattern BLOCK =
            Pattern.compile("<<<BEGIN (TEXT|QUERY) ([0-9a-f]{8})>>>\\n(.*?)\\n<<<END \\1 \\2>>>", Pattern.DOTALL);

    private Prompts() {}

    /**
     * The prompt with each delimited block replaced by its content alone, as the paper writes its prompts; fails
     * if a block's content contains its own tag, which would let it forge the end marker.
     */
    public static String bare(String prompt) {
        Matcher block = BLOCK.matcher(prompt);
        StringBuilder bare = new StringBuilder();
        while (block.find()) {
            String tag = block.group(2);
            if (block.group(3).toLowerCase(Locale.ROOT).contains(tag)) {
                throw new AssertionError("the block's text contains its tag " + tag);
            }
            block.appendReplacement(bare, Matcher.quoteReplacement(block.group(3)));
        }
        block.appendTail(bare);
        return bare.toString();
    }

    /** The number of delimited blocks in a prompt. */
    public static int blocks(String prompt) {
        return (int) BLOCK.matcher(prompt).results().count();
    }
}
