package io.github.s2a4j.examples;

import io.github.s2a4j.examples.bench.BenchCommand;
import io.github.s2a4j.examples.devdata.DevDataCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar s2a.jar <command>}: the entry point of the examples jar. Each command is a class of its own,
 * registered in {@code subcommands}.
 */
@Command(
        name = "s2a",
        mixinStandardHelpOptions = true,
        version = "s2a 0.1.0-SNAPSHOT",
        description = "System 2 Attention for LangChain4j: demo, clean, eval, bench.",
        subcommands = {
            CommandLine.HelpCommand.class,
            DemoCommand.class,
            CleanCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            SpeedCommand.class,
            CalibrateCommand.class,
            DevDataCommand.class
        })
public final class S2aCommand implements Runnable {

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs a command and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line as {@link #main} runs it: output in UTF-8 whatever the platform's charset (the C locale of
     * containers would print "caf?"), and files that cannot be read reported in one line with exit status 2, as
     * for any other misuse, instead of a stack trace.
     *
     * @return the command line
     */
    static CommandLine commandLine() {
        return new CommandLine(new S2aCommand())
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
                .setExecutionExceptionHandler(S2aCommand::unreadableFile);
    }

    private static int unreadableFile(Exception e, CommandLine command, CommandLine.ParseResult parsed)
            throws Exception {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (!(cause instanceof IOException)) {
            throw e;
        }
        String what = cause instanceof NoSuchFileException missing
                ? "no such file: " + missing.getFile() + " (pass its path, or run from the repository root)"
                : e.getMessage();
        command.getErr().println(command.getCommandName() + ": " + what);
        command.getErr().flush();
        return 2;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
