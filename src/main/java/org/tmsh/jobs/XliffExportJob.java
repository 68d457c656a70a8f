package org.tmsh.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import net.sf.okapi.common.resource.TextFragment;

import org.tmsh.common.Progress;
import org.tmsh.document.InlineText;
import org.tmsh.formats.xliff.XliffFileWriter;
import org.tmsh.formats.xliff.XliffUnit;
import org.tmsh.memory.TranslationMemory;

/**
 * {@code tm export FILE.xlf}: a memory's units in one language pair as XLIFF 1.2, one
 * {@code trans-unit} a unit (id: its tuid, or its number), target {@code state="translated"};
 * units without both languages are left out. The file names {@code tm:NAME} as its original and
 * has no skeleton (nothing to merge it back into).
 */
public final class XliffExportJob {

    /** Units written and left out. */
    public record Result(long written, long skipped) {
    }

    public Result run(TranslationMemory tm, Path out, String srcLang, String tgtLang, String toolVersion,
                      Progress progress) {
        return run(tm, out, srcLang, tgtLang, toolVersion, progress, u -> true);
    }

    /** As above, only the units {@code which} accepts (the others are neither written nor counted). */
    public Result run(TranslationMemory tm, Path out, String srcLang, String tgtLang, String toolVersion,
                      Progress progress, java.util.function.Predicate<org.tmsh.formats.tmx.TmxUnit> which) {
        XliffFileWriter w = XliffFileWriter.of("1.2", out.toAbsolutePath(),
                new XliffFileWriter.Header("tm:" + tm.name(), "x-tmsh-memory", srcLang, tgtLang, null, toolVersion));
        long[] n = new long[2];
        try {
            tm.forEachUnit(u -> {
                if (!which.test(u)) {
                    return;
                }
                String s = u.text(srcLang);
                String t = u.text(tgtLang);
                if (s == null || t == null || s.isBlank() || t.isBlank()) {
                    n[1]++;
                    return;
                }
                n[0]++;
                TextFragment source = InlineText.coded(s);
                String id = u.tuid() == null || u.tuid().isBlank() ? "u" + n[0] : u.tuid();
                w.write(new XliffUnit(id, source, InlineText.fragment(t, source), "translated", null, List.of(),
                        List.of(), List.of()), srcLang, tgtLang);
            }, progress);
            w.close();
        } catch (IOException e) {
            w.abort();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            w.abort();
            throw e;
        }
        return new Result(n[0], n[1]);
    }
}
