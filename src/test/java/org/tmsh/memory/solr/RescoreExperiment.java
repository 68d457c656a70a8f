package org.tmsh.memory.solr;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.util.ContentStreamBase;

import org.tmsh.common.Progress;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.match.Tokenizer;
import org.tmsh.memory.Match;
import org.tmsh.memory.Rescorer;
import org.tmsh.memory.TmRegistration;
import org.tmsh.memory.UnitKeys;

/**
 * Rescoring in tmsh vs in a Solr plugin, in one run (an experiment; see docs/team-memory.md,
 * "Look-up"): a one-shard TM in a collection whose configset adds {@link ServerRescoreComponent}; for
 * each query the same probe request is sent to the shard's core (non-distributed) once as tmsh
 * sends it (the candidates' texts and key hashes come back and tmsh rescores them) and once to the
 * plugin's handler (Solr rescores and answers the best match), alternately, after a warm-up pass.
 * Arguments: a TMX file (en-de), the number of queries. Queries: every k-th English text with its
 * last word removed (min 70).
 */
public final class RescoreExperiment {

    public static void main(String[] args) throws Exception {
        Path tmx = Path.of(args[0]);
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        List<String> queries = new ArrayList<>();
        List<String> all = new ArrayList<>();
        try (TmxReader r = TmxReader.open(tmx)) {
            for (TmxUnit u = r.next(); u != null; u = r.next()) {
                String en = u.text("en");
                if (en != null && en.split(" ").length >= 5) {
                    all.add(en);
                }
            }
        }
        for (int i = 0; i < all.size() && queries.size() < wanted; i += Math.max(1, all.size() / wanted)) {
            String en = all.get(i);
            queries.add(en.substring(0, en.lastIndexOf(' ')));
        }
        Path base = Files.createTempDirectory("tmsh-rescore-");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, base).build();
        try {
            String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
            SolrClient c = SolrCluster.client(url); // the process's client for the cluster: not closed
            new ConfigSetAdminRequest.Upload().setConfigSetName("tmsh-exp")
                    .setUploadStream(new ContentStreamBase.ByteArrayStream(configZip(), "tmsh-exp.zip", "application/zip"))
                    .process(c);
            CollectionAdminRequest.createCollection("exp", "tmsh-exp", 2, 1).process(c);
            cluster.waitForActiveCollection("exp", 2, 2);
            SolrMemory tm = SolrMemory.open("exp", new TmRegistration("solr", url, "exp", true));
            tm.importTmx(tmx, Progress.NONE);
            long units = tm.size();
            // the core of the shard that holds the TM, asked directly
            SolrMemory core = null;
            for (Slice s : cluster.getSolrClient().getClusterState().getCollection("exp").getSlices()) {
                Replica leader = s.getLeader();
                SolrMemory m = SolrMemory.open("exp", new TmRegistration("solr", leader.getBaseUrl(), leader.getCoreName(), false));
                SolrQuery q = new SolrQuery("*:*");
                q.set("distrib", "false");
                q.setRows(0);
                if (m.client().query(m.collection(), q).getResults().getNumFound() > 0) {
                    core = m;
                } else {
                    m.close();
                }
            }
            System.out.printf(Locale.ROOT, "%,d units on core %s; %d queries (min 70, best match); load average %s%n", units,
                    core.collection(), queries.size(), Files.readString(Path.of("/proc/loadavg")).trim());
            Tokenizer tokenizer = Tokenizer.standard();
            long common = tm.lookup.common();
            for (int pass = 0; pass < 2; pass++) {
                long[] client = new long[queries.size()];
                long[] server = new long[queries.size()];
                long clientQtime = 0;
                long serverQtime = 0;
                int same = 0;
                int asked = 0;
                for (int i = 0; i < queries.size(); i++) {
                    String text = queries.get(i);
                    Rescorer probe = new Rescorer(tokenizer, text, "en", "de", 70, 1);
                    List<String> keys = probe.keys();
                    if (keys.isEmpty()) {
                        continue;
                    }
                    Map<String, Long> df = tm.lookup.docFreqs(SolrSchema.words("en"), UnitKeys.wordTerms(keys));
                    SolrQuery q = tm.lookup.probeQuery(keys, probe.numberTerms(), df, common, "en", "de");
                    if (q == null) {
                        continue;
                    }
                    q.remove("_route_");
                    q.set("distrib", "false");
                    SolrQuery sq = q.getCopy();
                    sq.setRequestHandler("/tmshrescore");
                    sq.set("tmsh.text", text);
                    sq.set("tmsh.src", "en");
                    sq.set("tmsh.tgt", "de");
                    sq.set("tmsh.min", 70);
                    sq.set("tmsh.max", 1);
                    sq.setFields("score");
                    asked++;
                    List<Integer> a = null;
                    List<Integer> b = null;
                    for (int turn = 0; turn < 2; turn++) {
                        if ((turn + i) % 2 == 0) {
                            long t = System.nanoTime();
                            Rescorer rescorer = new Rescorer(tokenizer, text, "en", "de", 70, 1);
                            long qt0 = core.lookup.times.qtimeMs.sum();
                            rescorer.check(core.lookup.candidates(q, "en", "de", new HashSet<>()));
                            a = rescorer.results().stream().map(Match::score).toList();
                            client[i] = System.nanoTime() - t;
                            clientQtime += core.lookup.times.qtimeMs.sum() - qt0;
                        } else {
                            long t = System.nanoTime();
                            QueryResponse r = core.client().query(core.collection(), sq);
                            @SuppressWarnings("unchecked")
                            List<Map<String, Object>> got = (List<Map<String, Object>>) r.getResponse().get("tmsh");
                            b = got.stream().map(m -> ((Number) m.get("score")).intValue()).toList();
                            server[i] = System.nanoTime() - t;
                            serverQtime += r.getQTime();
                        }
                    }
                    same += a.equals(b) ? 1 : 0;
                }
                if (pass == 1) {
                    System.out.printf(Locale.ROOT, "probe request + rescoring, per look-up (%d asked, same best score %d):%n"
                            + "  rescored in tmsh:   median %.2f ms, mean %.2f ms (QTime mean %.2f ms)%n"
                            + "  rescored in Solr:   median %.2f ms, mean %.2f ms (QTime mean %.2f ms)%n", asked, same,
                            median(client), mean(client, asked), clientQtime / (double) asked, median(server),
                            mean(server, asked), serverQtime / (double) asked);
                }
            }
            core.close();
            tm.close();
        } finally {
            cluster.shutdown();
        }
    }

    private static double median(long[] ns) {
        long[] s = Arrays.stream(ns).filter(v -> v > 0).sorted().toArray();
        return s.length == 0 ? 0 : s[s.length / 2] / 1e6;
    }

    private static double mean(long[] ns, int n) {
        return Arrays.stream(ns).sum() / 1e6 / Math.max(1, n);
    }

    /** tmsh's configset with the experiment's component and handler added to its solrconfig. */
    private static byte[] configZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String f : List.of("schema.xml", "solrconfig.xml")) {
                String text;
                try (InputStream in = RescoreExperiment.class.getResourceAsStream("/tmsh/memory/solr/conf/" + f)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                if (f.equals("solrconfig.xml")) {
                    text = text.replace("</config>", "  <searchComponent name=\"tmshrescore\" class=\""
                            + ServerRescoreComponent.class.getName() + "\"/>\n"
                            + "  <requestHandler name=\"/tmshrescore\" class=\"solr.SearchHandler\">\n"
                            + "    <arr name=\"last-components\"><str>tmshrescore</str></arr>\n"
                            + "  </requestHandler>\n</config>");
                }
                zip.putNextEntry(new ZipEntry(f));
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
