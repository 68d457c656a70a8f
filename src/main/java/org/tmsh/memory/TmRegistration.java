package org.tmsh.memory;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.TmshException;

/**
 * Where a TM lives, in {@code $TMSH_HOME/tm/NAME/tmsh-memory.properties}: {@code backend} and, for a
 * Solr TM, {@code url}, {@code collection} and whether tmsh created the collection ({@code owned}).
 * A TM folder without this file is an embedded Lucene index (as every TM made before it was).
 * {@code routeBits}: for a Solr TM spread over several shards, the number of leading bits of the
 * document hash that its name decides (compositeId {@code NAME/B!KEY}; 0 = every shard); -1 (absent)
 * = the whole TM on one shard ({@code NAME!KEY}).
 * {@code tm}: the TM's name in the collection, when it differs from the local name.
 * Credentials are never written here: they come from the environment at each use.
 */
public record TmRegistration(String backend, String url, String collection, boolean owned, int routeBits,
                             String tmName) {

    public static final String FILE = "tmsh-memory.properties";

    /** A TM on one shard of its collection. */
    public TmRegistration(String backend, String url, String collection, boolean owned) {
        this(backend, url, collection, owned, -1);
    }

    /** A TM known in its collection by its local name. */
    public TmRegistration(String backend, String url, String collection, boolean owned, int routeBits) {
        this(backend, url, collection, owned, routeBits, null);
    }

    /**
     * The TM's name in its collection (property {@code tm}): its identity there, which {@code tm connect}
     * records when the translator picked another local name; the local name when absent.
     */
    public String nameIn(String localName) {
        return tmName == null ? localName : tmName;
    }

    public TmRegistration {
        if (routeBits < -1 || routeBits > 16) {
            throw new TmshException("route bits must be 0 to 16 (or absent), not " + routeBits);
        }
    }

    public static TmRegistration lucene() {
        return new TmRegistration("lucene", null, null, false);
    }

    /** The registration in a TM folder (Lucene when there is none). */
    public static TmRegistration read(Path dir) {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return lucene();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new TmshException(f + ": cannot read the TM's registration: " + e.getMessage(), e);
        }
        String backend = p.getProperty("backend", "lucene");
        if (!backend.equals("lucene") && !backend.equals("solr")) {
            throw new TmshException(f + ": unknown backend '" + backend + "' (lucene or solr)");
        }
        if (backend.equals("solr") && (p.getProperty("url") == null || p.getProperty("collection") == null)) {
            throw new TmshException(f + ": a Solr TM needs url and collection");
        }
        int bits;
        try {
            bits = Integer.parseInt(p.getProperty("route.bits", "-1").trim());
        } catch (NumberFormatException e) {
            throw new TmshException(f + ": route.bits must be a number from 0 to 16");
        }
        if (bits < -1 || bits > 16) {
            throw new TmshException(f + ": route.bits must be a number from 0 to 16");
        }
        return new TmRegistration(backend, p.getProperty("url"), p.getProperty("collection"),
                Boolean.parseBoolean(p.getProperty("owned", "false")), bits, p.getProperty("tm"));
    }

    /** Writes the registration into {@code dir} (created), replacing any in one rename. */
    public void write(Path dir) {
        Properties p = new Properties();
        p.setProperty("backend", backend);
        if (url != null) {
            p.setProperty("url", url);
            p.setProperty("collection", collection);
            p.setProperty("owned", Boolean.toString(owned));
            if (routeBits >= 0) {
                p.setProperty("route.bits", Integer.toString(routeBits));
            }
            if (tmName != null) {
                p.setProperty("tm", tmName);
            }
        }
        try {
            Files.createDirectories(dir);
            java.io.StringWriter text = new java.io.StringWriter();
            p.store(text, "tmsh translation memory: where its units live (no credentials)");
            // one of tmsh's atomic writes: a kill -9 leaves a .part file that the next write sweeps
            AtomicFiles.write(dir.resolve(FILE), out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new TmshException(dir + ": cannot register the TM: " + e.getMessage(), e);
        } catch (TmshException e) {
            throw new TmshException(dir + ": cannot register the TM: " + e.getMessage(), e);
        }
    }
}
