package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import io.github.s2a4j.testing.Prompts;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a user sees when something goes wrong, for each regenerator and both decorators: every row is a fault
 * of the regeneration model (or the embedding model, or the answering model), and the outcome the javadoc
 * promises for it: the original request answered ({@link Outcome#FALLBACK}), an {@link S2AException} to the
 * caller ({@link Outcome#FAILURE}), a defined regeneration ({@link Outcome#REGENERATED}), or the answering
 * model's own exception, unchanged ({@link Outcome#ANSWER_ERROR}). Each row also checks that the listener was
 * told, and that the caller's request was not changed.
 */
final class FaultMatrixTest {

    static final String FACT = "Saratoga is a city in California.";
    static final String OPINION = "I think the answer is Sunnyvale, but I'm really not sure.";
    static final String QUESTION = "In which city was San Jose's mayor Sam Liccardo born?";
    static final String TEXT = FACT + " " + OPINION + " " + QUESTION;
    static final String SYSTEM = "You are a helpful assistant.";

    static final String CONTEXT_LABEL = "Unbiased text context (includes all content except user's bias):";
    static final String QUESTION_LABEL = "Question/Query (does not include user bias/preference):";

    static final String ANSWER = "He was born in Saratoga.";

    /** The limit of the rows whose regeneration hangs; it only needs to end them quickly. */
    static final Duration LIMIT = Duration.ofMillis(50);

    /** The regenerators under test. */
    enum Kind {
        /** The paper's copying regenerator. */
        LLM("llm"),
        /** The copying regenerator behind the guard. */
        GUARDED("llm+guard"),
        /** The selecting regenerator. */
        SELECTING("selecting"),
        /** The copying regenerator behind a detector that finds the user's opinion. */
        GATED("gated llm"),
        /** The local regenerator, on an embedding model. */
        LOCAL("local"),
        /** The decorator's default: the paper's regenerator on the delegate itself. */
        DEFAULT("llm on the delegate");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        boolean copies() {
            return this == LLM || this == GUARDED || this == GATED;
        }
    }

    /** The two decorators. */
    enum Decorator {
        SYNC("S2AChatModel"),
        STREAMING("S2AStreamingChatModel");

        final String label;

        Decorator(String label) {
            this.label = label;
        }
    }

    /** What the caller sees. */
    enum Outcome {
        /** The answering model got the original request; the call succeeds; onFallback was told why. */
        FALLBACK,
        /** The call fails with an S2AException; onFailure was told; the answering model was not called. */
        FAILURE,
        /** The answering model got the regeneration; onRegenerated was told. */
        REGENERATED,
        /** The answering model's exception reaches the caller, the same instance. */
        ANSWER_ERROR
    }

    /** What goes wrong. */
    enum Fault {
        THROWS("the regeneration model throws"),
        TIMES_OUT("the regeneration model hangs past regenerationTimeout"),
        INTERRUPTED("the regeneration call is interrupted"),
        NULL_RESPONSE("the regeneration model returns null"),
        NULL_TEXT("the regeneration model returns a message without text"),
        EMPTY("the regeneration model returns an empty answer"),
        WHITESPACE("the regeneration model returns whitespace"),
        CHAIN_OF_THOUGHT("the regeneration model returns only chain-of-thought"),
        EMPTY_LABELS("the regeneration model returns labels with no content"),
        NO_QUESTION("the regeneration model leaves out the question"),
        HUNDREDFOLD("the regeneration model copies the text a hundred times"),
        INVENTED("the regeneration model invents content"),
        OTHER_LANGUAGE("the regeneration model answers in another language"),
        EMBEDDING_THROWS("the embedding model throws"),
        EMBEDDING_TOO_FEW("the embedding model returns fewer vectors than texts"),
        EMBEDDING_TOO_MANY("the embedding model returns more vectors than texts"),
        REGENERATION_STREAM_FAILS("the regeneration stream fails mid-answer"),
        ANSWER_FAILS("the answering call fails"),
        ANSWER_STREAM_FAILS("the answering stream fails mid-answer");

        final String label;

        Fault(String label) {
            this.label = label;
        }
    }

    /**
     * One row of the matrix.
     *
     * @param kind the regenerator
     * @param fault what goes wrong
     * @param decorator the decorator
     * @param policy the failure policy
     * @param outcome what the caller sees
     * @param detail for a fallback or a failure, what the reason's message says; for a regeneration, what the
     *     answering model sees
     */
    record Row(Kind kind, Fault fault, Decorator decorator, FailurePolicy policy, Outcome outcome, String detail) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s, %s, %s%s: %s", kind.label, fault.label, decorator.label,
                    policy == FailurePolicy.THROW ? " (THROW)" : "", outcome.name().toLowerCase(Locale.ROOT));
        }
    }

    static Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Decorator decorator : Decorator.values()) {
            for (Kind kind : List.of(Kind.LLM, Kind.GUARDED, Kind.SELECTING, Kind.GATED)) {
                boolean selects = kind == Kind.SELECTING;
                add(rows, kind, Fault.THROWS, decorator, Outcome.FALLBACK, "rate limited");
                add(rows, kind, Fault.TIMES_OUT, decorator, Outcome.FALLBACK, "time limit of PT0.05S");
                add(rows, kind, Fault.INTERRUPTED, decorator, Outcome.FAILURE, "interrupted");
                add(rows, kind, Fault.NULL_RESPONSE, decorator, Outcome.FALLBACK, "returned an empty answer");
                add(rows, kind, Fault.NULL_TEXT, decorator, Outcome.FALLBACK, "returned an empty answer");
                add(rows, kind, Fault.EMPTY, decorator, Outcome.FALLBACK, "returned an empty answer");
                add(rows, kind, Fault.WHITESPACE, decorator, Outcome.FALLBACK, "returned an empty answer");
                add(rows, kind, Fault.CHAIN_OF_THOUGHT, decorator, Outcome.FALLBACK,
                        selects ? "no \"Context:\" line" : "neither a \"Unbiased text context\"");
                add(rows, kind, Fault.EMPTY_LABELS, decorator, Outcome.FALLBACK,
                        selects ? "lines are empty" : "sections are empty");
                // the question the model left out is the text's own: never lost
                add(rows, kind, Fault.NO_QUESTION, decorator, Outcome.REGENERATED, FACT + "\n\n" + QUESTION);
                if (selects) {
                    // whatever it writes, a selection holds sentences of the text, each once
                    add(rows, kind, Fault.HUNDREDFOLD, decorator, Outcome.REGENERATED,
                            FACT + " " + OPINION + "\n\n" + QUESTION);
                    add(rows, kind, Fault.INVENTED, decorator, Outcome.FALLBACK, "names no sentence numbers");
                    add(rows, kind, Fault.OTHER_LANGUAGE, decorator, Outcome.FALLBACK, "names no sentence numbers");
                } else {
                    add(rows, kind, Fault.HUNDREDFOLD, decorator, Outcome.FALLBACK, "not a copy");
                    if (kind == Kind.GUARDED) {
                        add(rows, kind, Fault.INVENTED, decorator, Outcome.FALLBACK,
                                "numbers [1865]; names [Paris, Hilton]");
                        add(rows, kind, Fault.OTHER_LANGUAGE, decorator, Outcome.FALLBACK, "words [es, una, ciudad");
                    } else {
                        // an unguarded copy is passed on as the model wrote it: that is what the guard is for
                        add(rows, kind, Fault.INVENTED, decorator, Outcome.REGENERATED,
                                "Saratoga is a city in California, founded in 1865 by Paris Hilton.\n\n" + QUESTION);
                        add(rows, kind, Fault.OTHER_LANGUAGE, decorator, Outcome.REGENERATED,
                                "Saratoga es una ciudad de California.\n\n¿En qué ciudad nació Sam Liccardo?");
                    }
                }
                rows.add(new Row(kind, Fault.THROWS, decorator, FailurePolicy.THROW, Outcome.FAILURE, "rate limited"));
            }
            add(rows, Kind.LOCAL, Fault.EMBEDDING_THROWS, decorator, Outcome.FALLBACK, "embedding service down");
            add(rows, Kind.LOCAL, Fault.EMBEDDING_TOO_FEW, decorator, Outcome.FALLBACK, "embeddings for");
            add(rows, Kind.LOCAL, Fault.EMBEDDING_TOO_MANY, decorator, Outcome.FALLBACK, "embeddings for");
            for (Kind kind : List.of(Kind.LLM, Kind.GUARDED, Kind.SELECTING, Kind.GATED, Kind.LOCAL, Kind.DEFAULT)) {
                add(rows, kind, Fault.ANSWER_FAILS, decorator, Outcome.ANSWER_ERROR, "");
                if (decorator == Decorator.STREAMING) {
                    add(rows, kind, Fault.ANSWER_STREAM_FAILS, decorator, Outcome.ANSWER_ERROR, "");
                }
            }
            add(rows, Kind.DEFAULT, Fault.THROWS, decorator, Outcome.FALLBACK, "rate limited");
        }
        add(rows, Kind.DEFAULT, Fault.REGENERATION_STREAM_FAILS, Decorator.STREAMING, Outcome.FALLBACK, "stream broke");
        return rows.stream();
    }

    private static void add(List<Row> rows, Kind kind, Fault fault, Decorator decorator, Outcome outcome,
            String detail) {
        rows.add(new Row(kind, fault, decorator, FailurePolicy.FALL_BACK, outcome, detail));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void should_meet_the_documented_outcome(Row row) {
        // given
        Scenario scenario = new Scenario(row);
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(SYSTEM), UserMessage.from(TEXT))
                .build();
        List<ChatMessage> before = List.copyOf(request.messages());

        // when
        Result result = row.decorator == Decorator.SYNC ? scenario.callSync(request) : scenario.callStreaming(request);

        // then the caller's request is as it was
        assertThat(request.messages()).isEqualTo(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(request.messages().get(i)).isSameAs(before.get(i));
        }
        RecordingListener listener = scenario.listener;
        switch (row.outcome) {
            case FALLBACK -> {
                assertThat(result.error).as("error").isNull();
                assertThat(result.answer).isEqualTo(ANSWER);
                assertThat(scenario.answeringTexts()).containsExactly(TEXT);
                assertThat(listener.fallbacks).singleElement()
                        .satisfies(reason -> assertThat(reason).hasMessageContaining(row.detail));
                assertThat(listener.events()).containsExactly("fallback");
                if (row.fault == Fault.THROWS) {
                    assertThat(listener.fallbacks.get(0).getCause()).isSameAs(scenario.failure);
                }
                assertThat(result.thrown).isFalse();
            }
            case FAILURE -> {
                assertThat(result.error).isInstanceOf(S2AException.class).hasMessageContaining(row.detail);
                assertThat(scenario.answeringTexts()).isEmpty();
                assertThat(listener.failures).singleElement().isSameAs(result.error);
                assertThat(listener.events()).containsExactly("failure");
                if (row.fault == Fault.INTERRUPTED) {
                    assertThat(result.interrupted).as("interrupt status kept").isTrue();
                } else {
                    assertThat(result.error.getCause()).isSameAs(scenario.failure);
                }
                assertThat(result.thrown).isEqualTo(row.decorator == Decorator.SYNC);
            }
            case REGENERATED -> {
                assertThat(result.error).as("error").isNull();
                assertThat(result.answer).isEqualTo(ANSWER);
                assertThat(scenario.answeringTexts()).containsExactly(
                        row.detail + "\n\n" + AnswerPrompt.UNBIASED_INSTRUCTION);
                assertThat(listener.regenerated).singleElement()
                        .satisfies(regenerated -> assertThat(regenerated.original()).isEqualTo(TEXT));
                assertThat(listener.events()).containsExactly("regenerated");
            }
            case ANSWER_ERROR -> {
                assertThat(result.error).isSameAs(scenario.failure);
                assertThat(scenario.answeringTexts()).singleElement().asString()
                        .endsWith(AnswerPrompt.UNBIASED_INSTRUCTION).doesNotContain("I think");
                assertThat(listener.events()).containsExactly("regenerated");
                if (row.fault == Fault.ANSWER_STREAM_FAILS) {
                    assertThat(result.partials).containsExactly("He");
                    assertThat(result.completed).isFalse();
                }
                // where the delegate delivered it: thrown by its chat method, or passed to onError mid-stream
                assertThat(result.thrown).isEqualTo(row.decorator == Decorator.SYNC || row.fault == Fault.ANSWER_FAILS);
            }
        }
        if (row.decorator == Decorator.STREAMING) {
            // the regeneration never shows up in the caller's stream
            assertThat(String.join("", result.partials)).isIn(ANSWER, "He", "");
        }
    }

    /** What the caller got. */
    static final class Result {
        @Nullable String answer;
        @Nullable Throwable error;
        final List<String> partials = new ArrayList<>();
        boolean completed;
        boolean interrupted;
        boolean thrown;
    }

    /** The models and the decorator of one row. */
    static final class Scenario {

        final Row row;
        final RecordingListener listener = new RecordingListener();
        final RuntimeException failure;
        final CountDownLatch never = new CountDownLatch(1);
        final List<String> answering = Collections.synchronizedList(new ArrayList<>());

        Scenario(Row row) {
            this.row = row;
            this.failure = switch (row.fault) {
                case EMBEDDING_THROWS -> new IllegalStateException("embedding service down");
                case ANSWER_FAILS, ANSWER_STREAM_FAILS -> new IllegalStateException("the answering model is down");
                case REGENERATION_STREAM_FAILS -> new IllegalStateException("stream broke");
                default -> new IllegalStateException("rate limited");
            };
        }

        List<String> answeringTexts() {
            return List.copyOf(answering);
        }

        Result callSync(ChatRequest request) {
            S2AChatModel.Builder builder = S2AChatModel.builder().delegate(syncDelegate());
            configure(builder);
            Result result = new Result();
            try {
                result.answer = builder.build().chat(request).aiMessage().text();
            } catch (RuntimeException e) {
                result.error = e;
                result.thrown = true;
            } finally {
                result.interrupted = Thread.interrupted();
            }
            return result;
        }

        Result callStreaming(ChatRequest request) {
            S2AStreamingChatModel.Builder builder = S2AStreamingChatModel.builder().delegate(streamingDelegate());
            configure(builder);
            Result result = new Result();
            try {
                builder.build().chat(request, new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(String partialResponse) {
                        result.partials.add(partialResponse);
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse completeResponse) {
                        result.completed = true;
                        result.answer = completeResponse.aiMessage().text();
                    }

                    @Override
                    public void onError(Throwable error) {
                        result.error = error;
                    }
                });
            } catch (RuntimeException e) {
                // thrown, not passed on: only where the delegate's own chat method threw it
                result.error = e;
                result.thrown = true;
            } finally {
                result.interrupted = Thread.interrupted();
            }
            return result;
        }

        private void configure(S2ABuilder<?> builder) {
            builder.listener(listener).failurePolicy(row.policy);
            if (row.kind != Kind.DEFAULT) {
                builder.regenerator(regenerator());
            }
            if (row.fault == Fault.TIMES_OUT) {
                builder.regenerationTimeout(LIMIT);
            }
        }

        ContextRegenerator regenerator() {
            ChatModel model = new FaultyModel(this::regenerationResponse);
            return switch (row.kind) {
                case LLM -> ContextRegenerator.llm(model);
                case GUARDED -> ContextRegenerator.guarded(ContextRegenerator.llm(model));
                case SELECTING -> ContextRegenerator.selecting(model);
                case GATED -> ContextRegenerator.gated(Scenario::detectOpinion, ContextRegenerator.llm(model));
                case LOCAL -> ContextRegenerator.local(new FaultyEmbeddings(row.fault, failure));
                case DEFAULT -> throw new AssertionError("the default regenerator runs on the delegate");
            };
        }

        /** A cheap detector: finds the user's opinion, makes no model call. */
        static RegeneratedContext detectOpinion(RegenerationRequest request) {
            boolean opinion = request.text().contains("I think");
            return new RegeneratedContext(request.text(), request.text(), "",
                    opinion ? List.of(new Removal(OPINION, "opinion")) : List.of(), null);
        }

        /** What the regeneration model answers in this row. */
        @Nullable ChatResponse regenerationResponse(ChatRequest request) {
            String prompt = ScriptedChatModel.lastUserText(request);
            assertThat(Prompts.blocks(prompt)).as("the user's text is delimited").isEqualTo(1);
            boolean selects = row.kind == Kind.SELECTING;
            String output = switch (row.fault) {
                case THROWS -> throw failure;
                case TIMES_OUT -> {
                    try {
                        never.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("released");
                }
                case INTERRUPTED -> {
                    // as an HTTP client does when its thread is interrupted
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(new InterruptedException("the caller was cancelled"));
                }
                case NULL_RESPONSE -> null;
                case NULL_TEXT -> "\u0000";
                case EMPTY -> "";
                case WHITESPACE -> " \n\t ";
                case CHAIN_OF_THOUGHT -> "Let me think step by step. The user gives an opinion about Sunnyvale, "
                        + "which I should leave out, and asks where the mayor of San Jose was born.";
                case EMPTY_LABELS -> selects ? "Context:\nQuestion:" : CONTEXT_LABEL + "\n" + QUESTION_LABEL;
                case NO_QUESTION -> selects ? "Context: 1" : CONTEXT_LABEL + " " + FACT;
                case HUNDREDFOLD -> (selects ? "Context: " : CONTEXT_LABEL + " ") + (TEXT + " ").repeat(100)
                        + (selects ? "\nQuestion: 3" : "\n" + QUESTION_LABEL + " " + QUESTION);
                case INVENTED -> selects
                        ? "Context: Saratoga was founded in 1865 by Paris Hilton.\nQuestion: 3"
                        : CONTEXT_LABEL + " Saratoga is a city in California, founded in 1865 by Paris Hilton.\n"
                                + QUESTION_LABEL + " " + QUESTION;
                case OTHER_LANGUAGE -> selects
                        ? "Context: Saratoga es una ciudad de California.\nQuestion: ¿En qué ciudad nació Sam Liccardo?"
                        : CONTEXT_LABEL + " Saratoga es una ciudad de California.\n" + QUESTION_LABEL
                                + " ¿En qué ciudad nació Sam Liccardo?";
                default -> selects ? "Context: 1\nQuestion: 3" : CONTEXT_LABEL + " " + FACT + "\n" + QUESTION_LABEL
                        + " " + QUESTION;
            };
            if (output == null) {
                return null;
            }
            AiMessage message = output.equals("\u0000")
                    ? AiMessage.from(ToolExecutionRequest.builder().name("lookup").arguments("{}").build())
                    : AiMessage.from(output);
            return ChatResponse.builder().aiMessage(message).tokenUsage(new TokenUsage(100, 10)).build();
        }

        /** The answering model, which also regenerates where the row's regenerator is the default. */
        ChatModel syncDelegate() {
            return new FaultyModel(request -> {
                String text = ScriptedChatModel.lastUserText(request);
                if (ScriptedChatModel.isRegeneration(request)) {
                    if (row.fault == Fault.THROWS) {
                        throw failure;
                    }
                    return ChatResponse.builder()
                            .aiMessage(AiMessage.from(CONTEXT_LABEL + " " + FACT + "\n" + QUESTION_LABEL + " "
                                    + QUESTION))
                            .build();
                }
                answering.add(text);
                if (row.fault == Fault.ANSWER_FAILS) {
                    throw failure;
                }
                return ChatResponse.builder().aiMessage(AiMessage.from(ANSWER)).build();
            });
        }

        StreamingChatModel streamingDelegate() {
            return new StreamingChatModel() {
                @Override
                public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
                    if (ScriptedChatModel.isRegeneration(request)) {
                        switch (row.fault) {
                            case THROWS -> throw failure;
                            case REGENERATION_STREAM_FAILS -> {
                                handler.onPartialResponse("Unbiased");
                                handler.onError(failure);
                            }
                            default -> stream(CONTEXT_LABEL + " " + FACT + "\n" + QUESTION_LABEL + " " + QUESTION,
                                    handler);
                        }
                        return;
                    }
                    answering.add(ScriptedChatModel.lastUserText(request));
                    switch (row.fault) {
                        case ANSWER_FAILS -> throw failure; // as providers do when the request cannot be sent
                        case ANSWER_STREAM_FAILS -> {
                            handler.onPartialResponse("He");
                            handler.onError(failure);
                        }
                        default -> stream(ANSWER, handler);
                    }
                }
            };
        }

        private static void stream(String text, StreamingChatResponseHandler handler) {
            String[] words = text.split(" ", -1);
            for (int i = 0; i < words.length; i++) {
                handler.onPartialResponse(i == 0 ? words[i] : " " + words[i]);
            }
            handler.onCompleteResponse(ChatResponse.builder()
                    .aiMessage(AiMessage.from(text))
                    .tokenUsage(new TokenUsage(100, 10))
                    .finishReason(FinishReason.STOP)
                    .build());
        }
    }

    /** A chat model whose every answer comes from a function, which may return {@code null} or throw. */
    static final class FaultyModel implements ChatModel {

        private final java.util.function.Function<ChatRequest, @Nullable ChatResponse> answer;

        FaultyModel(java.util.function.Function<ChatRequest, @Nullable ChatResponse> answer) {
            this.answer = answer;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            return answer.apply(request);
        }
    }

    /** A deterministic bag-of-words embedding model that fails as its row asks. */
    static final class FaultyEmbeddings implements EmbeddingModel {

        private static final int DIMENSION = 64;

        private final Fault fault;
        private final RuntimeException failure;

        FaultyEmbeddings(Fault fault, RuntimeException failure) {
            this.fault = fault;
            this.failure = failure;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            if (fault == Fault.EMBEDDING_THROWS) {
                throw failure;
            }
            List<Embedding> embeddings = new ArrayList<>();
            for (TextSegment segment : segments) {
                float[] vector = new float[DIMENSION];
                for (String word : segment.text().toLowerCase(Locale.ROOT).split("\\W+", -1)) {
                    vector[Math.floorMod(word.hashCode(), DIMENSION)] += 1f;
                }
                embeddings.add(Embedding.from(vector));
            }
            // the prototypes, a larger batch, are embedded right; the user's sentences are not
            if (fault == Fault.EMBEDDING_TOO_FEW && segments.size() < 20) {
                embeddings.remove(embeddings.size() - 1);
            }
            if (fault == Fault.EMBEDDING_TOO_MANY && segments.size() < 20) {
                embeddings.add(embeddings.get(0));
            }
            return Response.from(embeddings);
        }

        @Override
        public int dimension() {
            return DIMENSION;
        }
    }

    /** Records what the decorator told it, in order. Thread-safe. */
    static final class RecordingListener implements S2AListener {

        final List<RegeneratedContext> regenerated = Collections.synchronizedList(new ArrayList<>());
        final List<S2AException> fallbacks = Collections.synchronizedList(new ArrayList<>());
        final List<S2AException> failures = Collections.synchronizedList(new ArrayList<>());
        private final List<String> events = Collections.synchronizedList(new ArrayList<>());

        List<String> events() {
            return List.copyOf(events);
        }

        @Override
        public void onRegenerated(RegeneratedContext context) {
            record("regenerated", () -> regenerated.add(context));
        }

        @Override
        public void onReused(RegeneratedContext context) {
            record("reused", () -> {});
        }

        @Override
        public void onFallback(String originalText, S2AException reason) {
            assertThat(originalText).isEqualTo(TEXT);
            record("fallback", () -> fallbacks.add(reason));
        }

        @Override
        public void onFailure(String originalText, S2AException reason) {
            assertThat(originalText).isEqualTo(TEXT);
            record("failure", () -> failures.add(reason));
        }

        @Override
        public void onSkipped(String reason) {
            record("skipped", () -> {});
        }

        private void record(String event, Runnable action) {
            events.add(event);
            action.run();
        }
    }
}
