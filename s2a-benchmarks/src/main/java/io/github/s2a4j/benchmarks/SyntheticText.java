package io.github.s2a4j.benchmarks;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

/**
 * A user's text made of facts, a few opinions and distractors (about one sentence in ten), and a question
 * last, from a fixed seed; with the answers a perfect regeneration model would give for it.
 *
 * @param sentences the sentences, the question last
 * @param removable which sentences a perfect regeneration leaves out (opinions and distractors)
 */
record SyntheticText(List<String> sentences, BitSet removable) {

    private static final String[] NAMES = {"Mary", "Tom", "Ana", "Leo", "Sam", "Ida", "Omar", "Lena", "Kofi", "Yuki"};
    private static final String[] ITEMS = {"apples", "pencils", "tickets", "marbles", "books", "stamps", "coins"};
    private static final String[] PLACES = {"market", "library", "station", "bakery", "museum", "harbour"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

    /** A text of {@code count} sentences, the last a question. */
    static SyntheticText ofSentences(int count, long seed) {
        Random random = new Random(seed);
        List<String> sentences = new ArrayList<>();
        BitSet removable = new BitSet();
        while (sentences.size() < count - 1) {
            addSentence(random, sentences, removable);
        }
        sentences.add(question(random));
        return new SyntheticText(List.copyOf(sentences), removable);
    }

    /** A text of about {@code chars} characters, the last sentence a question. */
    static SyntheticText ofChars(int chars, long seed) {
        Random random = new Random(seed);
        List<String> sentences = new ArrayList<>();
        BitSet removable = new BitSet();
        String question = question(random);
        int length = question.length();
        while (length < chars) {
            addSentence(random, sentences, removable);
            length += sentences.get(sentences.size() - 1).length() + 1;
        }
        sentences.add(question);
        return new SyntheticText(List.copyOf(sentences), removable);
    }

    private static void addSentence(Random random, List<String> sentences, BitSet removable) {
        String name = pick(random, NAMES);
        int roll = random.nextInt(20);
        if (roll == 0 && sentences.size() > 0) {
            removable.set(sentences.size());
            sentences.add("I think the answer is " + (random.nextInt(90) + 10) + ", but I'm really not sure about it.");
        } else if (roll == 1 && sentences.size() > 0) {
            removable.set(sentences.size());
            sentences.add("The shoe size of " + name + "'s brother is " + (random.nextInt(8) + 6) + ".");
        } else if (random.nextBoolean()) {
            sentences.add(name + " bought " + (random.nextInt(40) + 2) + " " + pick(random, ITEMS) + " at the "
                    + pick(random, PLACES) + " on " + pick(random, DAYS) + ".");
        } else {
            sentences.add("On " + pick(random, DAYS) + ", " + name + " gave " + (random.nextInt(9) + 1) + " "
                    + pick(random, ITEMS) + " to " + pick(random, NAMES) + " near the " + pick(random, PLACES) + ".");
        }
    }

    private static String question(Random random) {
        return "How many " + pick(random, ITEMS) + " did " + pick(random, NAMES) + " have at the end of the week?";
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** The text as the user sent it. */
    String text() {
        return String.join(" ", sentences);
    }

    /** The context a perfect regeneration keeps. */
    String keptContext() {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < sentences.size() - 1; i++) {
            if (!removable.get(i)) {
                kept.add(sentences.get(i));
            }
        }
        return String.join(" ", kept);
    }

    String question() {
        return sentences.get(sentences.size() - 1);
    }

    /** What a perfect copying model writes for the paper's unbiased prompt. */
    String copyAnswer() {
        return "Unbiased text context (includes all content except user's bias): " + keptContext()
                + "\n\nQuestion/Query (does not include user bias/preference): " + question();
    }

    /** What a perfect selecting model writes: the kept sentences' numbers, in ranges where asked, and the question's. */
    String selectAnswer(boolean ranges) {
        StringBuilder numbers = new StringBuilder();
        int last = sentences.size() - 1;
        int i = 0;
        while (i < last) {
            if (removable.get(i)) {
                i++;
                continue;
            }
            int end = i;
            while (ranges && end + 1 < last && !removable.get(end + 1)) {
                end++;
            }
            if (numbers.length() > 0) {
                numbers.append(", ");
            }
            numbers.append(i + 1);
            if (end > i) {
                numbers.append('-').append(end + 1);
            }
            i = end + 1;
        }
        return "Context: " + numbers + "\nQuestion: " + (last + 1);
    }
}
