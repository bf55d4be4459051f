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
        RegenerationCache cache = new RegenerationCache(100, 50);
        cache.put("aaaaaaaaaa", regenerated("aaaaaaaaaa"));   // 2 x 10 + 11 = 31 chars

        cache.put("bbbbbbbbbb", regenerated("bbbbbbbbbb"));   // 62 chars in all: the eldest goes
        cache.put("c".repeat(40), regenerated("c".repeat(40)));

        assertThat(cache.get("aaaaaaaaaa")).isNull();
        assertThat(cache.get("bbbbbbbbbb")).isNotNull();
        assertThat(cache.get("c".repeat(40))).isNull();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void should_replace_an_entry_without_counting_it_twice() {
        RegenerationCache cache = new RegenerationCache(100, 35);
        cache.put("aaaaaaaaaa", regenerated("aaaaaaaaaa"));   // 31 chars, not 62 once replaced

        cache.put("aaaaaaaaaa", regenerated("aaaaaaaaaa"));

        assertThat(cache.get("aaaaaaaaaa")).isNotNull();
    }

    @Test
    void should_weigh_an_entry_as_its_original_twice_so_that_its_removals_are_counted() {
        RegenerationCache cache = new RegenerationCache(100, 21);
        RegeneratedContext withRemovals = new RegeneratedContext("aaaaaaaaaa", "", "a?",
                List.of(new Removal("aaaaaaaa", "opinion")), null);

        cache.put("aaaaaaaaaa", withRemovals);                // removals are parts of the original: 2 x 10 + 2 = 22

        assertThat(cache.get("aaaaaaaaaa")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void should_reject_empty_bounds() {
        assertThatThrownBy(() -> new RegenerationCache(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegenerationCache(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
