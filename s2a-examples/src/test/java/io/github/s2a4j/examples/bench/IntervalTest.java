package io.github.s2a4j.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

final class IntervalTest {

    @Test
    void should_give_wilsons_interval_for_one_success_in_five() {
        // z = 1.959964, z^2 = 3.841459; p = 0.2, n = 5:
        // centre = (0.2 + 3.841459/10) / (1 + 3.841459/5) = 0.584146 / 1.768292 = 0.330345
        // half = 1.959964 / 1.768292 * sqrt(0.2 * 0.8 / 5 + 3.841459 / 100) = 1.108393 * 0.265357 = 0.294121
        Interval interval = Interval.wilson(1, 5);

        assertThat(interval.n()).isEqualTo(5);
        assertThat(interval.value()).isEqualTo(0.2);
        assertThat(interval.low()).isCloseTo(0.036224, within(1e-6));
        assertThat(interval.high()).isCloseTo(0.624465, within(1e-6));
    }

    @Test
    void should_keep_wilsons_interval_inside_zero_and_one_at_the_extremes() {
        // p = 0, n = 10: centre = half = (3.841459/20) / (1 + 3.841459/10) = 0.192073 / 1.384146 = 0.138766.
        Interval none = Interval.wilson(0, 10);
        Interval all = Interval.wilson(5, 5);

        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(0.277533, within(1e-6));
        assertThat(all.low()).isCloseTo(0.565518, within(1e-6));
        assertThat(all.high()).isEqualTo(1.0);
        assertThat(Interval.wilson(62, 100).low()).isCloseTo(0.522098, within(1e-6));
        assertThat(Interval.wilson(62, 100).high()).isCloseTo(0.709024, within(1e-6));
    }

    @Test
    void should_give_students_t_interval_for_a_mean() {
        // mean 3, s = sqrt(10 / 4) = 1.581139, t(0.975, 4) = 2.776445: half = 2.776445 * 1.581139 / sqrt(5) = 1.963243
        Interval interval = Interval.mean(List.of(1.0, 2.0, 3.0, 4.0, 5.0));

        assertThat(interval.value()).isEqualTo(3.0);
        assertThat(interval.low()).isCloseTo(1.036757, within(1e-6));
        assertThat(interval.high()).isCloseTo(4.963243, within(1e-6));
    }

    @Test
    void should_give_a_zero_width_interval_for_equal_scores_and_none_for_one_score() {
        Interval same = Interval.mean(List.of(4.0, 4.0, 4.0));
        Interval one = Interval.mean(List.of(2.0));

        assertThat(same.low()).isEqualTo(4.0);
        assertThat(same.high()).isEqualTo(4.0);
        assertThat(one.value()).isEqualTo(2.0);
        assertThat(one.bounded()).isFalse();
    }

    @Test
    void should_match_the_published_t_table() {
        assertThat(Interval.studentT975(1)).isCloseTo(12.706205, within(1e-5));
        assertThat(Interval.studentT975(2)).isCloseTo(4.302653, within(1e-6));
        assertThat(Interval.studentT975(3)).isCloseTo(3.182446, within(1e-6));
        assertThat(Interval.studentT975(4)).isCloseTo(2.776445, within(1e-6));
        assertThat(Interval.studentT975(10)).isCloseTo(2.228139, within(1e-6));
        assertThat(Interval.studentT975(30)).isCloseTo(2.042272, within(1e-6));
        assertThat(Interval.studentT975(199)).isCloseTo(1.971957, within(1e-6));
        assertThat(Interval.studentT975(100_000)).isCloseTo(Interval.Z, within(1e-4));
    }

    @Test
    void should_reject_impossible_counts_naming_them() {
        assertThatThrownBy(() -> Interval.wilson(6, 5)).hasMessageContaining("6/5");
        assertThatThrownBy(() -> Interval.wilson(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Interval.mean(List.of())).hasMessageContaining("values");
    }
}
