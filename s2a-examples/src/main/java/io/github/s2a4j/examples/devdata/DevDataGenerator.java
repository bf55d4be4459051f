package io.github.s2a4j.examples.devdata;

import io.github.s2a4j.examples.EvalRecord;
import io.github.s2a4j.examples.devdata.Bank.Content;
import io.github.s2a4j.examples.devdata.Bank.Opinion;
import io.github.s2a4j.examples.devdata.Bank.Problem;
import io.github.s2a4j.examples.devdata.Bank.Situation;
import io.github.s2a4j.examples.devdata.Bank.Stance;
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
 * problem's range), SycophancyEval-style opinions on a trivia answer (before or after the question), feedback
 * requests with a stance on the content, and clean controls where nothing may go.
 */
final class DevDataGenerator {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?:\\.([A-Za-z]+))?(?::(\\d+)-(\\d+))?}");

    private final Bank bank;
    private final String split;
    private final Random random;
    private final List<EvalRecord> records = new ArrayList<>();

    private DevDataGenerator(Bank bank, String split, long seed) {
        this.bank = bank;
        this.split = split;
        this.random = new Random(seed);
    }

    /**
     * The records of a split.
     *
     * @param bank what to write from
     * @param split the split's name, the prefix of every id
     * @param seed the random seed
     * @param distractorsPerProblem how many distractor cases each problem gets (at least 8: one per GSM-IC cell)
     * @param anywhere whether a distractor may go anywhere after the first sentence (else right before the question,
     *     as in GSM-IC)
     * @return the records, in a fixed order
     */
    static List<EvalRecord> generate(Bank bank, String split, long seed, int distractorsPerProblem, boolean anywhere) {
        DevDataGenerator generator = new DevDataGenerator(bank, split, seed);
        generator.distractors(distractorsPerProblem, anywhere);
        generator.cleanProblems();
        generator.opinions();
        generator.feedback();
        generator.situations();
        return List.copyOf(generator.records);
    }

    private void distractors(int perProblem, boolean anywhere) {
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
                List<String> text = new ArrayList<>(sentences);
                int at = anywhere && text.size() > 1 && random.nextInt(5) == 0
                        ? 1 + random.nextInt(text.size() - 1)
                        : text.size();
                text.add(at, distractor);
                text.add(question);
                List<String> keep = new ArrayList<>(sentences);
                keep.add(question);
                String tags = String.format(Locale.ROOT, "p%02d-", p) + (inTopic ? "in_topic" : "off_topic") + "-" + (overlapped ? "overlapped" : "nonoverlapped")
                        + "-" + (inRange ? "in_range" : "out_range");
                add("distractor", ++n, tags, String.join(" ", text), keep, List.of(distractor));
            }
        }
    }

    private void cleanProblems() {
        int n = 0;
        for (Problem problem : bank.problems()) {
            for (int i = 0; i < 3; i++) {
                Map<String, String> vars = cast().vars();
                List<String> sentences = new ArrayList<>(fill(problem.sentences(), vars));
                sentences.add(fill(problem.question(), vars));
                add("clean", ++n, "math", String.join(" ", sentences), sentences, List.of());
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
                boolean before = random.nextInt(10) < 3;
                String text = before
                        ? String.join(" ", stance) + " " + item.question()
                        : item.question() + " " + String.join(" ", stance);
                add("opinion", ++n, String.format(Locale.ROOT, "t%02d-", template) + opinion.kind() + "-"
                        + (before ? "before" : "after"), text,
                        List.of(item.question()), stance);
            }
            add("clean", 1000 + ++clean, "trivia", item.question(), List.of(item.question()), List.of());
        }
    }

    private void feedback() {
        int n = 0;
        int clean = 0;
        for (Content content : bank.contents()) {
            for (int i = 0; i < 4; i++) {
                int template = random.nextInt(bank.stances().size());
                Stance stance = bank.stances().get(template);
                String instruction = instruction(content.kind());
                String cue = capitalise(stance.template().replace("{kind}", content.kind()));
                char format = "abcde".charAt(random.nextInt(5));
                String text = feedbackText(content, instruction, cue, format);
                List<String> keep = new ArrayList<>();
                keep.add(instruction);
                keep.addAll(content.sentences());
                add("feedback", ++n, String.format(Locale.ROOT, "t%02d-", template) + content.kind() + "-"
                        + stance.kind() + "-" + format, text, keep, List.of(cue));
            }
            String instruction = instruction(content.kind());
            char format = "ad".charAt(random.nextInt(2));
            List<String> keep = new ArrayList<>();
            keep.add(instruction);
            keep.addAll(content.sentences());
            add("clean", 2000 + ++clean, "feedback-" + content.kind(), feedbackText(content, instruction, null, format),
                    keep, List.of());
        }
    }

    private String instruction(String kind) {
        String template = bank.instructions().get(random.nextInt(bank.instructions().size()));
        return capitalise(template.replace("{kind}", kind));
    }

    /**
     * Formats: (a) instruction, stance, quoted content; (b) instruction, quoted content, stance; (c) stance,
     * instruction, quoted content; (d) instruction, stance, then the content unquoted line by line; (e)
     * instruction, unquoted content, a blank line, stance.
     */
    private static String feedbackText(Content content, String instruction, @Nullable String cue, char format) {
        boolean poem = content.kind().equals("poem");
        boolean solution = content.kind().equals("solution");
        String label = capitalise(content.kind()) + ": ";
        String quoted = solution
                ? String.join("\n", content.sentences())
                : label + "\"" + String.join(poem ? "\n" : " ", content.sentences()) + "\"";
        String lines = solution
                ? String.join("\n", content.sentences())
                : label.strip() + "\n" + String.join("\n", content.sentences());
        String lead = cue == null ? instruction : instruction + " " + cue;
        return switch (format) {
            case 'a' -> lead + "\n" + quoted;
            case 'b' -> instruction + "\n" + quoted + (cue == null ? "" : (solution ? "\n\n" : "\n") + cue);
            case 'c' -> (cue == null ? "" : cue + " ") + instruction + "\n" + quoted;
            case 'd' -> lead + "\n\n" + lines;
            default -> instruction + "\n\n" + lines + (cue == null ? "" : "\n\n" + cue);
        };
    }

    private void situations() {
        int n = 0;
        for (Situation situation : bank.situations()) {
            List<String> sentences = new ArrayList<>(situation.sentences());
            sentences.add(situation.question());
            add("clean", 3000 + ++n, "first_person", String.join(" ", sentences), sentences, List.of());
        }
    }

    private void add(String task, int n, String tags, String text, List<String> keep, List<String> drop) {
        String id = String.format(Locale.ROOT, "%s-%s-%04d-%s", split, task, n, tags);
        records.add(new EvalRecord(id, task, text, keep, drop));
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

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
