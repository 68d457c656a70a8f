package org.tmsh.formats.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TBX-Basic v3 export passes the TBX-Basic DCA Schematron (XSLT 2: Saxon-HE compiles it through
 * SchXslt), as the LTAC example does; a broken file fails it, so the check can fail.
 */
class TbxSchematronTest {

    static final Path SCH = Path.of("../shared/schemas/tbx/DCA/TBX-Basic_DCA.sch");
    static XsltExecutable validator;
    static Processor processor;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws Exception {
        processor = new Processor(false);
        XsltCompiler c = processor.newXsltCompiler();
        URL pipeline = TbxSchematronTest.class.getResource("/xslt/2.0/pipeline-for-svrl.xsl");
        XsltExecutable toXslt = c.compile(new StreamSource(pipeline.openStream(), pipeline.toString()));
        XdmDestination compiled = new XdmDestination();
        XsltTransformer t = toXslt.load();
        t.setSource(new StreamSource(SCH.toFile()));
        t.setDestination(compiled);
        t.transform();
        validator = c.compile(compiled.getXdmNode().asSource());
    }

    static List<String> failures(Path tbx) throws Exception {
        XdmDestination svrl = new XdmDestination();
        XsltTransformer v = validator.load();
        v.setSource(new StreamSource(tbx.toFile()));
        v.setDestination(svrl);
        v.transform();
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<svrl:failed-assert[\\s\\S]*?</svrl:failed-assert>").matcher(svrl.getXdmNode().toString());
        while (m.find()) {
            out.add(m.group().replaceAll("\\s+", " "));
        }
        return out;
    }

    @Test
    void theExampleOfTheSchemaAuthorsPasses() throws Exception {
        assertEquals(List.of(), failures(Path.of("../shared/schemas/tbx/DCA/Example_Astronomy_DCA_VALID.tbx")));
    }

    @Test
    void theExportAndTheProjectGlossaryPass() throws Exception {
        Path f = dir.resolve("names.tbx");
        GlossaryWriter.write(GlossaryFormatsTest.sample(), f, GlossaryWriter.Format.TBX3, null, null);
        assertEquals(List.of(), failures(f));
        assertEquals(List.of(), failures(Path.of("glossaries/seeds.tbx")));
    }

    @Test
    void aBrokenFileFails() throws Exception {
        Path f = dir.resolve("broken.tbx");
        GlossaryWriter.write(GlossaryFormatsTest.sample(), f, GlossaryWriter.Format.TBX3, null, null);
        String text = Files.readString(f).replaceFirst("(<langSec xml:lang=\"de\">)",
                "$1<termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>");
        Files.writeString(f, text);
        List<String> fails = failures(f);
        assertFalse(fails.isEmpty());
        assertTrue(fails.get(0).contains("termSec"), fails.get(0));
    }
}
