package org.tmsh.memory.solr;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.cloud.MiniSolrCloudCluster;

import org.tmsh.TestFiles;

/**
 * A SolrCloud of its own on this machine, for trying the team commands by hand without Apache's Solr
 * distribution ({@code mvn -q -B -Psolr-cluster test-compile exec:exec}): 2 nodes (or the number
 * given) and an embedded ZooKeeper in this process, their folder removed at the end. It prints each
 * node's URL, then reads commands, one a line: {@code stop N} and {@code start N} (node N, from 0:
 * a machine lost and back), {@code nodes}, and {@code quit} (or the end of the input).
 */
public final class LocalCluster {

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Path base = Files.createTempDirectory("tmsh-local-solr-");
        // the nodes may read the folder of tmsh's bulk import path (a tmsh on this machine with the same temp folder)
        SolrTestCluster.allowBulkPath();
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base).build();
        try {
            print(cluster);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                String[] w = line.trim().toLowerCase(Locale.ROOT).split("\\s+");
                try {
                    switch (w[0]) {
                        case "quit" -> {
                            return;
                        }
                        case "stop" -> {
                            JettySolrRunner j = cluster.getJettySolrRunner(Integer.parseInt(w[1]));
                            j.stop();
                            System.out.println("stopped node " + w[1] + " (" + j.getBaseUrl() + ")");
                        }
                        case "start" -> {
                            JettySolrRunner j = cluster.getJettySolrRunner(Integer.parseInt(w[1]));
                            j.start(true);
                            System.out.println("started node " + w[1] + ": " + j.getBaseUrl());
                        }
                        case "nodes", "" -> print(cluster);
                        default -> System.out.println("commands: stop N, start N, nodes, quit");
                    }
                } catch (Exception e) {
                    System.out.println("cannot: " + e.getMessage());
                }
            }
        } finally {
            cluster.shutdown();
            TestFiles.deleteQuietly(base);
        }
    }

    private static void print(MiniSolrCloudCluster cluster) {
        for (int i = 0; i < cluster.getJettySolrRunners().size(); i++) {
            JettySolrRunner j = cluster.getJettySolrRunner(i);
            System.out.println("node " + i + ": " + (j.isRunning() ? j.getBaseUrl() : "stopped"));
        }
        System.out.println("ZooKeeper: " + cluster.getZkServer().getZkAddress());
    }

    private LocalCluster() {
    }
}
