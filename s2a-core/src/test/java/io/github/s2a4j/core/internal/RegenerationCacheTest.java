package io.github.s2a4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.s2a4j.core.RegeneratedContext;
import io.github.s2a4j.core.Removal;
import java.util.List;
import org.junit.jupiter.api.Test;

final class RegenerationCacheTest {

    private static RegeneratedContext regenerated(String text) {
        return new RegeneratedContext(text, "", text + "?", List.of(), null);
    }

    @Test
    void should_evict_the_least_recently_used_entry_beyond_its_size() {
        RegenerationCache cache = new RegenerationCache(2, 1_000);
        cache.put("a", regenerated("a"));
        cache.put("b", regenerated("b"));
        cache.get("a");

        cache.put("c", regenerated("c"));

        assertThat(cache.get("a")).isNotNull();
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("c")).isNotNull();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void should_evict_by_characters_and_never_hold_a_text_larger_than_its_budget() {
        RegenerationCache cache = new RegenerationCache(100, 30);
        cache.put("aaaaaaaaaa", regenerated("aaaaaaaaaa"));   // 10 + 11 = 21 chars

        cache.put("bbbbbbbbbb", regenerated("bbbbbbbbbb"));   // 42 chars in all: the eldest goes
        cache.put("c".repeat(40), regenerated("c".repeat(40)));

        assertThat(cache.get("aaaaaaaaaa")).isNull();
        assertThat(cache.get("bbbbbbbbbb")).isNotNull();
        assertThat(cache.get("c".repeat(40))).isNull();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void should_replace_an_entry_without_counting_it_twice() {
        RegenerationCache cache = new RegenerationCache(100, 25);
        cache.put("aaaaaaaaaa", regenerated("aaaaaaaaaa"));

        cache.put("aaaaaaaaaa", regenerated("aaaaaaaaaa"));

        assertThat(cache.get("aaaaaaaaaa")).isNotNull();
    }

    @Test
    void should_count_the_removed_text_it_holds() {
        RegenerationCache cache = new RegenerationCache(100, 30);
        RegeneratedContext withRemovals = new RegeneratedContext("aaaaaaaaaa", "", "a?",
                List.of(new Removal("r".repeat(20), "opinion")), null);

        cache.put("aaaaaaaaaa", withRemovals);                // 10 + 2 + 20 = 32 chars: over the budget

        assertThat(cache.get("aaaaaaaaaa")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void should_reject_empty_bounds() {
        assertThatThrownBy(() -> new RegenerationCache(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegenerationCache(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
