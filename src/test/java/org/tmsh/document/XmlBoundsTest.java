package org.tmsh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Random;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;

import org.tmsh.common.TmshException;

/** The lexer that bounds attribute values and nesting as an XML file streams to its parser. */
class XmlBoundsTest {

    private static final Path FILE = Path.of("x.tmx");

    private static InputLimits limits(int depth, int attributeChars) {
        return new InputLimits(1L << 28, 10_000, depth, 100_000, 4_000, attributeChars);
    }

    /** All of {@code xml} read through the bound, in blocks of {@code block} characters. */
    private static String pass(String xml, InputLimits l, int block) throws IOException {
        try (Reader r = l.boundedXml(FILE, new StringReader(xml))) {
            StringWriter w = new StringWriter();
            char[] buf = new char[block];
            for (int n; (n = r.read(buf, 0, block)) >= 0; ) {
                w.write(buf, 0, n);
            }
            return w.toString();
        }
    }

    private static String refused(String xml, InputLimits l) {
        return assertThrows(TmshException.class, () -> pass(xml, l, 7)).getMessage();
    }

    @Test
    void anAttributeValueOverTheLimitIsRefusedWithItsLine() {
        String xml = "<?xml version=\"1.0\"?>\n<tmx>\n<tu tuid=\"" + "a".repeat(101) + "\"/></tmx>";
        assertEquals("x.tmx: line 3: an attribute value of more than 100 characters; nothing was changed"
                + " (limit tmsh.limit.attributeChars=100; raise it with java -Dtmsh.limit.attributeChars=N -jar tmsh.jar)",
                refused(xml, limits(10, 100)));
        assertTrue(refused("<a b='" + "x".repeat(200) + "'/>", limits(10, 100)).contains("more than 100 characters"),
                "single quotes too");
        assertTrue(refused("<!DOCTYPE a [<!ENTITY e \"" + "x".repeat(200) + "\">]><a/>", limits(10, 100))
                .contains("more than 100 characters"), "a declaration's quoted value too");
    }

    @Test
    void anAttributeValueAtTheLimitAndLongTextArePassedUnchanged() throws IOException {
        String xml = "<tmx><tu tuid=\"" + "a".repeat(100) + "\"><seg>" + "\"".repeat(500) + "b".repeat(5000) + "</seg></tu></tmx>";
        assertEquals(xml, pass(xml, limits(10, 100), 3));
        assertEquals(xml, pass(xml, limits(10, 100), 8192));
    }

    @Test
    void nestingOverTheLimitIsRefusedAndEmptyAndClosedElementsDoNotCount() throws IOException {
        InputLimits l = limits(3, 1000);
        String flat = "<a x=\"1\"><b/><b y='/'/><b z=\">\"></b><b>\n<c/><c / ><c></c></b></a>";
        assertEquals(flat, pass(flat, l, 5));
        assertEquals("x.tmx: line 2: elements nested more than 3 deep (limit tmsh.limit.depth=3; raise it with"
                + " java -Dtmsh.limit.depth=N -jar tmsh.jar)", refused("<a><b><c>\n<d>x</d></c></b></a>", l));
    }

    @Test
    void commentsCdataInstructionsAndDeclarationsAreNotMarkup() throws IOException {
        InputLimits l = limits(2, 10);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\" [ <!ELEMENT a (#PCDATA)> ]>\n"
                + "<!-- a comment with <a><b><c> and \"quote ' -- > -->\n"
                + "<?pi <a><b><c> \" ?>\n"
                + "<tmx><seg><![CDATA[<a><b><c> \" ' ]] > ]]></seg><seg>it's \"quoted\" &amp; > </seg></tmx>";
        assertEquals(xml, pass(xml, l, 4));
    }

    /** Random trees: the bound refuses a tree exactly when the parser finds it deeper than the limit. */
    @Test
    void randomTreesAreRefusedExactlyWhenTheParserFindsThemTooDeep() throws Exception {
        Random random = new Random(42);
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            tree(sb, random, 0);
            String xml = sb.toString();
            int deepest = 0;
            XMLStreamReader x = f.createXMLStreamReader(new StringReader(xml));
            for (int d = 0; x.hasNext(); ) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    deepest = Math.max(deepest, ++d);
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    d--;
                }
            }
            InputLimits l = limits(5, 12);
            boolean refused;
            try {
                pass(xml, l, 1 + random.nextInt(64));
                refused = false;
            } catch (TmshException e) {
                refused = true;
            }
            assertEquals(deepest > 5, refused, xml);
        }
    }

    private static void tree(StringBuilder sb, Random r, int depth) {
        String name = "e" + r.nextInt(3);
        sb.append('<').append(name);
        for (int a = r.nextInt(3); a > 0; a--) {
            char q = r.nextBoolean() ? '"' : '\'';
            sb.append(" a").append(a).append('=').append(q).append(r.nextBoolean() ? "/>" : "x").append(q);
        }
        if (depth > 7 || r.nextInt(4) == 0) {
            sb.append(r.nextBoolean() ? "/>" : " />");
            return;
        }
        sb.append('>');
        for (int c = r.nextInt(4); c > 0; c--) {
            switch (r.nextInt(5)) {
                case 0 -> sb.append("t\"'&gt;");
                case 1 -> sb.append("<!-- <x> ' -->");
                case 2 -> sb.append("<![CDATA[<y>]]>");
                default -> tree(sb, r, depth + 1);
            }
        }
        sb.append("</").append(name).append(" >");
    }
}
