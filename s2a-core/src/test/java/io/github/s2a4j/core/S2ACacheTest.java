package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import io.github.s2a4j.testing.Regenerations;
import io.github.s2a4j.testing.ScriptedChatModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class S2ACacheTest {

    private static final String FIRST = "Paris is in France. I think it's Lyon. What is the capital of France?";
    private static final String SECOND = "Rome is in Italy. I believe it's Milan. What is the capital of Italy?";

    private final ScriptedChatModel model = ScriptedChatModel.s2a(Regenerations::unbiased, request -> "ok");

    @Test
    void should_regenerate_each_turn_of_a_conversation_once_while_it_resends_its_history() {
        // given
        S2AChatModel s2a = S2AChatModel.builder().delegate(model).cacheSize(10).build();
        List<ChatMessage> conversation = new ArrayList<>();

        // when three turns are answered, each resending the ones before
        for (String turn : List.of(FIRST, SECOND, FIRST + " Really?")) {
            conversation.add(UserMessage.from(turn));
            conversation.add(AiMessage.from(s2a.chat(conversation).aiMessage().text()));
        }

        // then one regeneration per new turn, and the last answer saw the earlier turns as regenerated
        assertThat(model.regenerationRequests()).hasSize(3);
        String history = model.answeringRequests().get(2).messages().toString();
        assertThat(history).doesNotContain("I think it's Lyon").doesNotContain("I believe it's Milan");
    }

    @Test
    void should_evict_the_least_recently_used_turn_beyond_the_cache_size() {
        S2AChatModel s2a = S2AChatModel.builder().delegate(model).cacheSize(1).build();

        s2a.chat(FIRST);
        s2a.chat(SECOND);
        s2a.chat(FIRST);

        assertThat(model.regenerationRequests()).hasSize(3);
    }

    @Test
    void should_not_keep_regenerations_beyond_the_character_budget() {
        S2AChatModel roomy = S2AChatModel.builder().delegate(model).cacheMaxChars(1_000).build();
        S2AChatModel tight = S2AChatModel.builder().delegate(model).cacheMaxChars(FIRST.length()).build();

        roomy.chat(FIRST);
        roomy.chat(FIRST);
        tight.chat(FIRST);
        tight.chat(FIRST);

        assertThat(model.regenerationRequests()).hasSize(3);
    }

    @Test
    void should_name_a_bad_cache_bound() {
        assertThatThrownBy(() -> S2AChatModel.builder().cacheMaxChars(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cacheMaxChars");
        assertThatThrownBy(() -> S2AStreamingChatModel.builder().cacheSize(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cacheSize");
    }
}
