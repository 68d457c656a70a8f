package org.tmsh.common;

import java.util.function.Supplier;

/** A value built once, on first use, by whichever thread asks first; the others wait for it. */
public final class Lazy {

    private Lazy() {
    }

    /** A supplier that builds its value with {@code make} once, on first use (a failure is thrown to each caller). */
    public static <T> Supplier<T> of(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
