package org.reelwright.store.sqlite;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.reelwright.domain.Phrase;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.WorkspaceException;

/**
 * Turns what SQLite and the file system report into {@link WorkspaceException}s a user can act on. SQLite's
 * primary result codes (the low byte of an extended code) say what kind of failure it was; the message then says
 * what happened in words, what was (not) kept, and what to do, in the user's language (the {@code workspace.*} keys
 * of the store's bundle). SQLite's and the JDK's own words never show: the raw cause stays attached for logs.
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

    /** The store's bundle; the workspace's words are its {@code workspace.*} keys. */
    static final String BUNDLE = ProjectFileException.BUNDLE;

    /** What the user has to know about their data when a write fails: the store holds what it held before. */
    static final Phrase CHANGE_NOT_SAVED = consequence("changeNotSaved");
    static final Phrase NOTHING_CHANGED = consequence("nothingChanged");

    private WorkspaceFailures() {
    }

    /** What was being done, as the messages name it: {@code workspace.action.<name>}. */
    static Phrase action(String name, Object... args) {
        return Phrase.of(BUNDLE, "workspace.action." + name, args);
    }

    /** What a failure means for the user's data: {@code workspace.consequence.<name>}. */
    static Phrase consequence(String name) {
        return Phrase.of(BUNDLE, "workspace.consequence." + name);
    }

    /** A message of the bundle: {@code workspace.<key>}. */
    static Phrase words(String key, Object... args) {
        return Phrase.of(BUNDLE, "workspace." + key, args);
    }

    /** A failure told by {@code workspace.<key>}; the cause stays attached for logs, never in the words. */
    static WorkspaceException failure(Throwable cause, String key, Object... args) {
        return new WorkspaceException(words(key, args), cause);
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
     * @param action what was being done, e.g. {@code action("update", title)}: "save the change to The Salt Archive"
     * @param consequence what that means for the user's data, e.g. {@link #CHANGE_NOT_SAVED}
     */
    static WorkspaceException of(SQLException e, Path folder, Phrase action, Phrase consequence) {
        String where = folder.toString();
        return switch (primaryCode(e)) {
            case SQLITE_FULL -> failure(e, "diskFull", where, consequence);
            case SQLITE_READONLY, SQLITE_PERM -> failure(e, "readOnly", where, consequence);
            case SQLITE_CANTOPEN -> failure(e, "cannotOpen", where, consequence);
            case SQLITE_BUSY, SQLITE_LOCKED -> failure(e, "busy", where, action, consequence);
            case SQLITE_CORRUPT, SQLITE_NOTADB -> failure(e, "damaged", where, action, consequence);
            case SQLITE_CONSTRAINT -> failure(e, "outOfStep", action, consequence);
            case SQLITE_IOERR -> failure(e, "diskError", where, action, consequence);
            default -> failure(e, "unexpected", action, consequence);
        };
    }

    /** For failures of the file system itself: creating the folder, the lock file, moving a damaged file. */
    static WorkspaceException of(IOException e, Path folder, Phrase action, Phrase consequence) {
        String reason = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        String where = folder.toString();
        if (reason.contains("no space left") || reason.contains("disk full") || reason.contains("not enough space")) {
            return failure(e, "diskFull", where, consequence);
        }
        if (e instanceof AccessDeniedException || reason.contains("read-only file system")
                || reason.contains("operation not permitted") || reason.contains("permission denied")) {
            return failure(e, "readOnly", where, consequence);
        }
        return failure(e, "folderProblem", action, where, consequence);
    }

    static WorkspaceException readOnlyFolder(Path folder) {
        return failure(null, "readOnly", folder.toString(), NOTHING_CHANGED);
    }

    /** SQLite's own words without the JDBC driver's "[SQLITE_…]" prefix. */
    static String sqliteWords(SQLException e) {
        String text = String.valueOf(e.getMessage());
        int open = text.lastIndexOf('(');
        return open >= 0 && text.endsWith(")") ? text.substring(open + 1, text.length() - 1) : text;
    }
}
