package io.github.s2a4j.examples.bench;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.S2AException;
import io.github.s2a4j.core.S2AListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs every method on every item, {@code concurrency} answers at a time, writing each scored answer to the
 * results log as it comes. Answers the log already holds for this model are not asked again; answers that lack
 * a score (a judge that failed or said nothing readable) are only scored again. An answer whose model call fails
 * for good is left out, so that a rerun asks again; a failure that every call would share (a wrong key, an
 * unknown model, a server that cannot be reached) stops the run.
 */
final class Bench {

    /**
     * A task and the items of it to run.
     *
     * @param task the task
     * @param items its items, in the order to run them
     * @param <G> the task's kind of gold
     */
    record Plan<G>(Task<G> task, List<Item<G>> items) {}

    /**
     * What a run did.
     *
     * @param results every answer of the planned items and methods: earlier runs' and this one's
     * @param resumed answers taken from earlier runs
     * @param failed answers that failed in this run
     * @param fatal the failure that stopped the run, or null
     */
    record Outcome(List<Result> results, int resumed, int failed, @Nullable Throwable fatal) {}

    private final ChatModel model;
    private final String modelId;
    private final Supplier<EmbeddingModel> embeddingModel;
    private final int concurrency;
    private final PrintWriter err;
    private final BiFunction<Integer, Integer, Progress> progressFactory;

    /**
     * A bench.
     *
     * @param model the model under test, already retrying and rate-limited
     * @param modelId how results name it; results of other models in the log are ignored
     * @param embeddingModel for regenerators that need one
     * @param concurrency answers at a time
     * @param err where failures are reported
     * @param progressFactory a progress bar for a run of n answers (the first argument), of which some (the
     *     second) were resumed
     */
    Bench(ChatModel model, String modelId, Supplier<EmbeddingModel> embeddingModel, int concurrency,
            PrintWriter err, BiFunction<Integer, Integer, Progress> progressFactory) {
        this.model = requireNonNull(model, "model");
        this.modelId = requireNonNull(modelId, "modelId");
        this.embeddingModel = requireNonNull(embeddingModel, "embeddingModel");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.concurrency = concurrency;
        this.err = requireNonNull(err, "err");
        this.progressFactory = requireNonNull(progressFactory, "progressFactory");
    }

    /** Runs the plans with these methods, reading and appending the log. */
    Outcome run(List<Plan<?>> plans, List<Method> methods, ResultsLog log) throws InterruptedException {
        List<Job<?>> jobs = new ArrayList<>();
        Map<String, Result> results = new ConcurrentHashMap<>();
        List<String> order = new ArrayList<>();
        int resumed = 0;
        int otherModel = 0;
        for (Plan<?> plan : plans) {
            for (Job<?> job : jobs(plan, methods)) {
                order.add(job.key());
                Result previous = log.previous().get(job.key());
                if (previous != null && !previous.model().equals(modelId)) {
                    otherModel++;
                    previous = null;
                }
                if (previous != null && job.complete(previous)) {
                    results.put(job.key(), previous);
                    resumed++;
                } else {
                    job.previous = previous;
                    jobs.add(job);
                }
            }
        }
        if (otherModel > 0) {
            err.println("Ignoring " + otherModel + " results in " + log.file() + " from another model; use one "
                    + "results file per model.");
        }
        if (resumed > 0) {
            err.println("Resuming: " + resumed + " of " + order.size() + " answers are already in " + log.file()
                    + ".");
        }
        Progress progress = progressFactory.apply(order.size(), resumed);
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<@Nullable Throwable> fatal = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, threads());
        try {
            for (Job<?> job : jobs) {
                pool.execute(() -> {
                    if (fatal.get() != null) {
                        return;
                    }
                    boolean ok = false;
                    try {
                        Result result = job.run();
                        log.append(result);
                        results.put(job.key(), result);
                        ok = job.complete(result);
                        if (!ok) {
                            failed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        fatal.compareAndSet(null, new UncheckedIOException("cannot write " + log.file(), e));
                    } catch (RuntimeException e) {
                        if (Failures.isFatal(e)) {
                            fatal.compareAndSet(null, e);
                        } else {
                            failed.incrementAndGet();
                            synchronized (err) {
                                err.println();
                                err.println(job + " failed: " + Failures.describe(e));
                            }
                        }
                    }
                    progress.step(ok);
                });
            }
        } finally {
            pool.shutdown();
        }
        if (!pool.awaitTermination(365, TimeUnit.DAYS)) {
            throw new IllegalStateException("the bench did not finish");
        }
        progress.finish();
        List<Result> ordered = new ArrayList<>();
        for (String key : order) {
            Result result = results.get(key);
            if (result != null) {
                ordered.add(result);
            }
        }
        return new Outcome(Collections.unmodifiableList(ordered), resumed, failed.get(), fatal.get());
    }

    private <G> List<Job<G>> jobs(Plan<G> plan, List<Method> methods) {
        List<Job<G>> jobs = new ArrayList<>();
        for (Item<G> item : plan.items()) {
            for (Method method : methods) {
                jobs.add(new Job<>(plan.task(), item, method));
            }
        }
        return jobs;
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "bench-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One method on one item. */
    private final class Job<G> {

        private final Task<G> task;
        private final Item<G> item;
        private final Method method;
        private @Nullable Result previous;

        Job(Task<G> task, Item<G> item, Method method) {
            this.task = task;
            this.item = item;
            this.method = method;
        }

        String key() {
            return Result.key(task.name(), item.id(), method.name());
        }

        /** Whether a result has every score of the task. */
        boolean complete(Result result) {
            return task.metrics().stream().allMatch(m -> result.scores().values().containsKey(m.key()));
        }

        /** Answers (unless an earlier run did) and scores. */
        Result run() {
            Result answered = previous != null ? previous : answer();
            try {
                return answered.withScores(task.score(item, answered.response()));
            } catch (RuntimeException e) {
                if (Failures.isFatal(e) || previous != null) {
                    throw e;
                }
                // Keep the answer: a rerun only scores it again.
                err.println();
                err.println(this + ": scoring failed: " + Failures.describe(e));
                return answered.withScores(new Scores(Map.of(), Map.of("scoring_error", Failures.describe(e))));
            }
        }

        private Result answer() {
            MeteredChatModel meter = new MeteredChatModel(model);
            Watch watch = new Watch();
            ChatModel answering = method.answering(new Regenerators(meter, task.preset(), embeddingModel), watch);
            ChatResponse response = answering.chat(ChatRequest.builder()
                    .messages(item.messages(method.prompt(), task.instruction()))
                    .build());
            RuntimeException regenerationFailure = watch.callFailure;
            if (regenerationFailure != null) {
                // S2A fell back because the regeneration call failed, not because its answer was unusable:
                // that is the model's failure, to be retried, not a result of S2A.
                throw regenerationFailure;
            }
            AiMessage message = response.aiMessage();
            String text = message == null || message.text() == null ? "" : message.text();
            return new Result(task.name(), item.group(), item.id(), method.name(), modelId, text, watch.regenerated,
                    watch.fallback, new Scores(Map.of(), Map.of()), meter.usage());
        }

        @Override
        public String toString() {
            return method.name() + " on " + task.name() + " item " + item.id();
        }
    }

    /** What S2A did with one answer. Called on the answering thread, before the answering call. */
    private static final class Watch implements S2AListener {

        private volatile @Nullable String regenerated;
        private volatile @Nullable String fallback;
        private volatile @Nullable RuntimeException callFailure;

        @Override
        public void onRegenerated(RegeneratedContext context) {
            regenerated = context.text();
        }

        @Override
        public void onFallback(String originalText, S2AException reason) {
            fallback = reason.getMessage();
            if (reason.getCause() instanceof RuntimeException failure) {
                callFailure = failure;
            }
        }
    }
}
