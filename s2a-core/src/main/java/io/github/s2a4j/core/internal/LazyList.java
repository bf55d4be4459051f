package io.github.s2a4j.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable list worked out on first use, once: for the parts of a result that cost time to compute and
 * that most callers never look at, such as a copying regeneration's sentence-by-sentence removals. Thread-safe:
 * concurrent first uses compute it once.
 *
 * @param <E> the element type
 */
public final class LazyList<E> extends AbstractList<E> implements RandomAccess {

    private @Nullable Supplier<List<E>> supplier;
    private volatile @Nullable List<E> elements;

    private LazyList(Supplier<List<E>> supplier) {
        this.supplier = supplier;
    }

    /**
     * A list whose elements the supplier makes on first use.
     *
     * @param supplier makes the elements; called at most once
     * @param <E> the element type
     * @return the list
     */
    public static <E> List<E> of(Supplier<List<E>> supplier) {
        return new LazyList<>(requireNonNull(supplier, "supplier"));
    }

    private List<E> elements() {
        List<E> result = elements;
        if (result == null) {
            synchronized (this) {
                result = elements;
                if (result == null) {
                    result = List.copyOf(requireNonNull(supplier, "supplier").get());
                    elements = result;
                    supplier = null;
                }
            }
        }
        return result;
    }

    @Override
    public E get(int index) {
        return elements().get(index);
    }

    @Override
    public int size() {
        return elements().size();
    }
}
