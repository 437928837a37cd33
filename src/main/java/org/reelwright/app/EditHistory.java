package org.reelwright.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.reelwright.domain.Production;

/**
 * Undo and redo as a list of applied edits (after Scene Builder's job manager): each entry keeps the production
 * before and after, which costs little because unchanged scenes and shots are shared between versions. A new edit
 * clears what could be redone. The revision counts every change, undo and redo included, so views can tell that
 * something moved.
 */
public final class EditHistory {
    /** An applied edit with the production before and after it. */
    public record Entry(Edit edit, Production before, Production after) {
    }

    private static final int LIMIT = 1_000;

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private long revision;

    /**
     * Applies the edit and records it.
     *
     * @return the entry, or empty when the edit changed nothing (it is then not recorded)
     */
    public Optional<Entry> apply(Production current, Edit edit) {
        Production after = edit.applyTo(current);
        if (after.equals(current)) {
            return Optional.empty();
        }
        Entry entry = new Entry(edit, current, after);
        undo.push(entry);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        revision++;
        return Optional.of(entry);
    }

    /** Takes back the last edit; the caller shows {@code entry.before()}. */
    public Optional<Entry> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Entry entry = undo.pop();
        redo.push(entry);
        revision++;
        return Optional.of(entry);
    }

    /** Applies the last undone edit again; the caller shows {@code entry.after()}. */
    public Optional<Entry> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Entry entry = redo.pop();
        undo.push(entry);
        revision++;
        return Optional.of(entry);
    }

    public Optional<Edit> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(Entry::edit);
    }

    public Optional<Edit> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(Entry::edit);
    }

    public long revision() {
        return revision;
    }

    public void clear() {
        undo.clear();
        redo.clear();
        revision++;
    }
}
