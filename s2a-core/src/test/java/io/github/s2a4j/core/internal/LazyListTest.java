package io.github.s2a4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class LazyListTest {

    @Test
    void should_compute_nothing_until_used_then_once() {
        AtomicInteger calls = new AtomicInteger();
        List<String> list = LazyList.of(() -> {
            calls.incrementAndGet();
            return List.of("a", "b");
        });

        assertThat(calls).hasValue(0);
        assertThat(list).containsExactly("a", "b");
        assertThat(list.size()).isEqualTo(2);
        assertThat(calls).hasValue(1);
    }

    @Test
    void should_compute_once_when_many_threads_use_it_first() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> list = LazyList.of(() -> {
            calls.incrementAndGet();
            return List.of(1, 2, 3);
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> sizes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sizes.add(pool.submit(() -> {
                start.await();
                return list.size();
            }));
        }

        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        for (Future<Integer> size : sizes) {
            assertThat(size.get()).isEqualTo(3);
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void should_be_unmodifiable_and_keep_a_copy_of_what_it_was_given() {
        List<String> source = new ArrayList<>(List.of("a"));
        List<String> list = LazyList.of(() -> source);

        assertThat(list).containsExactly("a");
        source.add("b");

        assertThat(list).containsExactly("a");
        assertThatThrownBy(() -> list.add("c")).isInstanceOf(UnsupportedOperationException.class);
    }
}
