/**
 * The runnable {@code s2a.jar} and worked examples of S2A4J. Not a library: nothing here is API.
 */
@NullMarked
package io.github.s2a4j.examples;

import org.jspecify.annotations.NullMarked;
