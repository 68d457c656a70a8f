package org.tmsh.memory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.tmsh.common.TmshException;

/**
 * Where a TM lives, in {@code $TMSH_HOME/tm/NAME/tmsh-memory.properties}: {@code backend} and, for a
 * Solr TM, {@code url}, {@code collection} and whether tmsh created the collection ({@code owned}).
 * A TM folder without this file is an embedded Lucene index (as every TM made before it was).
 * Credentials are never written here: they come from the environment at each use.
 */
public record TmRegistration(String backend, String url, String collection, boolean owned) {

    public static final String FILE = "tmsh-memory.properties";

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
        return new TmRegistration(backend, p.getProperty("url"), p.getProperty("collection"),
                Boolean.parseBoolean(p.getProperty("owned", "false")));
    }

    /** Writes the registration into {@code dir} (created), replacing any in one rename. */
    public void write(Path dir) {
        Properties p = new Properties();
        p.setProperty("backend", backend);
        if (url != null) {
            p.setProperty("url", url);
            p.setProperty("collection", collection);
            p.setProperty("owned", Boolean.toString(owned));
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, FILE, ".part");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "tmsh translation memory: where its units live (no credentials)");
            }
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TmshException(dir + ": cannot register the TM: " + e.getMessage(), e);
        }
    }
}
