package org.tmsh.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;

/** Every line of {@code placeholders.examples}: the tokens a segment is cut into. */
class TokenizerExamplesTest {

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        return TestFiles.examples("/tmsh/matching/placeholders.examples", cols -> assertEquals(cols[1],
                Tokenizer.standard().tokens(cols[0]).stream().map(Token::toString).collect(Collectors.joining(" | "))));
    }
}
