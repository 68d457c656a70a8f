package org.tmsh.common;

import java.util.function.Supplier;

/** A value built once, on first use, by whichever thread asks first; the others wait for it. */
public final class Lazy {

    private Lazy() {
    }

    /** A supplier that builds its value with {@code make} once, on first use (a failure is thrown to each caller). */
    public static <T> Supplier<T> of(Supplier<T> make) {
        return new Supplier<>() {
            // read without the lock once built: a code placement asks for it for every pair of words
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = make.get();
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }
}
