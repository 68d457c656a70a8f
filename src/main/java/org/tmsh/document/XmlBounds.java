package org.tmsh.document;

import java.io.Reader;
import java.nio.file.Path;

/**
 * The characters of an XML file on their way to the parser, checked against two of {@link InputLimits}'
 * bounds as they pass: no attribute value (or quoted value of a declaration) longer than the attribute
 * limit, and no element nested deeper than the depth limit. It is the one check every XML file a user
 * gives tmsh passes (TMX, XLIFF, TBX, MultiTerm XML: the readers that open it through
 * {@link InputLimits#boundedXml}), so no reader needs its own count.
 *
 * <p>Why by hand, before the parser: the JDK's StAX parser, which tmsh's readers use, has no bound on an
 * attribute's length and builds the whole value before a reader can look at it, so a 500 MB attribute
 * ran out of memory (or, smaller, was read and stored). Counting the characters as they stream past
 * refuses it after the limit's worth, in one line naming the file, the line and the property.
 *
 * <p>The scan is a small lexer of XML's markup, not a parser: text, start and end tags with their
 * quoted values, comments, CDATA sections, processing instructions and declarations (a DOCTYPE's
 * internal subset counted by its brackets). It never refuses what is within the limits; whether the
 * XML is well-formed stays the parser's to say.
 *
 * <p>NOTE: a comment inside a DOCTYPE's internal subset is read as part of the declaration, so a lone
 * quote in it starts a value; the worst this can do is refuse such a file when more than the attribute
 * limit follows before the next quote. tmsh reads no DTD and refuses entities, so such files are rare.
 */
final class XmlBounds extends ScanningReader {

    private enum State { TEXT, OPEN, BANG, BANG_DASH, TAG, VALUE, COMMENT, CDATA, PI, DECL, DECL_VALUE }

    private final Path file;
    private final InputLimits limits;
    private State state = State.TEXT;
    private int line = 1;
    private int depth;
    private boolean endTag;
    private char last;        // the last character of a tag that is not white space
    private char quote;
    private long run;          // characters of the value read so far
    private int marks;         // '-' of a comment's end, ']' of a CDATA's end
    private int brackets;      // a declaration's open '['

    XmlBounds(Path file, Reader in, InputLimits limits) {
        super(in);
        this.file = file;
        this.limits = limits;
    }

    @Override
    protected void step(char c) {
        if (c == '\n') {
            line++;
        }
        switch (state) {
            case TEXT -> {
                if (c == '<') {
                    state = State.OPEN;
                }
            }
            case OPEN -> {
                endTag = c == '/';
                last = c;
                state = c == '?' ? State.PI : c == '!' ? State.BANG : State.TAG;
            }
            case BANG -> {
                if (c == '-') {
                    state = State.BANG_DASH;
                } else if (c == '[') {
                    state = State.CDATA;
                    marks = 0;
                } else {
                    state = State.DECL;
                    brackets = 0;
                    decl(c);
                }
            }
            case BANG_DASH -> {
                state = c == '-' ? State.COMMENT : State.DECL;
                marks = 0;
            }
            case COMMENT -> {
                if (c == '>' && marks >= 2) {
                    state = State.TEXT;
                }
                marks = c == '-' ? marks + 1 : 0;
            }
            case CDATA -> {
                if (c == '>' && marks >= 2) {
                    state = State.TEXT;
                }
                marks = c == ']' ? marks + 1 : 0;
            }
            case PI -> {
                if (c == '>' && last == '?') {
                    state = State.TEXT;
                }
                last = c;
            }
            case TAG -> tag(c);
            case VALUE -> value(c, State.TAG);
            case DECL -> decl(c);
            case DECL_VALUE -> value(c, State.DECL);
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void tag(char c) {
        if (c == '"' || c == '\'') {
            quote = c;
            run = 0;
            state = State.VALUE;
        } else if (c == '>') {
            state = State.TEXT;
            if (endTag) {
                depth--;
            } else if (last != '/' && ++depth > limits.depth()) {
                throw limits.tooDeep(file, line);
            }
        } else if (!Character.isWhitespace(c)) {
            last = c;
        }
    }

    private void value(char c, State back) {
        if (c == quote) {
            state = back;
            last = c;
        } else if (++run > limits.attributeChars()) {
            throw limits.attributeTooLong(file, line);
        }
    }

    private void decl(char c) {
        if (c == '"' || c == '\'') {
            quote = c;
            run = 0;
            state = State.DECL_VALUE;
        } else if (c == '[') {
            brackets++;
        } else if (c == ']') {
            brackets--;
        } else if (c == '>' && brackets <= 0) {
            state = State.TEXT;
        }
    }
}
