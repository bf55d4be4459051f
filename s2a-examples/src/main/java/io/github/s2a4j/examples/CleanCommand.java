package io.github.s2a4j.examples;

import io.github.s2a4j.core.AnswerPrompt;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.LocalRegenerator;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.RegenerationRequest;
import io.github.s2a4j.core.SentenceDecision;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code s2a clean}: the user's text on stdin, the locally regenerated text (context, blank line, question) on
 * stdout, for pipes: {@code echo "..." | java -jar s2a.jar clean}.
 */
@Command(
        name = "clean",
        mixinStandardHelpOptions = true,
        description = {
            "Reads a text on stdin and writes it regenerated locally (no LLM call) on stdout: the user's opinions and "
                    + "the sentences irrelevant to the question left out.",
            "Example: echo \"What is 7 x 6? I think it's 48.\" | java -jar s2a.jar clean"
        })
final class CleanCommand implements Callable<Integer> {

    @Option(names = "--prompt", description = "Write the whole step-2 prompt (the regenerated text, then "
            + "\"" + AnswerPrompt.UNBIASED_INSTRUCTION + "\").")
    boolean prompt;

    @Option(names = "--explain", description = "Write every sentence's decision and scores to stderr.")
    boolean explain;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    private final InputStream in;

    CleanCommand() {
        this(System.in);
    }

    CleanCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (text.isBlank()) {
            err.println("clean: no text on stdin");
            err.flush();
            return 2;
        }
        LocalRegenerator local = ContextRegenerator.local(Embeddings.inProcess());
        LocalRegenerator.Explained explained = local.regenerateAndExplain(RegenerationRequest.of(text));
        RegeneratedContext regenerated = explained.regenerated();
        if (explain) {
            for (SentenceDecision decision : explained.decisions()) {
                err.printf(Locale.ROOT, "%-10s %s%n    %s%n", decision.verdict(), decision.sentence().replace("\n", " "),
                        decision.reason());
            }
            err.flush();
        }
        out.println(prompt ? AnswerPrompt.instructed().render(regenerated) : regenerated.text());
        out.flush();
        return 0;
    }
}
