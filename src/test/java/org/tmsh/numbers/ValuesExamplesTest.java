package org.tmsh.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;

/** Every line of {@code values.examples} and {@code compare.examples}: the values a segment holds, and how two compare. */
class ValuesExamplesTest {

    @TestFactory
    Stream<DynamicTest> values() throws IOException {
        return TestFiles.examples("/tmsh/numbers/values.examples", cols -> {
            List<Quantity> found = Values.of(cols[0]).read(cols[1]);
            String got = found.isEmpty() ? "none" : found.stream().map(Quantity::key).collect(Collectors.joining(" | "));
            assertEquals(cols[2], got, cols[0] + ": " + cols[1]);
        });
    }

    @TestFactory
    Stream<DynamicTest> comparisons() throws IOException {
        return TestFiles.examples("/tmsh/numbers/compare.examples", cols -> {
            List<ValueDiff.Difference> d = ValueDiff.compare(cols[1], cols[0], cols[3], cols[2]);
            String got = d.isEmpty() ? "same" : d.stream().map(ValueDiff.Difference::key).collect(Collectors.joining(" | "));
            assertEquals(cols[4], got, cols[1] + " / " + cols[3]);
        });
    }
}
