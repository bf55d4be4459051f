package io.github.s2a4j.examples.devdata;

import io.github.s2a4j.examples.EvalRecord;
import io.github.s2a4j.examples.devdata.DevDataGenerator.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code s2a devdata}: writes the dev data with fixed seeds. Running it again writes the same bytes.
 * {@code train.jsonl} comes from {@link TrainBank}, {@link FormerHeldoutBank} and {@link ProblemBank} in the train
 * layouts, and from {@link StatementOpinions}, {@link StanceParaphrases} and {@link StanceContrasts}; {@code
 * heldout.jsonl} from {@link HeldoutBank} in the held-out layouts (see {@link DevDataGenerator.Style}); two check
 * sets that are not fitted on: {@code chat.jsonl} from {@link ChatStances}, {@code hand.jsonl} from {@link
 * HandWrittenStances} and {@link FeedbackRequests}.
 */
@Command(
        name = "devdata",
        hidden = true,
        mixinStandardHelpOptions = true,
        description = "Writes the dev data (train.jsonl, heldout.jsonl, chat.jsonl, hand.jsonl) with fixed seeds.")
public final class DevDataCommand implements Callable<Integer> {

    /** The seeds; changing one changes the data the weights were fitted on. */
    static final long TRAIN_SEED = 20231120L;

    static final long HELDOUT_SEED = 20231121L;

    static final long FORMER_HELDOUT_SEED = 20231122L;

    static final long STATEMENT_SEED = 20231123L;

    static final long PROBLEM_SEED = 20231123L;

    static final long STANCE_SEED = 20231124L;

    static final long CHAT_SEED = 20231125L;

    static final long CONTRAST_SEED = 20231126L;

    /** The id prefix of the train records written from {@link ProblemBank}: word problems only. */
    public static final String PROBLEM_SPLIT = "train3";

    /** The id prefix of the train records written by {@link StatementOpinions}. */
    static final String STATEMENT_SPLIT = "train4";

    /** The id prefix of the train records written by {@link StanceParaphrases}. */
    static final String STANCE_SPLIT = "train5";

    /** The id prefix of the train records written by {@link StanceContrasts}. */
    static final String CONTRAST_SPLIT = "train7";

    /** The id prefix of the check records written by {@link HandWrittenStances}. */
    static final String HAND_SPLIT = "hand";

    /** The id prefix of the check records written by {@link FeedbackRequests}. */
    static final String FEEDBACK_SPLIT = "hand2";

    /** The check file of {@link HandWrittenStances} and {@link FeedbackRequests}. */
    static final String HAND_FILE = "hand";

    /** The id prefix of the check records written by {@link ChatStances}. */
    static final String CHAT_SPLIT = "chat";

    @Option(names = "--out", defaultValue = "s2a-examples/data", description = "Folder to write to (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("s2a-examples/data");

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        List<EvalRecord> train = new ArrayList<>(
                DevDataGenerator.generate(TrainBank.bank(), "train", Style.TRAIN, TRAIN_SEED, 12));
        train.addAll(DevDataGenerator.generate(FormerHeldoutBank.bank(), "train2", Style.TRAIN, FORMER_HELDOUT_SEED, 10));
        train.addAll(StatementOpinions.generate(STATEMENT_SPLIT, STATEMENT_SEED));
        train.addAll(DevDataGenerator.generateProblems(ProblemBank.bank(), PROBLEM_SPLIT, Style.TRAIN, PROBLEM_SEED, 12));
        // Last, so that the records before keep their places (and their folds in calibrate).
        train.addAll(StanceParaphrases.generate(STANCE_SPLIT, STANCE_SEED));
        train.addAll(StanceContrasts.generate(CONTRAST_SPLIT, CONTRAST_SEED));
        write("train", train);
        write("heldout", DevDataGenerator.generate(HeldoutBank.bank(), "heldout", Style.HELDOUT, HELDOUT_SEED, 10));
        // Chat-style stances (computed answers, informal text, suggestive questions) and clean texts that share
        // their words, not fitted on: fitted on, its clean texts cost the ordinary stances more recall than its
        // stances gained (README, "Local regeneration").
        write(CHAT_SPLIT, ChatStances.generate(CHAT_SPLIT, CHAT_SEED));
        // Messages written one by one, not from templates: fitted on, their hard clean texts raised the stance
        // threshold from 0.71 to 0.84 and cost every other set recall, so they are a check too.
        List<EvalRecord> hand = new ArrayList<>(HandWrittenStances.generate(HAND_SPLIT));
        hand.addAll(FeedbackRequests.generate(FEEDBACK_SPLIT));
        write(HAND_FILE, hand);
        return 0;
    }

    private void write(String split, List<EvalRecord> records) throws IOException {
        Path file = out.resolve(split + ".jsonl");
        StringBuilder lines = new StringBuilder();
        Map<String, Integer> tasks = new TreeMap<>();
        for (EvalRecord record : records) {
            lines.append(record.toJson()).append('\n');
            tasks.merge(record.task(), 1, Integer::sum);
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        PrintWriter err = spec.commandLine().getErr();
        err.println("devdata: " + file + ": " + records.size() + " records " + tasks);
        err.flush();
    }
}
