package io.github.s2a4j.examples.bench;

import io.github.s2a4j.core.AnswerPrompt;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.RegenerationPrompt;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The methods the bench compares, in the order of the tables. Each is one line; an S2A method is a name, a
 * description, how its {@code ContextRegenerator} is built from the {@link Regenerators} of an answer, and its
 * {@code AnswerPrompt}.
 */
final class Methods {

    static final List<Method> ALL = List.of(
            Method.prompt("baseline", "the original prompt, opinion or distractor included", Prompt.ORIGINAL),
            Method.prompt("oracle", "the clean prompt: without the opinion or distractor", Prompt.CLEAN),
            Method.prompt("instructed", "the original prompt and the task's instruction (\"Answer in an "
                    + "unbiased way.\"), no regeneration", Prompt.INSTRUCTED),
            Method.s2a("s2a", "S2A: the paper's preset for the task, instructed answer",
                    r -> r.llm(r.preset()), AnswerPrompt.instructed()),
            Method.s2a("s2a-single", "S2A with one rewrite and no context/question split (Fig. 12)",
                    r -> r.llm(RegenerationPrompt.SINGLE), AnswerPrompt.instructed()),
            Method.s2a("s2a-keeporig", "S2A answering with the original text beside the regeneration (Fig. 14)",
                    r -> r.llm(r.preset()), AnswerPrompt.keepOriginal()),
            Method.s2a("s2a-ni", "S2A without the instruction in the answering prompt",
                    r -> r.llm(r.preset()), AnswerPrompt.notInstructed()),
            Method.s2a("s2a-selecting", "S2A selecting the sentences to keep by number, rebuilt verbatim",
                    Regenerators::selecting, AnswerPrompt.instructed()),
            Method.s2a("s2a-local", "S2A regenerating locally with sentence embeddings (no LLM call)",
                    Regenerators::local, AnswerPrompt.instructed()),
            Method.s2a("s2a-gated", "S2A regenerating with the model only where the local regenerator finds "
                    + "something to remove", r -> ContextRegenerator.gated(r.local(), r.llm(r.preset())),
                    AnswerPrompt.instructed()));

    private Methods() {}

    /** The names of all methods, for the command's help. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ALL.stream().map(Method::name).iterator();
        }
    }

    /**
     * The methods of these names, in the registry's order.
     *
     * @throws IllegalArgumentException naming the unknown method and the known ones
     */
    static List<Method> named(List<String> names) {
        Map<String, Method> byName = new LinkedHashMap<>();
        ALL.forEach(method -> byName.put(method.name(), method));
        for (String name : names) {
            if (!byName.containsKey(name)) {
                throw new IllegalArgumentException(
                        "unknown method \"" + name + "\"; the methods are " + String.join(", ", byName.keySet()));
            }
        }
        List<Method> chosen = new ArrayList<>();
        for (Method method : ALL) {
            if (names.contains(method.name())) {
                chosen.add(method);
            }
        }
        return List.copyOf(chosen);
    }
}
