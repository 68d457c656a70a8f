// Run by OmegatIntegrationTest with OmegaT.jar on the class path (Java single-file launch, not compiled by Maven):
// reads glossary files with OmegaT's own readers, for the languages of the project given, and prints what it got.
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.omegat.core.Core;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTBX;
import org.omegat.gui.glossary.GlossaryReaderTSV;
import org.omegat.util.ProjectFileStorage;
import org.omegat.util.RuntimePreferences;

public class GlossaryProbe {
    public static void main(String[] a) throws Exception {
        RuntimePreferences.setConfigDir(a[1]);
        Map<String, String> params = new TreeMap<>();
        Core.initializeConsole(params);
        ProjectProperties props = ProjectFileStorage.loadProjectProperties(new File(a[0]).getAbsoluteFile());
        org.omegat.core.data.IProject project = (org.omegat.core.data.IProject) java.lang.reflect.Proxy.newProxyInstance(
                GlossaryProbe.class.getClassLoader(), new Class<?>[] {org.omegat.core.data.IProject.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getProjectProperties" -> props;
                    case "isProjectLoaded" -> true;
                    default -> null;
                });
        Core.setProject(project);
        for (int i = 2; i < a.length; i++) {
            File f = new File(a[i]);
            List<GlossaryEntry> entries = f.getName().endsWith(".tbx") ? GlossaryReaderTBX.read(f, false)
                    : f.getName().endsWith(".csv") ? org.omegat.gui.glossary.GlossaryReaderCSV.read(f, false)
                    : GlossaryReaderTSV.read(f, false);
            System.out.println("FILE " + f.getName() + " " + entries.size());
            for (GlossaryEntry e : entries) {
                System.out.println("ENTRY " + e.getSrcText() + "\t" + e.getLocText());
            }
        }
        System.exit(0);
    }
}
