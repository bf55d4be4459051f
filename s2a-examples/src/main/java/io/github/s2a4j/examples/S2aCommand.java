package io.github.s2a4j.examples;

import io.github.s2a4j.examples.bench.BenchCommand;
import io.github.s2a4j.examples.devdata.DevDataCommand;
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
        System.exit(new CommandLine(new S2aCommand()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
