package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

import org.tmsh.TestFiles;

/**
 * A DOCX as python-docx (Debian's python3-docx, the library many of a translator's scripts use)
 * opens it: the text of each body paragraph and of each table cell's paragraphs, in order. A
 * merged DOCX that python-docx cannot open, or whose paragraphs it reads otherwise, fails the test.
 */
final class PythonDocx {

    private static final String SCRIPT = """
            import sys, json, docx
            d = docx.Document(sys.argv[1])
            out = [p.text for p in d.paragraphs]
            for t in d.tables:
                for row in t.rows:
                    for cell in row.cells:
                        out += [p.text for p in cell.paragraphs]
            print(json.dumps(out))
            """;

    private PythonDocx() {
    }

    /** The paragraphs' texts (body, then table cells) as python-docx reads them. */
    static List<String> paragraphs(Path docx) throws Exception {
        // the system Python, where Debian's python3-docx lives (a pyenv python3 may come first on PATH)
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        Assumptions.assumeTrue(Files.isExecutable(Path.of(python)) || TestFiles.onPath(python), "no python3");
        TestFiles.Ran p = TestFiles.run(new ProcessBuilder(python, "-c", SCRIPT, docx.toString()).redirectErrorStream(true), 120);
        Assumptions.assumeFalse(p.out().contains("No module named 'docx'"), "python3-docx not installed");
        assertEquals(0, p.code(), "python-docx cannot open " + docx + ": " + p.out());
        return List.of(new com.fasterxml.jackson.databind.ObjectMapper().readValue(p.out(), String[].class));
    }

    /** Asserts that python-docx opens {@code docx} and reads {@code expected} as its paragraphs. */
    static void assertParagraphs(Path docx, List<String> expected) throws Exception {
        assertEquals(expected, paragraphs(docx));
    }
}
