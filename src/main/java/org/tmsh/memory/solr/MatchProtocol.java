package org.tmsh.memory.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import org.tmsh.memory.Rescorer;
import org.tmsh.memory.UnitKeys;
import org.tmsh.memory.lucene.LookupFields;

/**
 * What tmsh's client and the node-side look-up ({@code org.tmsh.memory.solr.node.MatchHandler}, {@code /tmsh/match}) agree on: the
 * handler's path, the request's parameters, the version both must report, and the rules of a Solr look-up
 * that both run (which words the probe asks for, when the exact stage may be skipped, which words it
 * counts), kept here once so that the plain-request look-up ({@code SolrLookup}) and the node's
 * ({@code NodeLookup}, in the node plug-in) cannot drift apart.
 */
public final class MatchProtocol {

    /** The handler's path in a core (the configset's {@code solrconfig.xml} registers it, lazily). */
    public static final String PATH = "/tmsh/match";

    /**
     * The version a client and a node must both report: the protocol's number (raised whenever a request,
     * a response or the look-up's rules change) and tmsh's build version. A node whose plug-in jar is of
     * another tmsh answers with its own version and does no look-up; the client then asks by plain queries.
     */
    public static final String VERSION = "match-1/" + buildVersion();

    /** Parameters of a request. */
    public static final String P_VERSION = "tmsh.v";
    public static final String P_TEXT = "tmsh.text";
    public static final String P_SRC = "tmsh.src";
    public static final String P_TGT = "tmsh.tgt";
    public static final String P_MIN = "tmsh.min";
    public static final String P_MAX = "tmsh.max";
    /** How many units a word may be in and still count as rare (the client knows the TM's unit count). */
    public static final String P_COMMON = "tmsh.common";
    /** The probe's size ({@code -Dtmsh.tm.probe} on the client). */
    public static final String P_PROBE = "tmsh.probe";
    /** The first page of the exact stage. */
    public static final String P_PAGE = "tmsh.page";
    /** The filter queries: the TM's own first, then those of the look-up's filter (Solr query syntax). */
    public static final String P_FQ = "tmsh.fq";
    /**
     * How the node walks its index: {@link #WALK_COUNTING} (the embedded memory's counting probe and counting walk
     * on the core's segments, the default) or {@link #WALK_QUERIES} (the plain look-up's two Lucene queries, the
     * node's way before; for comparison, {@code -Dtmsh.solr.nodeWalk=queries} on the client).
     */
    public static final String P_WALK = "tmsh.walk";
    public static final String WALK_COUNTING = "counting";
    public static final String WALK_QUERIES = "queries";

    /**
     * The fields of a collection of configset tmsh-5 on as the embedded memory's look-up reads them: word and pair
     * terms in {@code w_L} (one term a line of the value, pairs as text), the content-token count in {@code n_L},
     * texts in {@code t_L} and key hashes in {@code k_L} as binary doc values, the tuid as binary doc values.
     */
    public static final LookupFields FIELDS = new LookupFields("w_", "n_", "t_", "k_", LookupFields.LINES, true);
    /** The same of a collection of configset tmsh-7 on: pairs in {@code w_L} as hashes ({@link LookupFields#HASHED_LINES}). */
    public static final LookupFields FIELDS_HASHED = new LookupFields("w_", "n_", "t_", "k_", LookupFields.HASHED_LINES, true);

    /** The name of the field type of {@code w_L} in configset tmsh-7 on, whose pairs are hashed ({@link #FIELDS_HASHED}). */
    public static final String PAIR_HASHES = "pairhashes";

    /** The fields of a collection whose {@code w_L} has field type {@code wordsType} ({@link #PAIR_HASHES}: pairs hashed). */
    public static LookupFields fields(String wordsType) {
        return PAIR_HASHES.equals(wordsType) ? FIELDS_HASHED : FIELDS;
    }

    /** A query's term of {@code w_L} (a word, a word pair {@code a b}, a number) as {@code fields} index it. */
    public static String term(LookupFields fields, String term) {
        return fields.format() == LookupFields.HASHED_LINES && term.indexOf(' ') > 0 ? LookupFields.hashedPair(term)
                : term.replace('\n', ' ');
    }

    /** Keys of a response. */
    public static final String R_VERSION = "tmsh";
    /** Present when the node did no look-up: why ({@code version}, {@code layout}, {@code no-keys}). */
    public static final String R_REFUSED = "refused";
    public static final String R_MATCHES = "matches";
    public static final String R_CANDIDATES = "candidates";
    public static final String R_PAGES = "pages";

    private MatchProtocol() {
    }

    private static String buildVersion() {
        Properties p = new Properties();
        try (InputStream in = MatchProtocol.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // no version recorded: "unknown" on both sides still pairs only with itself
        }
        return p.getProperty("tmsh.version", "unknown");
    }

    /** The words (not word pairs) among a query's terms ({@link UnitKeys#wordTerms}). */
    public static List<String> singleWords(List<String> terms) {
        List<String> out = new ArrayList<>();
        for (String t : terms) {
            if (t.indexOf(' ') < 0) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The probe's terms: every word pair, the words that {@code rare} accepts (all of them when the query has
     * at most two keys), and, when there is any, the query's literal numbers; empty when none.
     */
    public static List<String> probeTerms(List<String> keys, List<String> numbers, Predicate<String> rare) {
        List<String> probe = new ArrayList<>();
        for (String term : UnitKeys.wordTerms(keys)) {
            if (term.indexOf(' ') > 0 || keys.size() <= 2 || rare.test(term)) {
                probe.add(term);
            }
        }
        if (!probe.isEmpty()) {
            probe.addAll(numbers); // the query's literal numbers break ties among units that differ only in them
        }
        return probe;
    }

    /**
     * True if every unit that can reach {@code floor} holds a word the probe asked for: such a unit
     * shares one of the query's |distinct| - need + 1 rarest words, so if the probe took all of them
     * (none counted common) and returned all it matched, the exact stage could only find units already
     * checked (as the embedded look-up's {@code FuzzySearch}). Counts above the TM's own only make this false more often.
     */
    public static boolean probeHoldsEveryCandidate(Rescorer rescorer, Map<String, Long> df, long common, int floor) {
        List<String> keys = rescorer.keys();
        if (keys.size() <= 2) {
            return true;
        }
        List<Long> byRarity = keys.stream().map(k -> k.replace(' ', '_')).distinct()
                .map(k -> df.getOrDefault(k, 0L)).sorted().toList();
        int prefix = byRarity.size() - rescorer.needed(Math.min(floor, 100)) + 1;
        for (int i = 0; i < Math.min(prefix, byRarity.size()); i++) {
            if (byRarity.get(i) > common) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words the exact stage counts: the query's distinct words, less those counted 0 (in no live unit:
     * counts are never below the TM's own); every word when {@code df} is null (no counts asked).
     */
    public static List<String> exactWords(List<String> keys, Map<String, Long> df) {
        return keys.stream().map(k -> k.replace(' ', '_')).distinct()
                .filter(k -> df == null || df.getOrDefault(k, 0L) > 0).toList();
    }

    /** How many of the query's distinct words and of its word pairs a unit must hold to reach a bar. */
    public record Need(int words, int pairs) {
    }

    /**
     * What a unit must hold to reach {@code bar} (the exact stage's page query asks for it), or null when no unit
     * can: more words or pairs needed than the query has left, and the exact stage ends.
     */
    public static Need need(Rescorer rescorer, int keys, List<String> words, List<String> pairs, int bar) {
        int need = rescorer.needed(bar);
        int pairNeed = Rescorer.pairsNeeded(keys, pairs.size(), bar);
        return need > words.size() || pairNeed > pairs.size() ? null : new Need(need, pairNeed);
    }

    /** The query's word pairs among its terms. */
    public static List<String> pairs(List<String> keys) {
        return UnitKeys.wordTerms(keys).stream().filter(t -> t.indexOf(' ') > 0).toList();
    }

    /**
     * Key hashes as bytes, 4 each, big-endian: how configset tmsh-5 on holds them ({@code k_L}) and how the node's
     * answer sends them.
     */
    public static byte[] hashBytes(int[] hashes) {
        byte[] b = new byte[hashes.length * 4];
        for (int i = 0; i < hashes.length; i++) {
            int h = hashes[i];
            b[4 * i] = (byte) (h >>> 24);
            b[4 * i + 1] = (byte) (h >>> 16);
            b[4 * i + 2] = (byte) (h >>> 8);
            b[4 * i + 3] = (byte) h;
        }
        return b;
    }
}
