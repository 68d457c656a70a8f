package org.tmsh.formats.omegat;

import java.util.List;
import java.util.Map;

import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;

import org.tmsh.common.Xml;

/**
 * The two files that make a folder an OmegaT 3.6 project with tmsh's languages and sentence rules:
 * {@code omegat.project} and {@code omegat/segmentation.conf}.
 *
 * <p>{@link #project} names the languages and leaves every folder at OmegaT's default
 * ({@code source/}, {@code target/}, {@code tm/}, {@code glossary/}, {@code dictionary/}), with
 * sentence segmentation on and OmegaT's tokenizers chosen by OmegaT for the languages.
 *
 * <p>{@link #segmentation} is an SRX rule set in the form OmegaT 3.6 keeps a project's own
 * segmentation in: a {@code java.beans.XMLEncoder} document of its {@code SRX}, {@code MapRule} and
 * {@code Rule} beans (OmegaT reads it with {@code XMLDecoder}; it reads no SRX file). Every language
 * rule set and language map of the SRX is carried over in order, with the header's choices for
 * sub-flows and inline codes, so that OmegaT splits the document's paragraphs into the sentences
 * tmsh's memory matched, and its {@code tm/auto} exact matches meet the same sentences.
 *
 * <p>NOTE: OmegaT applies every matching language's rules in turn, which is SRX's {@code cascade};
 * an SRX without cascade would be segmented by OmegaT as if it had it. Okapi's own SRX options
 * (trimming, ICU break rules) have no OmegaT counterpart; OmegaT trims segments itself. The version
 * written ({@value #SRX_VERSION}) is OmegaT 3.6's own: an older one makes OmegaT merge its default
 * rules into the project's.
 */
public final class OmegatProjectFiles {

    /** Where OmegaT looks for a project's own segmentation, relative to the project folder. */
    public static final String SEGMENTATION = "omegat/segmentation.conf";

    /** The project file's name. */
    public static final String PROJECT = "omegat.project";

    /** The version of OmegaT's segmentation beans that OmegaT 3.6 reads without merging in its defaults. */
    static final String SRX_VERSION = "0.2.2";

    private static final String SRX = "org.omegat.core.segmentation.SRX";
    private static final String MAP_RULE = "org.omegat.core.segmentation.MapRule";
    private static final String RULE = "org.omegat.core.segmentation.Rule";

    private OmegatProjectFiles() {
    }

    /** {@code omegat.project} for a project from {@code srcLang} into {@code tgtLang} (BCP 47 tags). */
    public static String project(String srcLang, String tgtLang) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<omegat>\n");
        sb.append("    <project version=\"1.0\">\n");
        for (String dir : List.of("source_dir", "target_dir", "tm_dir", "glossary_dir", "glossary_file", "dictionary_dir")) {
            sb.append("        <").append(dir).append(">__DEFAULT__</").append(dir).append(">\n");
        }
        element(sb, "source_lang", srcLang);
        element(sb, "target_lang", tgtLang);
        element(sb, "sentence_seg", "true");
        element(sb, "support_default_translations", "true");
        element(sb, "remove_tags", "false");
        sb.append("    </project>\n</omegat>\n");
        return sb.toString();
    }

    private static void element(StringBuilder sb, String name, String value) {
        sb.append("        <").append(name).append('>');
        Xml.text(sb, value);
        sb.append("</").append(name).append(">\n");
    }

    /** The rules of {@code srx} as OmegaT 3.6's {@code segmentation.conf}. */
    public static String segmentation(SRXDocument srx) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<java version=\"17\" class=\"java.beans.XMLDecoder\">\n <object class=\"").append(SRX).append("\">\n");
        bool(sb, "segmentSubflows", srx.segmentSubFlows());
        bool(sb, "includeStartingTags", srx.includeStartCodes());
        bool(sb, "includeEndingTags", srx.includeEndCodes());
        bool(sb, "includeIsolatedTags", srx.includeIsolatedCodes());
        sb.append("  <void property=\"version\"><string>").append(SRX_VERSION).append("</string></void>\n");
        sb.append("  <void property=\"mappingRules\">\n   <object class=\"java.util.ArrayList\">\n");
        Map<String, java.util.ArrayList<Rule>> rules = srx.getAllLanguageRules();
        for (LanguageMap map : srx.getAllLanguagesMaps()) {
            List<Rule> set = rules.get(map.getRuleName());
            if (set == null) {
                continue;
            }
            sb.append("    <void method=\"add\">\n     <object class=\"").append(MAP_RULE).append("\">\n");
            string(sb, "      ", "language", map.getRuleName());
            string(sb, "      ", "pattern", map.getPattern());
            sb.append("      <void property=\"rules\">\n       <object class=\"java.util.ArrayList\">\n");
            for (Rule r : set) {
                if (!r.isActive()) {
                    continue;
                }
                sb.append("        <void method=\"add\">\n         <object class=\"").append(RULE).append("\">\n");
                sb.append("          <void property=\"breakRule\"><boolean>").append(r.isBreak()).append("</boolean></void>\n");
                string(sb, "          ", "beforebreak", r.getBefore() == null ? "" : r.getBefore());
                string(sb, "          ", "afterbreak", r.getAfter() == null ? "" : r.getAfter());
                sb.append("         </object>\n        </void>\n");
            }
            sb.append("       </object>\n      </void>\n     </object>\n    </void>\n");
        }
        sb.append("   </object>\n  </void>\n </object>\n</java>\n");
        return sb.toString();
    }

    private static void bool(StringBuilder sb, String property, boolean value) {
        sb.append("  <void property=\"").append(property).append("\"><boolean>").append(value).append("</boolean></void>\n");
    }

    private static void string(StringBuilder sb, String indent, String property, String value) {
        sb.append(indent).append("<void property=\"").append(property).append("\"><string>");
        Xml.text(sb, value);
        sb.append("</string></void>\n");
    }
}
