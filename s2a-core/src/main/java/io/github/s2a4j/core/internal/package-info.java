/**
 * Machinery behind the public types of {@code io.github.s2a4j.core}: sentence segmentation, the parser of
 * regeneration output, the user-turn rewriting shared by both decorators. Not API: it may change in any release.
 */
@NullMarked
package io.github.s2a4j.core.internal;

import org.jspecify.annotations.NullMarked;
