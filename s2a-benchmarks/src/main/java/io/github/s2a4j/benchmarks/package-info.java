/**
 * JMH benchmarks of S2A4J: the decorator's added CPU time per call, and the output tokens of copying and
 * selecting regenerators. Run with {@code mvn -B -q -Pbench -pl s2a-benchmarks -am package -DskipTests}.
 */
@NullMarked
package io.github.s2a4j.benchmarks;

import org.jspecify.annotations.NullMarked;
