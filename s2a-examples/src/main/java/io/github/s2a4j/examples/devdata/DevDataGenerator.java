package io.github.s2a4j.examples.devdata;

import io.github.s2a4j.examples.EvalRecord;
import io.github.s2a4j.examples.devdata.Bank.Content;
import io.github.s2a4j.examples.devdata.Bank.Opinion;
import io.github.s2a4j.examples.devdata.Bank.Problem;
import io.github.s2a4j.examples.devdata.Bank.Situation;
import io.github.s2a4j.examples.devdata.Bank.Stance;
import io.github.s2a4j.examples.devdata.Bank.Topic;
import io.github.s2a4j.examples.devdata.Bank.Trivia;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes one split of the dev data from a {@link Bank} with a fixed seed: GSM-IC-style word problems with one
 * inserted distractor (in-topic or off-topic, the problem's person or someone new, numbers in or out of the
 * problem's range, at any position), SycophancyEval-style opinions on a trivia answer, feedback requests with a
 * stance on the content, retrieved passages judged against a query, and clean controls where nothing may go:
 * clean problems and questions, first-person texts, everyday texts with numbers, products, technical terms,
 * family facts and code, and messages that ask several things.
 *
 * <p>The two splits differ in layout as well as in material ({@link Style}): a held-out text is laid out in ways
 * no train text is, so that the held-out figures measure more than the train layouts.
 */
final class DevDataGenerator {

    /** How a split lays its texts out. */
    enum Style {
        /**
         * One paragraph per text; distractors at any position; opinions before or after the question, some
         * between two questions; feedback in seven layouts (label and quotes, label and lines, an unquoted label on
         * the request's line, unlabelled content after a request or a stance); passages with an unrelated sentence
         * appended.
         */
        TRAIN,
        /**
         * Half of the texts one sentence a line; a request before some word problems; opinions with a prefix, a
         * blank line or a thank-you; feedback in five other layouts (content introduced with a colon, a bare
         * quotation, an inline label over three lines, code, unlabelled content before the stance); passages with
         * an unrelated sentence before or after.
         */
        HELDOUT
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?:\\.([A-Za-z]+))?(?::(\\d+)-(\\d+))?}");

    /** Requests a held-out word problem may start with; never needed to answer it. */
    private static final List<String> PROBLEM_REQUESTS = List.of(
            "Can you help me with this word problem?", "Here is a problem from my daughter's homework.",
            "Please solve the following.", "I'm stuck on this one.");

    private final Bank bank;
    private final String split;
    private final Style style;
    private final Random random;
    private final List<EvalRecord> records = new ArrayList<>();

    private DevDataGenerator(Bank bank, String split, Style style, long seed) {
        this.bank = bank;
        this.split = split;
        this.style = style;
        this.random = new Random(seed);
    }

    /**
     * The records of a split.
     *
     * @param bank what to write from
     * @param split the split's name, the prefix of every id
     * @param style how the split lays its texts out
     * @param seed the random seed
     * @param distractorsPerProblem how many distractor cases each problem gets (at least 8: one per GSM-IC cell)
     * @return the records, in a fixed order
     */
    static List<EvalRecord> generate(Bank bank, String split, Style style, long seed, int distractorsPerProblem) {
        DevDataGenerator generator = new DevDataGenerator(bank, split, style, seed);
        generator.distractors(distractorsPerProblem);
        generator.cleanProblems();
        generator.opinions();
        generator.feedback();
        generator.situations();
        generator.questionSets();
        generator.passages();
        return List.copyOf(generator.records);
    }

    /**
     * Writes only the word problems of a bank: distractor cases and clean problems.
     *
     * @param bank the material; only its names, relations, problems and off-topic distractors are used
     * @param split the id prefix
     * @param style how the split lays its texts out
     * @param seed the random seed
     * @param distractorsPerProblem how many distractor cases each problem gets (at least 8: one per GSM-IC cell)
     * @return the records, distractor cases first
     */
    static List<EvalRecord> generateProblems(Bank bank, String split, Style style, long seed, int distractorsPerProblem) {
        DevDataGenerator generator = new DevDataGenerator(bank, split, style, seed);
        generator.distractors(distractorsPerProblem);
        generator.cleanProblems();
        return List.copyOf(generator.records);
    }

    private void distractors(int perProblem) {
        int n = 0;
        for (int p = 0; p < bank.problems().size(); p++) {
            Problem problem = bank.problems().get(p);
            for (int i = 0; i < perProblem; i++) {
                int cell = i < 8 ? i : random.nextInt(8);
                boolean inTopic = (cell & 1) == 0;
                boolean overlapped = (cell & 2) == 0;
                boolean inRange = (cell & 4) == 0;
                Cast cast = cast();
                Map<String, String> vars = cast.vars();
                List<String> sentences = fill(problem.sentences(), vars);
                String question = fill(problem.question(), vars);
                double[] range = range(vars);
                List<String> templates = (inTopic ? problem.inTopic() : bank.offTopic()).stream()
                        .filter(t -> overlapped || !t.contains("{A}"))
                        .toList();
                String template = templates.get(random.nextInt(templates.size()));
                Map<String, String> distractorVars = new HashMap<>(vars);
                boolean mentionsA = template.contains("{A}");
                distractorVars.put("R", overlapped && !mentionsA
                        ? vars.get("A") + "'s " + bank.relations().get(random.nextInt(bank.relations().size()))
                        : vars.get("X"));
                distractorVars.put("d", number(range, inRange));
                String distractor = fill(template, distractorVars);
                // Anywhere: first, between two sentences, right before the question (GSM-IC), or after it.
                List<String> text = new ArrayList<>(sentences);
                text.add(question);
                int at = random.nextInt(10) == 0 ? text.size() : random.nextInt(text.size());
                text.add(at, distractor);
                List<String> keep = new ArrayList<>(sentences);
                keep.add(question);
                String position = at == 0 ? "first" : at == text.size() - 1 ? "after_question"
                        : at == text.size() - 2 ? "before_question" : "middle";
                String tags = String.format(Locale.ROOT, "p%02d-", p) + (inTopic ? "in_topic" : "off_topic") + "-"
                        + (overlapped ? "overlapped" : "nonoverlapped") + "-" + (inRange ? "in_range" : "out_range")
                        + "-" + position;
                add("distractor", ++n, tags, problemText(text), keep, List.of(distractor));
            }
        }
    }

    /** A word problem's sentences as one text: one paragraph, or in the held-out style maybe one a line after a request. */
    private String problemText(List<String> sentences) {
        if (style == Style.TRAIN) {
            return String.join(" ", sentences);
        }
        String request = random.nextInt(4) == 0
                ? PROBLEM_REQUESTS.get(random.nextInt(PROBLEM_REQUESTS.size())) + "\n"
                : "";
        return request + String.join(random.nextBoolean() ? "\n" : " ", sentences);
    }

    private void cleanProblems() {
        int n = 0;
        for (Problem problem : bank.problems()) {
            for (int i = 0; i < 3; i++) {
                Map<String, String> vars = cast().vars();
                List<String> sentences = new ArrayList<>(fill(problem.sentences(), vars));
                sentences.add(fill(problem.question(), vars));
                add("clean", ++n, "math", problemText(sentences), sentences, List.of());
            }
        }
    }

    private void opinions() {
        int n = 0;
        int clean = 0;
        List<Trivia> trivia = bank.trivia();
        for (int t = 0; t < trivia.size(); t++) {
            Trivia item = trivia.get(t);
            for (int i = 0; i < 2; i++) {
                int template = random.nextInt(bank.opinions().size());
                Opinion opinion = bank.opinions().get(template);
                List<String> stance = Arrays.stream(opinion.template().split("\\|"))
                        .map(s -> capitalise(s.replace("{I}", item.wrong()).replace("{C}", item.correct())))
                        .toList();
                String joined = String.join(" ", stance);
                List<String> keep = new ArrayList<>(List.of(item.question()));
                String layout;
                String text;
                int choice = random.nextInt(10);
                if (style == Style.TRAIN) {
                    if (choice < 3) {
                        layout = "before";
                        text = joined + " " + item.question();
                    } else if (choice < 9) {
                        layout = "after";
                        text = item.question() + " " + joined;
                    } else {
                        // A second question after the stance on the first: both must stay.
                        String other = trivia.get((t + 1 + random.nextInt(trivia.size() - 1)) % trivia.size()).question();
                        layout = "between_questions";
                        text = item.question() + " " + joined + " " + "Also, " + uncapitalise(other);
                        keep.add(uncapitalise(other));
                    }
                } else if (choice < 3) {
                    layout = "prefix";
                    text = "Quick question: " + item.question() + " " + joined;
                } else if (choice < 5) {
                    layout = "paragraph";
                    text = item.question() + "\n\n" + joined;
                } else if (choice < 7) {
                    layout = "thanks";
                    text = item.question() + " " + joined + " Thanks!";
                } else {
                    layout = "before";
                    text = joined + "\n" + item.question();
                }
                add("opinion", ++n, String.format(Locale.ROOT, "t%02d-", template) + opinion.kind() + "-" + layout, text,
                        keep, stance);
            }
            add("clean", 1000 + ++clean, "trivia", item.question(), List.of(item.question()), List.of());
        }
    }

    private void feedback() {
        int n = 0;
        int clean = 0;
        String formats = style == Style.TRAIN ? "abcdefg" : "hijkl";
        for (Content content : bank.contents()) {
            for (int i = 0; i < 4; i++) {
                int template = random.nextInt(bank.stances().size());
                Stance stance = bank.stances().get(template);
                String instruction = instruction(content.kind());
                String cue = capitalise(stance.template().replace("{kind}", content.kind()));
                char format = formats.charAt(random.nextInt(formats.length()));
                String text = feedbackText(content, instruction, cue, format);
                List<String> keep = new ArrayList<>();
                keep.add(instruction);
                keep.addAll(content.sentences());
                add("feedback", ++n, String.format(Locale.ROOT, "t%02d-", template) + content.kind() + "-"
                        + stance.kind() + "-" + format, text, keep, List.of(cue));
            }
            String instruction = instruction(content.kind());
            char format = formats.charAt(random.nextInt(formats.length()));
            List<String> keep = new ArrayList<>();
            keep.add(instruction);
            keep.addAll(content.sentences());
            add("clean", 2000 + ++clean, "feedback-" + content.kind() + "-" + format,
                    feedbackText(content, instruction, null, format), keep, List.of());
        }
    }

    private String instruction(String kind) {
        String template = bank.instructions().get(random.nextInt(bank.instructions().size()));
        return capitalise(template.replace("{kind}", kind));
    }

    /**
     * Train formats: (a) instruction, stance, labelled quoted content; (b) instruction, labelled quoted content,
     * stance; (c) stance, instruction, labelled quoted content; (d) instruction, stance, then the label and the
     * content line by line; (e) instruction, label and content line by line, a blank line, stance; (f) the label
     * and the content unquoted on one line, then the stance and the instruction on the same line; (g) instruction
     * and stance, a blank line, the content without a label.
     *
     * <p>Held-out formats: (h) the content introduced by "Here is the kind:" line by line, a blank line, stance
     * and instruction; (i) instruction, a blank line, unlabelled content, a blank line, stance; (j) the label and
     * the content unquoted, then the stance and the instruction each on its own line; (k) stance and instruction,
     * then the content in quotes without a label; (l) stance, a blank line, unlabelled content, a blank line,
     * instruction.
     *
     * <p>Code is never quoted or labelled: it stands on its own lines.
     */
    static String feedbackText(Content content, String instruction, @Nullable String cue, char format) {
        boolean lined = content.kind().equals("poem") || content.kind().equals("code");
        boolean solution = content.kind().equals("solution");
        boolean code = content.kind().equals("code");
        String label = capitalise(content.kind()) + ": ";
        String bare = String.join(lined || solution ? "\n" : " ", content.sentences());
        String lines = String.join("\n", content.sentences());
        String quoted = solution || code ? lines : label + "\"" + bare + "\"";
        String labelledLines = solution || code ? lines : label.strip() + "\n" + lines;
        String inline = solution || code || lined ? labelledLines : label + bare;
        String lead = cue == null ? instruction : instruction + " " + cue;
        String cueFirst = cue == null ? instruction : cue + " " + instruction;
        return switch (format) {
            case 'a' -> lead + "\n" + quoted;
            case 'b' -> instruction + "\n" + quoted + (cue == null ? "" : (solution || code ? "\n\n" : "\n") + cue);
            case 'c' -> cueFirst + "\n" + quoted;
            case 'd' -> lead + "\n\n" + labelledLines;
            case 'e' -> instruction + "\n\n" + labelledLines + (cue == null ? "" : "\n\n" + cue);
            case 'f' -> inline + (lined || solution || code ? "\n\n" : " ") + (cue == null ? "" : cue + " ") + instruction;
            case 'g' -> lead + "\n\n" + lines;
            case 'h' -> "Here is the " + content.kind() + ":\n" + lines + "\n\n" + cueFirst;
            case 'i' -> instruction + "\n\n" + lines + (cue == null ? "" : "\n\n" + cue);
            case 'j' -> inline + "\n" + (cue == null ? "" : cue + "\n") + instruction;
            case 'k' -> cueFirst + "\n" + (solution || code ? lines : "\"" + bare + "\"");
            default -> (cue == null ? "" : cue + "\n\n") + lines + "\n\n" + instruction;
        };
    }

    private void situations() {
        int n = 0;
        for (Situation situation : bank.situations()) {
            add("clean", 3000 + ++n, "first_person", situationText(situation), keep(situation), List.of());
        }
        n = 0;
        for (Situation control : bank.controls()) {
            add("clean", 4000 + ++n, "everyday", situationText(control), keep(control), List.of());
        }
    }

    private String situationText(Situation situation) {
        List<String> sentences = keep(situation);
        String separator = style == Style.HELDOUT && random.nextBoolean() ? "\n" : " ";
        return String.join(separator, sentences);
    }

    private static List<String> keep(Situation situation) {
        List<String> sentences = new ArrayList<>(situation.sentences());
        sentences.add(situation.question());
        return sentences;
    }

    private void questionSets() {
        int n = 0;
        for (List<String> questions : bank.questionSets()) {
            String separator = style == Style.HELDOUT && random.nextBoolean() ? "\n" : " ";
            add("clean", 5000 + ++n, "questions", String.join(separator, questions), questions, List.of());
        }
    }

    /**
     * Retrieved passages judged against their topic's query: the answer (nothing may go), the answer with a
     * sentence of another topic beside it (that sentence goes), each lookalike and another topic's answer (the
     * whole passage goes).
     */
    private void passages() {
        int n = 0;
        List<Topic> topics = bank.topics();
        for (int t = 0; t < topics.size(); t++) {
            Topic topic = topics.get(t);
            String answer = String.join(" ", topic.answer());
            add("rag", ++n, "answer", answer, topic.answer(), List.of(), topic.query());
            Topic other = topics.get((t + 1 + random.nextInt(topics.size() - 1)) % topics.size());
            String stray = other.answer().get(0);
            boolean before = style == Style.HELDOUT && random.nextBoolean();
            add("rag", ++n, before ? "stray_before" : "stray_after", before ? stray + " " + answer : answer + " " + stray,
                    topic.answer(), List.of(stray), topic.query());
            if (style == Style.TRAIN) {
                // A second stray sentence, from another topic's lookalikes, before the answer.
                Topic third = topics.get((t + 1 + random.nextInt(topics.size() - 1)) % topics.size());
                String lookalike = third.lookalikes().get(random.nextInt(third.lookalikes().size()));
                add("rag", ++n, "stray_before", lookalike + " " + answer, topic.answer(), List.of(lookalike),
                        topic.query());
            }
            for (String lookalike : topic.lookalikes()) {
                add("rag", ++n, "lookalike", lookalike, List.of(), List.of(lookalike), topic.query());
            }
            String unrelated = String.join(" ", other.answer());
            add("rag", ++n, "other_topic", unrelated, List.of(), List.of(unrelated), topic.query());
        }
    }

    private void add(String task, int n, String tags, String text, List<String> keep, List<String> drop) {
        add(task, n, tags, text, keep, drop, null);
    }

    private void add(String task, int n, String tags, String text, List<String> keep, List<String> drop,
            @Nullable String query) {
        String id = String.format(Locale.ROOT, "%s-%s-%04d-%s", split, task, n, tags);
        records.add(new EvalRecord(id, task, text, keep, drop, query));
    }

    /** The people of one case: A (the problem's person), B (another) and X (someone new), with A's pronouns. */
    private record Cast(Map<String, String> vars) {}

    private Cast cast() {
        boolean woman = random.nextBoolean();
        List<String> pool = woman ? bank.women() : bank.men();
        String a = pool.get(random.nextInt(pool.size()));
        List<String> everyone = new ArrayList<>(bank.women());
        everyone.addAll(bank.men());
        everyone.remove(a);
        String b = everyone.remove(random.nextInt(everyone.size()));
        String x = everyone.get(random.nextInt(everyone.size()));
        Map<String, String> vars = new HashMap<>();
        vars.put("A", a);
        vars.put("B", b);
        vars.put("X", x);
        vars.put("A.he", woman ? "she" : "he");
        vars.put("A.him", woman ? "her" : "him");
        vars.put("A.his", woman ? "her" : "his");
        return new Cast(vars);
    }

    /** Fills placeholders; a number placeholder with a range draws its value once per case. */
    private String fill(String template, Map<String, String> vars) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String attribute = matcher.group(2);
            String value;
            if (attribute != null) {
                value = vars.get(name + "." + attribute.toLowerCase(Locale.ROOT));
                if (value != null && Character.isUpperCase(attribute.charAt(0))) {
                    value = capitalise(value);
                }
            } else if (matcher.group(3) != null) {
                value = vars.get(name);
                if (value == null) {
                    int lo = Integer.parseInt(matcher.group(3));
                    int hi = Integer.parseInt(matcher.group(4));
                    value = String.valueOf(lo + random.nextInt(hi - lo + 1));
                    vars.put(name, value);
                    vars.merge("numbers", value, (a, b) -> a + "," + b);
                }
            } else {
                value = vars.get(name);
            }
            if (value == null) {
                throw new IllegalArgumentException("no value for " + matcher.group() + " in " + template);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return capitalise(out.toString());
    }

    private List<String> fill(List<String> templates, Map<String, String> vars) {
        return templates.stream().map(t -> fill(t, vars)).toList();
    }

    private static double[] range(Map<String, String> vars) {
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (String number : vars.getOrDefault("numbers", "10").split(",", -1)) {
            double value = Double.parseDouble(number);
            lo = Math.min(lo, value);
            hi = Math.max(hi, value);
        }
        return new double[] {lo, hi};
    }

    /** A number in the problem's range, or far above it (GSM-IC's out-of-range numbers). */
    private String number(double[] range, boolean inRange) {
        int lo = (int) Math.max(2, range[0]);
        int hi = (int) Math.max(lo + 1, range[1]);
        if (inRange) {
            return String.valueOf(lo + random.nextInt(hi - lo + 1));
        }
        long big = (long) hi * (20 + random.nextInt(181));
        long scale = (long) Math.pow(10, Math.max(0, String.valueOf(big).length() - 2));
        return String.valueOf(Math.max(1, big / scale) * scale);
    }

    /** The text with its first letter in upper case. */
    /**
     * Adds a clean case, with the id "{split}-clean-NNNN-group", every sentence to keep.
     *
     * @return the number of the case added
     */
    static int addClean(String split, int n, String group, String text, List<String> sentences,
            List<EvalRecord> records) {
        String id = String.format(Locale.ROOT, "%s-clean-%04d-%s", split, n + 1, group);
        records.add(new EvalRecord(id, "clean", text, sentences, List.of(), null));
        return n + 1;
    }

    /** The sentences on one line or one a line, as the random draw says. */
    static String joinLines(List<String> sentences, Random random) {
        return String.join(random.nextBoolean() ? " " : "\n", sentences);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Lower-cases the first letter, unless the first word is a name or an acronym ("Which", not "Jane"). */
    private static String uncapitalise(String text) {
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        boolean questionWord = first.matches("(?i)(what|which|who|whom|whose|where|when|why|how|in|on|at|name|tell)");
        return questionWord ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }
}
