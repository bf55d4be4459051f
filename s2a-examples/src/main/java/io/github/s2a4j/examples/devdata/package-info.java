/**
 * The dev data of the local regenerator: two banks of material (train, held-out) and the generator that writes
 * {@code s2a-examples/data/*.jsonl} from them with fixed seeds ({@code java -jar s2a.jar devdata}).
 */
@NullMarked
package io.github.s2a4j.examples.devdata;

import org.jspecify.annotations.NullMarked;
