package org.tmsh.common;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void uncheckedCausesAreThrownAsTheyWere() {
        IllegalArgumentException bad = new IllegalArgumentException("bad");
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> Failures.rethrowUnchecked(bad)));
        OutOfMemoryError oom = new OutOfMemoryError("heap");
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> Failures.rethrowUnchecked(oom)));
    }

    @Test
    void checkedCausesAreGivenBackToWrap() {
        IOException io = new IOException("disk");
        assertSame(io, Failures.rethrowUnchecked(io));
    }
}
