package org.reelwright.store.sqlite;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.reelwright.domain.Phrase;
import org.reelwright.store.WorkspaceException;

/**
 * One Reelwright per workspace folder: an exclusive operating-system lock on {@code workspace.lock}, held while the
 * workspace is open. The operating system drops the lock when the process ends, however it ends, so a crash never
 * leaves a stale lock behind; the file itself stays (deleting it would let a third instance lock a fresh file
 * while a second still holds the old one). The holder writes its process id into the file so the refusal can name
 * it.
 */
final class WorkspaceLock implements AutoCloseable {
    static final String FILE_NAME = "workspace.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @throws WorkspaceException when another Reelwright (or another open workspace in this process) holds the
     *         folder, or the lock file cannot be created
     */
    static WorkspaceLock acquire(Path folder) throws WorkspaceException {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw WorkspaceFailures.of(e, folder, WorkspaceFailures.action("lockFile"),
                    WorkspaceFailures.NOTHING_CHANGED);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this very process already has the folder open
            }
            if (lock == null) {
                Phrase holder = holder(file);
                channel.close();
                throw WorkspaceFailures.failure(null, "alreadyRunning", folder.toString(), holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + System.lineSeparator())
                    .getBytes(StandardCharsets.US_ASCII)), 0);
            return new WorkspaceLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw WorkspaceFailures.of(e, folder, WorkspaceFailures.action("lock"),
                    WorkspaceFailures.NOTHING_CHANGED);
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // Closing the channel below releases the lock as well.
        }
        closeQuietly(channel);
    }

    /** ", process 1234" when the holder's id can be read (Windows locks the bytes against reading: then ""). */
    private static Phrase holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,10}") ? WorkspaceFailures.words("heldBy", pid) : Phrase.literal("");
        } catch (IOException e) {
            return Phrase.literal("");
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was written through this channel that could be lost.
        }
    }
}
