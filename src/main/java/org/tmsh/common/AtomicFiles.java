package org.tmsh.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every output file tmsh writes goes through here: checked, written beside its target, moved into place.
 *
 * <p>{@link #checkOutputs} refuses, with one line, an output that is one of the command's inputs (same
 * file after following links, hard links included), two outputs on one path, a folder, an existing file
 * that is not a regular file (a device, a FIFO, a socket), and a read-only file (whoever runs tmsh, root
 * included: the file's write bits decide). A symbolic link is written through: its target is replaced,
 * the link stays. The new content goes to a hidden temporary sibling of the (resolved) target, which is
 * moved over it in one step on {@link #commit}, so a failure leaves either the old file or the new one;
 * a replaced file keeps its permissions (and its owner and group where the system allows), a new file gets the umask's ({@code 0666 & ~umask}), as any
 * other tool's output. {@link #discard} removes the temporary file after a failure.
 *
 * <p>A kill -9 between creating and moving the temporary file leaves it behind; its name
 * ({@code .NAME.PID-RANDOM.part}, the name shortened with a hash when it is long: {@link #tempPrefix})
 * names the process, and the next write of the same file deletes it.
 *
 * <p>tmsh's own files (under its home) are written with {@link #writeOwn}: a link there is refused.
 */
public final class AtomicFiles {

    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /**
     * Checks every output against the rules above and against {@code inputs} (files the same command
     * reads; missing ones are ignored), before anything is computed.
     */
    public static void checkOutputs(Collection<Path> outputs, Collection<Path> inputs) {
        List<Path> seen = new ArrayList<>();
        for (Path out : outputs) {
            Path resolved = checkOutput(out);
            for (Path in : inputs) {
                if (same(resolved, in)) {
                    throw TmshException.inFile(out, 0, "is also an input of this command; choose another file to write");
                }
            }
            for (Path other : seen) {
                if (same(resolved, other) || resolved.equals(other)) {
                    throw TmshException.inFile(out, 0, "is given for two outputs of this command; give each its own file");
                }
            }
            seen.add(resolved);
        }
    }

    /**
     * Refuses an output inside one of {@code folders} (tmsh's own state: the TMs' indexes, the stored
     * glossaries), which only tmsh's commands may change.
     */
    public static void checkOutsideOf(Collection<Path> outputs, Collection<Path> folders) {
        for (Path out : outputs) {
            Path resolved = followLinks(out);
            for (Path folder : folders) {
                Path f = followLinks(folder);
                if (resolved.startsWith(f)) {
                    throw TmshException.inFile(out, 0, "is inside " + folder + ", which tmsh keeps itself; write elsewhere");
                }
            }
        }
    }

    /** The file that writing {@code target} replaces (links followed), after checking it may be written. */
    public static Path checkOutput(Path target) {
        Path name = target.getFileName();
        if (name != null && utf8Length(name.toString()) > NAME_MAX) {
            throw TmshException.inFile(target, 0, "the file name is " + utf8Length(name.toString())
                    + " bytes long; file systems take at most " + NAME_MAX);
        }
        Path p = followLinks(target);
        if (Files.isDirectory(p)) {
            throw TmshException.inFile(target, 0, "is a folder; give a file name to write");
        }
        if (Files.exists(p)) {
            if (!Files.isRegularFile(p)) {
                throw TmshException.inFile(target, 0, "is not a regular file (a device, FIFO or socket); tmsh writes only regular files");
            }
            if (readOnly(p)) {
                throw TmshException.inFile(target, 0, "is read-only; tmsh does not overwrite it (make it writable or write elsewhere)");
            }
        }
        return p;
    }

    /**
     * The temporary files this process has made and not yet moved or removed: an interrupted process
     * (Ctrl-C, SIGINT, SIGTERM: the JVM runs its shutdown hooks) removes them on its way out, so only a
     * kill -9 leaves a {@code .part} file, for the next write of that output to sweep.
     */
    private static final java.util.Set<Path> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final java.util.function.Supplier<Boolean> HOOK = Lazy.of(() -> {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(AtomicFiles::discard), "tmsh-part-files"));
        return true;
    });

    /**
     * A new empty temporary file beside the file {@code target} names (its folder is created if needed),
     * removed if the process is interrupted before it is moved ({@link #commit}) or removed ({@link #discard}).
     */
    public static Path tempSibling(Path target) throws IOException {
        Path abs = checkOutput(target);
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        // no permissions given: the system applies the umask to 0666, as for any new file
        return newSibling(dir, abs, temp -> {
            Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            return temp;
        });
    }

    /** What makes a temporary sibling: a file or a folder, failing if {@code temp} exists. */
    private interface Create {
        Path at(Path temp) throws IOException;
    }

    /**
     * A new temporary sibling of {@code abs} in {@code dir} ({@code .NAME.PID-RANDOM.part}), made by {@code create}
     * after what dead processes left under that name is swept; removed if the process is interrupted.
     */
    private static Path newSibling(Path dir, Path abs, Create create) throws IOException {
        String prefix = tempPrefix(abs.getFileName().toString());
        sweep(dir, prefix);
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(prefix + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
            try {
                HOOK.get();
                LIVE.add(temp);
                return create.at(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                LIVE.remove(temp);
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * A new empty hidden folder beside the folder {@code target} names, for a command that builds a folder
     * whole and moves it into place ({@code pretranslate --omegat}): named as a temporary file is
     * ({@code .NAME.PID-RANDOM.part}), so the next build of the same folder removes what a kill -9 left,
     * and removed with its content if the process is interrupted before {@link #commitFolder}.
     */
    public static Path tempFolderSibling(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        return newSibling(dir, abs, Files::createDirectory);
    }

    /**
     * Moves a folder built by {@link #tempFolderSibling} to {@code target} in one step; an empty folder
     * already there (never a link) is replaced. Fails, leaving {@code target} as it was, when anything else
     * is there.
     */
    public static void commitFolder(Path temp, Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.delete(target); // an empty folder only: delete refuses any other
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                throw new java.nio.file.FileAlreadyExistsException(target.toString()); // filled by another process meanwhile
            }
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        LIVE.remove(temp);
    }

    /**
     * One more temporary file for the output {@code temp} (from {@link #tempSibling}) is being written to:
     * a step that rewrites the unfinished output (merge restoring a DOCX's revision marks) names its own
     * file as the output's temporary files are named, so the output's next write sweeps it after a kill -9.
     * For a file not named so, a temporary sibling of {@code temp} itself.
     */
    public static Path anotherTemp(Path temp) throws IOException {
        Path abs = temp.toAbsolutePath().normalize();
        java.util.regex.Matcher m = TEMP_NAME.matcher(abs.getFileName().toString());
        if (!m.matches()) {
            return tempSibling(abs);
        }
        for (int attempt = 0; ; attempt++) {
            Path other = abs.resolveSibling(m.group(1) + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
            try {
                HOOK.get();
                LIVE.add(other);
                Files.newOutputStream(other, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return other;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                LIVE.remove(other);
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** A temporary name of {@link #tempSibling}: the prefix, then the process id, '-', hex digits, ".part". */
    private static final java.util.regex.Pattern TEMP_NAME = java.util.regex.Pattern.compile("(\\..*\\.)\\d+-[0-9a-f]+\\.part");

    /** The most bytes a file name may have on the file systems tmsh writes to (ext4, XFS, btrfs, tmpfs, APFS, NTFS in UTF-16 units). */
    public static final int NAME_MAX = 255;
    /** Room a temporary name needs after its prefix: a process id (up to 10 digits), '-', 16 hex digits, ".part". */
    private static final int TEMP_TAIL = 10 + 1 + 16 + ".part".length();

    /**
     * The start of the hidden temporary names for a file named {@code name}: {@code .NAME.}, or, when
     * that would make the temporary name longer than {@link #NAME_MAX} bytes (a legal 250-byte name), the
     * name's first characters, {@code ~} and 8 hex digits of a hash of the whole name: still hidden, still
     * the same for the same name (so the next write sweeps what a killed one left), and short enough.
     */
    static String tempPrefix(String name) {
        String plain = "." + name + ".";
        if (utf8Length(plain) + TEMP_TAIL <= NAME_MAX) {
            return plain;
        }
        String hash = String.format("%08x", name.hashCode());
        int room = NAME_MAX - TEMP_TAIL - 1 - 1 - hash.length() - 1;
        StringBuilder head = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int n = utf8Length(new String(Character.toChars(cp)));
            if (bytes + n > room) {
                break;
            }
            head.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return "." + head + "~" + hash + ".";
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Refuses, with one line, a symbolic link at {@code file} or at any folder between {@code root}
     * (tmsh's home, which may itself be a link the user made) and it: a file tmsh keeps for itself
     * (a cache, a glossary, a TM's registration, the history) is replaced, never written through, so
     * a link planted there cannot make tmsh overwrite the file it points to.
     */
    public static void checkOwn(Path root, Path file) {
        Path r = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (!f.startsWith(r) || f.equals(r)) {
            r = f.getParent();
        }
        Path cur = r;
        for (Path part : r.relativize(f)) {
            cur = cur.resolve(part);
            if (Files.isSymbolicLink(cur)) {
                throw TmshException.inFile(cur, 0, "is a symbolic link where tmsh keeps its own "
                        + (cur.equals(f) ? "file" : "folder") + "; tmsh does not write through it (remove the link)");
            }
        }
    }

    /**
     * Writes {@code file}, one of tmsh's own files under {@code root}, atomically with {@code content},
     * after {@link #checkOwn}: the file is replaced, never followed.
     */
    public static void writeOwn(Path root, Path file, Content content) {
        checkOwn(root, file);
        write(file, content);
    }

    /**
     * Refuses, with one line, a folder of a fixed name in a place others may write to (the system's
     * temporary folder) that tmsh would write into and sweep: a symbolic link there, something that is
     * not a folder, or a folder another user owns. Anyone can make {@code /tmp/NAME} before tmsh does;
     * written through, it would receive the command's data and have its entries deleted by tmsh's sweep.
     * A missing folder is fine (tmsh makes it).
     */
    public static void checkSharedFolder(Path dir) {
        if (Files.isSymbolicLink(dir)) {
            throw TmshException.inFile(dir, 0, "is a symbolic link; tmsh writes its temporary folders only as plain folders (remove the link)");
        }
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw TmshException.inFile(dir, 0, "is not a folder; tmsh keeps temporary files there (move it away)");
        }
        try {
            java.nio.file.attribute.UserPrincipal owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS);
            java.nio.file.attribute.UserPrincipal me = dir.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            if (!owner.equals(me)) {
                throw TmshException.inFile(dir, 0, "belongs to " + owner.getName() + ", not to " + me.getName()
                        + "; tmsh writes into no other user's folder (remove it, or name another folder)");
            }
        } catch (UnsupportedOperationException | IOException e) {
            // no owners on this file system: the link and type checks are what can be done
        }
    }

    /**
     * Deletes the {@code PREFIX PID-RANDOM.part} files (and folders, {@link #tempFolderSibling}) in {@code dir}
     * whose process has ended (a kill left them).
     */
    private static void sweep(Path dir, String prefix) {
        try (java.nio.file.DirectoryStream<Path> s = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".part"))) {
            for (Path p : s) {
                String middle = p.getFileName().toString().substring(prefix.length());
                int dash = middle.indexOf('-');
                if (dash > 0 && middle.substring(0, dash).chars().allMatch(Character::isDigit)
                        && !alive(middle.substring(0, dash))
                        && (Files.isRegularFile(p) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))) {
                    discard(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // sweeping is a courtesy; the write goes on
        }
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Moves a finished temporary file over the file {@code target} names, keeping the permissions of the file it replaces. */
    public static void commit(Path temp, Path target) throws IOException {
        Path dest = checkOutput(target);
        try {
            if (Files.isRegularFile(dest) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                keepOwner(temp, dest);
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(dest));
            }
            Files.move(temp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LIVE.remove(temp);
        } catch (IOException | RuntimeException e) {
            discard(temp);
            throw e;
        }
    }

    /** Gives {@code temp} the owner and group of {@code dest} where the system allows it (root, or the same owner). */
    private static void keepOwner(Path temp, Path dest) {
        try {
            java.nio.file.attribute.PosixFileAttributes a = Files.readAttributes(dest, java.nio.file.attribute.PosixFileAttributes.class);
            java.nio.file.attribute.PosixFileAttributeView v = Files.getFileAttributeView(temp,
                    java.nio.file.attribute.PosixFileAttributeView.class);
            if (!a.group().equals(v.readAttributes().group())) {
                v.setGroup(a.group());
            }
            if (!a.owner().equals(v.readAttributes().owner())) {
                v.setOwner(a.owner());
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not allowed: the new file is the writer's, as with any tool that replaces a file
        }
    }

    /** Removes a temporary file after a failure (quietly: the failure is what the user needs to hear about). */
    public static void discard(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            if (Files.isDirectory(temp, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(temp);
            }
            Files.deleteIfExists(temp);
            LIVE.remove(temp);
        } catch (IOException ignored) {
            // nothing more can be done; the name is hidden and ends in .part
        }
    }

    /** Deletes a folder and what it holds; links inside are removed, never followed. */
    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) throws IOException {
                Files.deleteIfExists(f);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
    }

    /** Writes {@code text} as UTF-8 to {@code target} atomically (the checks, the temporary file, the move). */
    public static void writeString(Path target, CharSequence text) {
        write(target, os -> os.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** What writes the content of an output. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} atomically with {@code content}; on any failure no temporary file remains. */
    public static void write(Path target, Content content) {
        Path temp = null;
        try {
            temp = tempSibling(target);
            try (OutputStream os = Files.newOutputStream(temp, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                content.writeTo(os);
            }
            commit(temp, target);
        } catch (IOException e) {
            discard(temp);
            throw TmshException.inFile(target, 0, "cannot write: " + message(e), e);
        } catch (RuntimeException | Error e) {
            discard(temp);
            throw e;
        }
    }

    /**
     * An I/O error as a user reads it ("No space left on device" rather than the class name). Java's
     * {@link java.nio.file.AccessDeniedException} carries only the file's name, often a temporary file of tmsh's
     * or a library's: it is said as what to fix, the folder that cannot be written to or the file that cannot be
     * read or written ("permission denied: the folder /srv/out is not writable for you"); other file-system
     * exceptions without a reason are named by their kind.
     */
    public static String message(Throwable t) {
        if (t instanceof java.io.UncheckedIOException u && u.getCause() != null) {
            return message(u.getCause());
        }
        if (t instanceof java.nio.file.AccessDeniedException a && a.getReason() == null && a.getFile() != null) {
            return denied(Path.of(a.getFile()));
        }
        if (t instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (t instanceof java.nio.file.NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (t instanceof java.nio.file.NotDirectoryException n) {
            return "not a folder: " + n.getFile();
        }
        if (t instanceof java.nio.file.FileAlreadyExistsException n) {
            return "already exists: " + n.getFile();
        }
        if (t != null && t.getCause() instanceof java.nio.file.AccessDeniedException a) {
            return message(a);
        }
        return t == null ? "unknown failure" : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Permission denied at {@code file}: its folder not writable (a file to be made there), or the file itself. */
    private static String denied(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && dir != null && Files.isDirectory(dir) && !Files.isWritable(dir)) {
            return "permission denied: the folder " + dir + " is not writable for you (nothing was written there)";
        }
        if (dir != null && !Files.isDirectory(dir)) {
            Path up = dir;
            while (up != null && !Files.isDirectory(up)) {
                up = up.getParent();
            }
            if (up != null && !Files.isWritable(up)) {
                return "permission denied: the folder " + up + " is not writable for you (nothing was written there)";
            }
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isReadable(file)) {
            return "permission denied: " + file + " is not readable for you";
        }
        return "permission denied: " + file + (Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? " is not writable for you" : "");
    }

    /** {@code p} with symbolic links followed to the file they name (which may not exist yet). */
    static Path followLinks(Path p) {
        Path cur = p.toAbsolutePath().normalize();
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(cur); i++) {
            try {
                Path link = Files.readSymbolicLink(cur);
                cur = cur.resolveSibling(link).normalize();
            } catch (IOException e) {
                throw TmshException.inFile(p, 0, "cannot follow the link: " + message(e), e);
            }
        }
        if (Files.isSymbolicLink(cur)) {
            throw TmshException.inFile(p, 0, "too many levels of symbolic links");
        }
        Path dir = cur.getParent();
        if (dir != null && Files.exists(dir)) {
            try {
                return dir.toRealPath().resolve(cur.getFileName());
            } catch (IOException e) {
                return cur;
            }
        }
        return cur;
    }

    /** Whether {@code a} and {@code b} name one file: the same path once links are followed, or one file key (hard links). */
    public static boolean sameFile(Path a, Path b) {
        Path ra = followLinks(a);
        return same(ra, b) || ra.equals(followLinks(b));
    }

    private static boolean same(Path resolvedOut, Path other) {
        Path in = followLinks(other);
        if (in.equals(resolvedOut)) {
            return true;
        }
        try {
            return Files.exists(in) && Files.exists(resolvedOut) && Files.isSameFile(in, resolvedOut);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean readOnly(Path p) {
        if (!Files.isWritable(p)) {
            return true;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            return !perms.contains(PosixFilePermission.OWNER_WRITE) && !perms.contains(PosixFilePermission.GROUP_WRITE)
                    && !perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }
}
