package org.reelwright.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Replaces a file so that a reader (or a crash) sees either the old content or the new, never a mix: the content
 * goes to a temporary file in the same folder, is flushed to the disk, then moved over the target in one atomic
 * rename. Any failure deletes the temporary file and leaves the target untouched.
 *
 * <p>The replaced file keeps the target's permissions; a new file gets what the user's umask gives any new file
 * (the temporary file is created without explicit permissions, unlike {@code Files.createTempFile}, which makes it
 * 0600 whatever the umask). A read-only target is refused rather than silently replaced: the rename would succeed
 * whenever the folder is writable, even for root.
 */
public final class AtomicFiles {

    /** Writes the new content to the stream it is given. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, ContentWriter content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        if (readOnly(absolute)) {
            throw new AccessDeniedException(absolute.toString(), null, "permission denied: "
                    + absolute.getFileName() + " is read-only; make it writable or choose another name");
        }
        Path temp = null;
        for (int attempt = 0; temp == null; attempt++) {
            Path candidate = folder.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(
                    RANDOM.nextLong(), 36) + ".tmp");
            try {
                // No permissions given: the OS applies the umask to 0666, as for any file the user creates.
                Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                temp = candidate;
            } catch (FileAlreadyExistsException taken) {
                if (attempt > 100) {
                    throw taken;
                }
            } catch (FileSystemException e) {
                throw folderNotWritable(absolute, e);
            }
        }
        try {
            keepPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("this file system cannot replace " + absolute.getFileName()
                        + " atomically; save to a local folder", e);
            }
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The temporary file could not be made. When the folder may not be written (permissions, an immutable folder, a
     * read-only file system) that is said as "permission denied" naming the target and its folder, not the
     * temporary file's made-up name; any other reason (no space left, ...) is passed on as the system said it.
     */
    private static IOException folderNotWritable(Path target, FileSystemException e) {
        String reason = String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT);
        if (e instanceof AccessDeniedException || reason.contains("operation not permitted")
                || reason.contains("read-only file system") || !Files.isWritable(target.getParent())) {
            IOException denied = new AccessDeniedException(target.toString(), null, "permission denied: the folder "
                    + target.getParent() + " is read-only");
            denied.initCause(e);
            return denied;
        }
        return new FileSystemException(target.toString(), null, e.getReason());
    }

    /** An existing target the user marked read-only (no owner write bit; the DOS read-only flag on Windows). */
    private static boolean readOnly(Path target) throws IOException {
        if (!Files.isRegularFile(target)) {
            return false;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (posix != null) {
            return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        }
        try {
            return Files.readAttributes(target, DosFileAttributes.class).isReadOnly();
        } catch (UnsupportedOperationException noDos) {
            return !Files.isWritable(target);
        }
    }

    /** The replacement keeps the target's permissions (a file shared with the group stays shared). */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (from != null && to != null) {
            Set<PosixFilePermission> permissions = from.readAttributes().permissions();
            to.setPermissions(permissions);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS). */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }
}
