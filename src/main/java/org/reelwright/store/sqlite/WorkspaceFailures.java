package org.reelwright.store.sqlite;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.reelwright.store.WorkspaceException;

/**
 * Turns what SQLite and the file system report into {@link WorkspaceException}s a user can act on. SQLite's
 * primary result codes (the low byte of an extended code) say what kind of failure it was; the message then says
 * what happened in words, what was (not) kept, and what to do. The raw cause stays attached for logs.
 */
final class WorkspaceFailures {
    static final int SQLITE_PERM = 3;
    static final int SQLITE_BUSY = 5;
    static final int SQLITE_LOCKED = 6;
    static final int SQLITE_READONLY = 8;
    static final int SQLITE_IOERR = 10;
    static final int SQLITE_CORRUPT = 11;
    static final int SQLITE_FULL = 13;
    static final int SQLITE_CANTOPEN = 14;
    static final int SQLITE_CONSTRAINT = 19;
    static final int SQLITE_NOTADB = 26;

    /** What the user has to know about their data when a write fails: the store holds what it held before. */
    static final String CHANGE_NOT_SAVED = "the last change was not saved and is still on screen";
    static final String NOTHING_CHANGED = "nothing in the workspace was changed";

    private WorkspaceFailures() {
    }

    static int primaryCode(SQLException e) {
        return e.getErrorCode() & 0xFF;
    }

    /** True when SQLite says the file is not a (healthy) database, as opposed to a disk or permission problem. */
    static boolean isDamage(SQLException e) {
        int code = primaryCode(e);
        return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
    }

    /**
     * @param action what was being done, e.g. "save the change to The Salt Archive"
     * @param consequence what that means for the user's data, e.g. {@link #CHANGE_NOT_SAVED}
     */
    static WorkspaceException of(SQLException e, Path folder, String action, String consequence) {
        String message = switch (primaryCode(e)) {
            case SQLITE_FULL -> diskFull(folder, consequence);
            case SQLITE_READONLY, SQLITE_PERM -> readOnly(folder, consequence);
            case SQLITE_CANTOPEN -> "Reelwright cannot open its workspace database in " + folder
                    + "; check that the folder exists and can be written, or start with --workspace DIR to use"
                    + " another folder — " + consequence + ".";
            case SQLITE_BUSY, SQLITE_LOCKED -> "The workspace database in " + folder + " is in use by another"
                    + " program, so Reelwright could not " + action + "; close that program and try again — "
                    + consequence + ".";
            case SQLITE_CORRUPT, SQLITE_NOTADB -> "The workspace database in " + folder + " is damaged, so"
                    + " Reelwright could not " + action + "; restart Reelwright, which sets the damaged file"
                    + " aside and restores the last saved versions — " + consequence + ".";
            case SQLITE_CONSTRAINT -> "Reelwright could not " + action + ": the workspace does not hold what"
                    + " the change started from (" + sqliteWords(e) + "); reopen the production — " + consequence
                    + ".";
            case SQLITE_IOERR -> "The disk holding the workspace (" + folder + ") reported an error, so Reelwright"
                    + " could not " + action + " (" + sqliteWords(e) + "); check the disk and try again — "
                    + consequence + ".";
            default -> "Reelwright could not " + action + " (" + sqliteWords(e) + ") — " + consequence + ".";
        };
        return new WorkspaceException(message, e);
    }

    /** For failures of the file system itself: creating the folder, the lock file, moving a damaged file. */
    static WorkspaceException of(IOException e, Path folder, String action, String consequence) {
        String reason = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        String message;
        if (reason.contains("no space left") || reason.contains("disk full") || reason.contains("not enough space")) {
            message = diskFull(folder, consequence);
        } else if (e instanceof AccessDeniedException || reason.contains("read-only file system")
                || reason.contains("operation not permitted") || reason.contains("permission denied")) {
            message = readOnly(folder, consequence);
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            message = "Reelwright could not " + action + " in " + folder + " (" + f.getReason()
                    + "); check the folder, or start with --workspace DIR to use another one — " + consequence + ".";
        } else {
            message = "Reelwright could not " + action + " in " + folder + " (" + e.getMessage()
                    + "); check the folder, or start with --workspace DIR to use another one — " + consequence + ".";
        }
        return new WorkspaceException(message, e);
    }

    static WorkspaceException readOnlyFolder(Path folder) {
        return new WorkspaceException(readOnly(folder, NOTHING_CHANGED));
    }

    static String diskFull(Path folder, String consequence) {
        return "The disk holding the workspace (" + folder + ") is full; free some space and try again — "
                + consequence + ".";
    }

    static String readOnly(Path folder, String consequence) {
        return "The workspace folder " + folder + " is read-only, so Reelwright cannot save there; make it writable"
                + " or start with --workspace DIR to use another folder — " + consequence + ".";
    }

    /** SQLite's own words without the JDBC driver's "[SQLITE_…]" prefix. */
    static String sqliteWords(SQLException e) {
        String text = String.valueOf(e.getMessage());
        int open = text.lastIndexOf('(');
        return open >= 0 && text.endsWith(")") ? text.substring(open + 1, text.length() - 1) : text;
    }
}
