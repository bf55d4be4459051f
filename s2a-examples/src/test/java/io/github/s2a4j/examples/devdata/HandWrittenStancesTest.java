package io.github.s2a4j.examples.devdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.s2a4j.core.internal.Sentences;
import io.github.s2a4j.examples.EvalRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

final class HandWrittenStancesTest {

    private static final List<EvalRecord> RECORDS = HandWrittenStances.generate("hand");

    @Test
    void everySentenceIsExactlyOneSpan() {
        SoftAssertions softly = new SoftAssertions();
        for (EvalRecord record : RECORDS) {
            List<String> spans = new ArrayList<>(record.keep());
            spans.addAll(record.drop());
            softly.assertThat(Sentences.texts(record.text())).as(record.id() + ": " + record.text())
                    .containsExactlyInAnyOrderElementsOf(spans);
            for (String span : spans) {
                softly.assertThat(record.text()).as(record.id()).contains(span);
                softly.assertThat(span).as(record.id()).matches("(?s).*[.?!]");
            }
        }
        softly.assertAll();
    }

    @Test
    void opinionsDropAndCleanTextsKeepEverything() {
        for (EvalRecord record : RECORDS) {
            assertThat(record.task()).isIn("opinion", "clean");
            assertThat(record.drop().isEmpty()).as(record.id()).isEqualTo(record.task().equals("clean"));
        }
    }

    @Test
    void everyCaseIsItsOwnGroup() {
        Set<String> groups = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (EvalRecord record : RECORDS) {
            assertThat(record.id()).matches("hand-(opinion|clean)-\\d{4}-t\\d{3}-hand");
            assertThat(groups.add(record.id().replaceAll(".*-(t\\d{3})-hand", "$1"))).as(record.id()).isTrue();
            assertThat(texts.add(record.text())).as(record.id()).isTrue();
        }
    }
}
