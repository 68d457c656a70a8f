package org.tmsh.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.StoreLock;
import org.tmsh.common.TmshException;
import org.tmsh.jobs.Glossaries;
import org.tmsh.jobs.TermAddJob;

/**
 * Glossary writes are one at a time (issue 20, item 3). Each test forces the overlap: a first writer
 * holds the glossary's lock inside its change (held on a latch, or in a second process) while the
 * others start, and goes on only once they are seen waiting for the lock.
 */
class GlossaryLockTest {

    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
        System.clearProperty(StoreLock.WAIT_PROPERTY);
    }

    private static TermAddJob.Request add(String form) {
        return new TermAddJob.Request("g", form, "de", null, null, null, List.of(), null, null);
    }

    private static Concept concept(String id, String form) {
        return new Concept(id, "", List.of(new Term("de", form, Term.Status.PREFERRED, "", "", List.of())));
    }

    /** A writer that adds one concept under the lock, and holds the lock until {@code release}. */
    private Future<?> holder(String form, CountDownLatch inside, CountDownLatch release) {
        GlossaryStore store = new GlossaryStore(dir);
        return pool.submit(() -> store.update("g", g -> {
            inside.countDown();
            try {
                assertTrue(release.await(60, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new GlossaryStore.Edited<>(g.with(new Concept(g.nextId(), "", concept("x", form).terms())), null);
        }));
    }

    private static List<String> forms(Glossary g) {
        return g.concepts().stream().flatMap(c -> c.terms().stream()).map(Term::form).sorted().toList();
    }

    @Test
    void twoTermAddsAtOnceKeepBothConceptsUnderTwoIds() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = holder("Lawrow", inside, release);
        assertTrue(inside.await(60, TimeUnit.SECONDS));
        GlossaryStore second = new GlossaryStore(dir);
        CountDownLatch waiting = new CountDownLatch(1);
        second.onWait(waiting::countDown);
        Future<TermAddJob.Outcome> added = pool.submit(() -> new TermAddJob(new Glossaries(second)).run(add("Putin")));
        assertTrue(waiting.await(60, TimeUnit.SECONDS), "the second term add waits for the first");
        release.countDown();
        first.get(60, TimeUnit.SECONDS);
        TermAddJob.Outcome o = added.get(60, TimeUnit.SECONDS);
        Glossary g = new GlossaryStore(dir).load("g");
        assertEquals(List.of("Lawrow", "Putin"), forms(g));
        assertEquals(List.of("c1", "c2"), g.concepts().stream().map(Concept::id).toList());
        assertEquals("c2", o.concept().id(), "the second writer read the first one's concept before choosing an id");
    }

    @Test
    void anImportRacingTermAddsLosesNothing() throws Exception {
        List<Concept> incoming = new ArrayList<>();
        for (int i = 1; i <= 20_000; i++) {
            incoming.add(concept("c" + i, "Name" + i));
        }
        Path from = dir.resolve("big.tbx");
        // a first term add holds the lock; an import and two more term adds start meanwhile
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = holder("Lawrow", inside, release);
        assertTrue(inside.await(60, TimeUnit.SECONDS));
        CountDownLatch waiting = new CountDownLatch(3);
        List<Future<?>> others = new ArrayList<>();
        GlossaryStore importer = new GlossaryStore(dir);
        importer.onWait(waiting::countDown);
        others.add(pool.submit(() -> importer.importInto("g", new Glossary("big", incoming), from, false)));
        for (String form : List.of("Putin", "Choe Son-hui")) {
            GlossaryStore s = new GlossaryStore(dir);
            s.onWait(waiting::countDown);
            others.add(pool.submit(() -> new TermAddJob(new Glossaries(s)).run(add(form))));
        }
        assertTrue(waiting.await(60, TimeUnit.SECONDS), "all three wait for the first writer");
        release.countDown();
        first.get(60, TimeUnit.SECONDS);
        for (Future<?> f : others) {
            f.get(120, TimeUnit.SECONDS);
        }
        Glossary g = new GlossaryStore(dir).load("g");
        assertEquals(20_003, g.concepts().size());
        assertEquals(20_003, new HashSet<>(g.concepts().stream().map(Concept::id).toList()).size(), "no id shared");
        List<String> forms = forms(g);
        assertTrue(forms.containsAll(List.of("Lawrow", "Putin", "Choe Son-hui", "Name1", "Name20000")));
    }

    @Test
    void aWriterThatWaitsTooLongIsRefusedAndChangesNothing() throws Exception {
        System.setProperty(StoreLock.WAIT_PROPERTY, "300");
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = holder("Lawrow", inside, release);
        assertTrue(inside.await(60, TimeUnit.SECONDS));
        TmshException e = assertThrows(TmshException.class,
                () -> new TermAddJob(new Glossaries(new GlossaryStore(dir))).run(add("Putin")));
        assertTrue(e.getMessage().startsWith("glossary 'g' is being changed by another tmsh command"), e.getMessage());
        assertTrue(e.getMessage().contains("waited 300 ms"), e.getMessage());
        release.countDown();
        first.get(60, TimeUnit.SECONDS);
        assertEquals(List.of("Lawrow"), forms(new GlossaryStore(dir).load("g")));
    }

    @Test
    void aSecondProcessHoldingTheLockIsWaitedFor() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                GlossaryLockHolder.class.getName(), dir.toString(), "g", "Lawrow").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("holding", out.readLine(), "the other process holds the lock");
            // the lock is the system's: this process is refused while the other holds it ...
            System.setProperty(StoreLock.WAIT_PROPERTY, "200");
            assertThrows(TmshException.class, () -> new TermAddJob(new Glossaries(new GlossaryStore(dir))).run(add("Putin")));
            // ... and waits for it when the wait is long enough
            System.setProperty(StoreLock.WAIT_PROPERTY, "60000");
            GlossaryStore mine = new GlossaryStore(dir);
            CountDownLatch waiting = new CountDownLatch(1);
            mine.onWait(waiting::countDown);
            Future<TermAddJob.Outcome> added = pool.submit(() -> new TermAddJob(new Glossaries(mine)).run(add("Putin")));
            assertTrue(waiting.await(60, TimeUnit.SECONDS));
            Writer w = new OutputStreamWriter(other.getOutputStream(), StandardCharsets.UTF_8);
            w.write("go\n");
            w.flush();
            assertEquals("done", out.readLine());
            assertEquals(0, other.waitFor());
            assertEquals("c2", added.get(60, TimeUnit.SECONDS).concept().id());
        } finally {
            other.destroyForcibly();
        }
        Glossary g = new GlossaryStore(dir).load("g");
        assertEquals(List.of("Lawrow", "Putin"), forms(g));
        assertEquals(List.of("c1", "c2"), g.concepts().stream().map(Concept::id).toList());
    }

    @Test
    void aKilledHolderLeavesNoLock() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                GlossaryLockHolder.class.getName(), dir.toString(), "g", "Lawrow").redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("holding", out.readLine());
        other.destroyForcibly().waitFor();
        System.setProperty(StoreLock.WAIT_PROPERTY, "10000");
        assertEquals("c1", new TermAddJob(new Glossaries(new GlossaryStore(dir))).run(add("Putin")).concept().id());
        assertEquals(List.of("Putin"), forms(new GlossaryStore(dir).load("g")));
    }

    @Test
    void aChangeThatFailsLeavesTheGlossaryAsItWasAndTheLockFree() throws Exception {
        GlossaryStore store = new GlossaryStore(dir);
        new TermAddJob(new Glossaries(store)).run(add("Lawrow"));
        byte[] before = java.nio.file.Files.readAllBytes(store.file("g"));
        assertThrows(IllegalStateException.class, () -> store.update("g", g -> {
            throw new IllegalStateException("fault injected inside the change");
        }));
        // an error while the new file is written (here: the glossary to write holds a term with no language)
        assertThrows(RuntimeException.class, () -> store.update("g", g -> new GlossaryStore.Edited<>(
                g.with(new Concept("c9", "", List.of(new Term(null, "X", Term.Status.PREFERRED, "", "", List.of())))), null)));
        assertEquals(new String(before, StandardCharsets.UTF_8), java.nio.file.Files.readString(store.file("g")));
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part")).toList(), "no temporary file left");
        }
        System.setProperty(StoreLock.WAIT_PROPERTY, "200");
        assertEquals("c2", new TermAddJob(new Glossaries(store)).run(add("Putin")).concept().id(), "the lock was released");
    }
}
