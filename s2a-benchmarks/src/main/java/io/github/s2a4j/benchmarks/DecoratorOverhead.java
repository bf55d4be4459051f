package io.github.s2a4j.benchmarks;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.s2a4j.core.ContextRegenerator;
import io.github.s2a4j.core.S2AChatModel;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the decorator adds to a chat call, model time excluded: {@link S2AChatModel} with the paper's copying
 * regenerator over a model that answers instantly with a perfect regeneration, against the same model called
 * directly. Texts rotate through {@value #TEXTS} distinct ones and the cache holds one, so every call regenerates
 * (parses the copy, works out the removals); {@code reused} measures a turn found in the cache instead.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class DecoratorOverhead {

    static final int TEXTS = 64;

    /** The size of the user's text, in characters (ASCII, so bytes too). */
    @Param({"512", "2048", "8192"})
    public int contextChars;

    private InstantChatModel model;
    private S2AChatModel copying;
    private S2AChatModel guarded;
    private S2AChatModel selecting;
    private S2AChatModel reusing;
    private ChatRequest[] requests;
    private String[] texts;
    private ChatResponse[] copies;
    private ChatResponse[] selections;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        model = new InstantChatModel();
        requests = new ChatRequest[TEXTS];
        texts = new String[TEXTS];
        copies = new ChatResponse[TEXTS];
        selections = new ChatResponse[TEXTS];
        for (int i = 0; i < TEXTS; i++) {
            SyntheticText text = SyntheticText.ofChars(contextChars, i);
            texts[i] = text.text();
            requests[i] = ChatRequest.builder().messages(UserMessage.from(texts[i])).build();
            copies[i] = InstantChatModel.response(text.copyAnswer());
            selections[i] = InstantChatModel.response(text.selectAnswer(true));
        }
        copying = S2AChatModel.builder().delegate(model).cacheSize(1).build();
        guarded = S2AChatModel.builder()
                .delegate(model)
                .regenerator(ContextRegenerator.guarded(ContextRegenerator.llm(model)))
                .cacheSize(1)
                .build();
        selecting = S2AChatModel.builder()
                .delegate(model)
                .regenerator(ContextRegenerator.selecting(model))
                .cacheSize(1)
                .build();
        reusing = S2AChatModel.builder().delegate(model).cacheSize(TEXTS).build();
        for (int i = 0; i < TEXTS; i++) {
            model.regeneratesAs(copies[i]);
            reusing.chat(requests[i]);
        }
    }

    private int nextText() {
        next = (next + 1) % TEXTS;
        return next;
    }

    /** The model alone: the baseline the decorator's overhead is measured against. */
    @Benchmark
    public ChatResponse direct() {
        return model.chat(requests[nextText()]);
    }

    /** The paper's S2A: regeneration by copying, then the answer. */
    @Benchmark
    public ChatResponse copying() {
        int i = nextText();
        model.regeneratesAs(copies[i]);
        return copying.chat(requests[i]);
    }

    /** The paper's S2A with the guard checking each copy for inventions. */
    @Benchmark
    public ChatResponse guarded() {
        int i = nextText();
        model.regeneratesAs(copies[i]);
        return guarded.chat(requests[i]);
    }

    /** S2A with the selecting regenerator. */
    @Benchmark
    public ChatResponse selecting() {
        int i = nextText();
        model.regeneratesAs(selections[i]);
        return selecting.chat(requests[i]);
    }

    /**
     * A yardstick, not part of the decorator: the JDK's sentence segmenter ({@link BreakIterator}) over the same
     * text, which any regenerator that reports removals sentence by sentence runs once.
     */
    @Benchmark
    public int jdkSentenceSegmenter() {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(texts[nextText()]);
        int count = 0;
        while (sentences.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /** A turn regenerated before: found in the cache, no regeneration call. */
    @Benchmark
    public ChatResponse reused() {
        return reusing.chat(requests[nextText()]);
    }
}
