package io.github.s2a4j.core.internal;

import java.util.Set;

/** The small arithmetic the cue classes share in building their feature vectors. */
final class Features {

    private Features() {}

    /** One for {@code true}, zero for {@code false}: a yes-no cue as a feature. */
    static double bit(boolean value) {
        return value ? 1.0 : 0.0;
    }

    /** The share of {@code part}'s items that {@code whole} has; zero for an empty part. */
    static double share(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0.0;
        }
        int shared = 0;
        for (String item : part) {
            if (whole.contains(item)) {
                shared++;
            }
        }
        return (double) shared / part.size();
    }
}
