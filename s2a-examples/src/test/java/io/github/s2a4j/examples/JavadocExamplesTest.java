package io.github.s2a4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Metadata;
import io.github.s2a4j.core.RegenerationRequest;
import io.github.s2a4j.langchain4j.S2ARag;
import io.github.s2a4j.testing.Regenerations;
import io.github.s2a4j.testing.ScriptedChatModel;
import io.github.s2a4j.testing.ScriptedStreamingChatModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The javadoc and README examples do what their text says, against scripted models. */
final class JavadocExamplesTest {

    private static final String OPINION = "I think the answer is Sunnyvale";

    /** Answers every kind of regeneration prompt as a good model would; anything else with "Saratoga". */
    private static String regenerate(String prompt) {
        if (prompt.contains("[1] ")) {
            List<String> keep = new ArrayList<>();
            String question = "";
            Matcher line = Pattern.compile("(?m)^\\[(\\d+)] (.*)$").matcher(prompt);
            while (line.find()) {
                if (line.group(2).endsWith("?")) {
                    question = line.group(1);
                } else if (!line.group(2).contains("I think") && !line.group(2).contains("not sure")) {
                    keep.add(line.group(1));
                }
            }
            return "Context: " + (keep.isEmpty() ? "none" : String.join(", ", keep)) + "\nQuestion: " + question;
        }
        if (prompt.contains("\"Facts:\"")) {
            String text = prompt.substring(prompt.lastIndexOf("Text: ") + "Text: ".length());
            return Regenerations.unbiased(text).replace("Unbiased text context (includes all content except user's bias):", "Facts:")
                    .replace("Question/Query (does not include user bias/preference):", "Question:");
        }
        String unbiased = Regenerations.unbiased(ScriptedChatModel.userTextOf(prompt));
        if (prompt.contains("Detailed question:")) {
            return unbiased.replace("Unbiased text context (includes all content except user's bias):",
                            "Context text related to the question (includes all content except unrelated sentences):")
                    .replace("Question/Query (does not include user bias/preference):", "Detailed question:");
        }
        return unbiased;
    }

    private final Function<String, String> regeneration = JavadocExamplesTest::regenerate;
    private final ScriptedChatModel openAi = ScriptedChatModel.replying(request -> "Saratoga");
    private final ScriptedChatModel cheapModel = ScriptedChatModel.replying(
            request -> regeneration.apply(ScriptedChatModel.lastUserText(request)));

    private void assertAnsweredWithoutTheOpinion(ChatModel model) {
        String answer = model.chat("Saratoga is a city in California. I think the answer is Sunnyvale, but I'm "
                + "really not sure. In which city was San Jose's mayor Sam Liccardo born?");

        assertThat(answer).isEqualTo("Saratoga");
        assertThat(openAi.requests()).last().satisfies(request -> assertThat(ScriptedChatModel.lastUserText(request))
                .contains("In which city was San Jose's mayor Sam Liccardo born?")
                .doesNotContain(OPINION));
    }

    @Test
    void should_answer_without_the_opinion_in_one_line() {
        ScriptedChatModel both = ScriptedChatModel.s2a(Regenerations::unbiased, request -> "Saratoga");

        assertThat(JavadocExamples.oneLineWrap(both)).isEqualTo("Saratoga");
        assertThat(both.requests()).hasSize(2);
        assertThat(ScriptedChatModel.lastUserText(both.requests().get(1))).doesNotContain(OPINION);
    }

    @Test
    void should_stream_the_answer_without_the_opinion() {
        ScriptedStreamingChatModel streaming =
                ScriptedStreamingChatModel.s2a(Regenerations::unbiased, request -> "It is 7.");
        List<String> tokens = new ArrayList<>();

        JavadocExamples.streamingWrap(streaming, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partialResponse) {
                tokens.add(partialResponse);
            }

            @Override
            public void onCompleteResponse(ChatResponse completeResponse) {}

            @Override
            public void onError(Throwable error) {
                throw new AssertionError(error);
            }
        });

        assertThat(String.join("", tokens)).isEqualTo("It is 7.");
        assertThat(ScriptedChatModel.lastUserText(streaming.requests().get(1))).doesNotContain("I don't think");
    }

    @Test
    void should_run_every_configured_example_without_the_opinion() {
        assertAnsweredWithoutTheOpinion(JavadocExamples.configured(openAi, cheapModel));
        assertAnsweredWithoutTheOpinion(JavadocExamples.guardedCopy(openAi, cheapModel));
        assertAnsweredWithoutTheOpinion(JavadocExamples.selecting(openAi, cheapModel));
        assertAnsweredWithoutTheOpinion(JavadocExamples.gated(openAi, cheapModel));
    }

    @Test
    void should_answer_with_a_listener_without_the_opinion() {
        ScriptedChatModel both = ScriptedChatModel.s2a(Regenerations::unbiased, request -> "Saratoga");

        assertThat(JavadocExamples.listening(both).chat("I think it's Lyon. What is the capital of France?"))
                .isEqualTo("Saratoga");
        assertThat(ScriptedChatModel.lastUserText(both.requests().get(1))).doesNotContain("Lyon");
    }

    @Test
    void should_answer_without_the_instruction_when_not_instructed() {
        ScriptedChatModel both = ScriptedChatModel.s2a(Regenerations::unbiased, request -> "Saratoga");

        JavadocExamples.notInstructed(both).chat("I think it's Paris. What is the capital of France?");

        assertThat(ScriptedChatModel.lastUserText(both.requests().get(1)))
                .isEqualTo("What is the capital of France?");
    }

    @Test
    void should_regenerate_with_a_custom_prompt() {
        var regenerated = JavadocExamples.customPrompt(cheapModel)
                .regenerate(RegenerationRequest.of("Paris is big. I think it's Lyon. What is the capital of France?"));

        assertThat(regenerated.context()).isEqualTo("Paris is big.");
        assertThat(regenerated.question()).isEqualTo("What is the capital of France?");
    }

    @Test
    void should_build_plain_and_passage_requests() {
        List<RegenerationRequest> requests = JavadocExamples.requests("The tower was built from 1887 to 1889.");

        assertThat(requests.get(0).query()).isNull();
        assertThat(requests.get(1).query()).isEqualTo("When was the Eiffel Tower built?");
    }

    @Test
    void should_augment_with_the_rag_one_liner() {
        Content passage = Content.from("Sam Liccardo was born in Saratoga.");
        UserMessage user = UserMessage.from("I think it was Sunnyvale. Where was Sam Liccardo born?");
        ScriptedChatModel passages = ScriptedChatModel.replying(request -> {
            String prompt = ScriptedChatModel.lastUserText(request);
            return prompt.contains("Passage:")
                    ? "Context text related to the question: Sam Liccardo was born in Saratoga.\n"
                            + "Detailed question: Where was Sam Liccardo born?"
                    : regenerate(prompt);
        });

        try (S2ARag rag = JavadocExamples.rag(query -> List.of(passage), passages)) {
            var result = rag.augment(new AugmentationRequest(user, Metadata.from(user, "user-1", List.of())));

            assertThat(result.contents()).containsExactly(passage);
            assertThat(((UserMessage) result.chatMessage()).singleText())
                    .startsWith("Where was Sam Liccardo born?")
                    .contains("Sam Liccardo was born in Saratoga.")
                    .doesNotContain("I think");
        }
    }
}
