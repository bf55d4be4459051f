package io.github.s2a4j.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a good regeneration model would write for a user's text, for scripting fake models. */
public final class Regenerations {

    /** A sentence that voices the user's opinion: what a model following the paper's prompt leaves out. */
    private static final Pattern OPINION = Pattern.compile(
            "(?i)\\bI (?:don't |do not |really )?(?:think|believe|like|dislike|wrote|guess)\\b|\\bnot sure\\b");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private Regenerations() {}

    /** The paper's unbiased preset answered well: opinions gone, labelled context and question. */
    public static String unbiased(String userText) {
        List<String> kept = new ArrayList<>();
        String question = "";
        for (String sentence : SENTENCE_END.split(userText.strip(), -1)) {
            if (OPINION.matcher(sentence).find()) {
                continue;
            }
            if (sentence.endsWith("?")) {
                question = sentence;
            } else {
                kept.add(sentence);
            }
        }
        return "Unbiased text context (includes all content except user's bias): " + String.join(" ", kept)
                + "\n\nQuestion/Query (does not include user bias/preference): " + question;
    }
}
