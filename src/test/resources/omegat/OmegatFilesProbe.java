// Run by RealToolFilesTest with OmegaT.jar on the class path (Java single-file launch, not compiled by Maven):
// lets OmegaT write the files a translator's OmegaT project holds, then prints what OmegaT's own readers find in them.
//   java -cp OmegaT.jar:lib/* OmegatFilesProbe.java CONFIG_DIR PROJECT_DIR
// (after a console-translate run of the project, which wrote its three TMX exports)
// 1. opens the project, translates what is left untranslated (author and date set by OmegaT) and saves its memory,
//    omegat/project_save.tmx, as OmegaT does;
// 2. adds glossary entries as OmegaT's glossary pane does (GlossaryReaderTSV.append): glossary/glossary.txt;
// 3. prints each translation unit of the TMX files named after the project dir (read by OmegaT's TMXReader2) as
//    "TU file TAB source TAB target", and each glossary entry (GlossaryReaderTSV.read) as "TERM source TAB target TAB
//    comment"; tabs, line breaks and backslashes escaped as \t, \n, \\.
import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import org.omegat.core.Core;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTSV;
import org.omegat.util.ProjectFileStorage;
import org.omegat.util.RuntimePreferences;
import org.omegat.util.TMXReader2;

public class OmegatFilesProbe {
    public static void main(String[] a) {
        try {
            run(a);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1); // OmegaT's folder watchers would keep the JVM alive
        }
        System.exit(0);
    }

    private static void run(String[] a) throws Exception {
        RuntimePreferences.setConfigDir(a[0]);
        Map<String, String> params = new TreeMap<>();
        org.omegat.filters2.master.PluginUtils.loadPlugins(params); // the file filters, as OmegaT's Main loads them
        Core.initializeConsole(params);
        File dir = new File(a[1]).getAbsoluteFile();
        ProjectProperties props = ProjectFileStorage.loadProjectProperties(dir);
        // the project as OmegaT opens it (its tm/auto translations taken in); what is left untranslated gets a
        // translation as a translator's would be entered; the project's memory saved as OmegaT saves it
        // (RealProject.saveProject without its GUI steps: the ProjectTMX writes omegat/project_save.tmx)
        org.omegat.core.data.RealProject project = new org.omegat.core.data.RealProject(props);
        project.loadProject(true);
        Core.setProject(project);
        for (org.omegat.core.data.SourceTextEntry ste : project.getAllEntries()) {
            if (!project.getTranslationInfo(ste).isTranslated()) {
                org.omegat.core.data.PrepareTMXEntry e = new org.omegat.core.data.PrepareTMXEntry();
                e.source = ste.getSrcText();
                e.translation = "Neu: " + ste.getSrcText();
                project.setTranslation(ste, e, true, null);
            }
        }
        java.lang.reflect.Field tmx = org.omegat.core.data.RealProject.class.getDeclaredField("projectTMX");
        tmx.setAccessible(true);
        ((org.omegat.core.data.ProjectTMX) tmx.get(project)).save(props, new File(dir, "omegat/project_save.tmx").getPath(), true);
        project.closeProject();
        File glossary = new File(dir, "glossary/glossary.txt");
        // a non-ASCII entry first: OmegaT 3.6 appends in the encoding it detects in the file so far, and a file of
        // ASCII only would take later umlauts as '?'
        GlossaryReaderTSV.append(glossary, new GlossaryEntry("size", "Gr\u00f6\u00dfe", "", false));
        GlossaryReaderTSV.append(glossary, new GlossaryEntry("file", "Datei", "", false));
        GlossaryReaderTSV.append(glossary, new GlossaryEntry("settings", "Einstellungen", "plural only", false));
        GlossaryReaderTSV.append(glossary, new GlossaryEntry("drag & drop", "Drag & Drop", "UI; with \"quotes\"", false));
        GlossaryReaderTSV.append(glossary, new GlossaryEntry("Save", "Speichern", "button label", false));
        for (String name : new String[] {"omegat/project_save.tmx", dir.getName() + "-omegat.tmx",
                dir.getName() + "-level1.tmx", dir.getName() + "-level2.tmx"}) {
            File f = new File(dir, name);
            new TMXReader2().readTMX(f, props.getSourceLanguage(), props.getTargetLanguage(), false, false,
                    name.endsWith("level2.tmx"), false, (tu, src, tgt, paragraph) -> {
                        System.out.println("TU " + name + "\t" + esc(src.text) + "\t" + esc(tgt == null ? null : tgt.text));
                        return true;
                    });
        }
        for (GlossaryEntry e : GlossaryReaderTSV.read(glossary, false)) {
            System.out.println("TERM " + esc(e.getSrcText()) + "\t" + esc(e.getLocText()) + "\t" + esc(e.getCommentText()));
        }
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}
