package org.tmsh.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A second process for {@link GlossaryLockTest}: changes glossary {@code args[1]} under {@code args[0]}
 * (adds a concept with the spelling {@code args[2]}), and while it holds the glossary's lock prints
 * "holding" and waits for a line on standard input before it writes and exits.
 */
public final class GlossaryLockHolder {

    private GlossaryLockHolder() {
    }

    public static void main(String[] args) {
        GlossaryStore store = new GlossaryStore(Path.of(args[0]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        store.update(args[1], g -> {
            System.out.println("holding");
            System.out.flush();
            try {
                in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Concept c = new Concept(g.nextId(), "", List.of(new Term("de", args[2], Term.Status.PREFERRED, "", "", List.of())));
            return new GlossaryStore.Edited<>(g.with(c), null);
        });
        System.out.println("done");
    }
}
