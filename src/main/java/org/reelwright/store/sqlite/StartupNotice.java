package org.reelwright.store.sqlite;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.reelwright.domain.Phrase;

/**
 * Something the user should be told once the workspace is open: it opened, but not as they left it. The fields
 * say what was recovered and how; {@link #message(Locale)} tells it in the user's language (the {@code notice.*}
 * keys of the store's bundle), never in SQLite's words ({@link #problem()} is for logs).
 *
 * @param kind what happened
 * @param setAside where the damaged database file was kept (with its {@code -wal} and {@code -shm} files, if any)
 * @param problem what the integrity check or SQLite reported, in SQLite's words: for logs, not for the user
 * @param recovered each production restored, and from what
 * @param notRestored titles of productions found in the damaged file of which nothing usable could be read; an
 *        empty title for one whose title could not be read either
 */
public record StartupNotice(Kind kind, Path setAside, String problem, List<Recovered> recovered,
        List<String> notRestored) {

    public enum Kind {
        /**
         * The workspace database failed its integrity check or was not a database at all: it was moved aside and
         * a fresh workspace was started with what could still be read from it.
         */
        DAMAGED_DATABASE_SET_ASIDE,
        /** The workspace database was an empty file (0 bytes): moved aside, and a fresh workspace started. */
        EMPTY_DATABASE_SET_ASIDE
    }

    /** Where a restored production came from. */
    public enum Source {
        /** The production's own rows, all of them readable: nothing was lost. */
        LATEST,
        /** Its newest readable saved version: changes made after it are only in the damaged file. */
        SAVED_VERSION,
        /** Its own rows, some of them unreadable, and no readable saved version: some scenes or shots are lost. */
        INCOMPLETE
    }

    /**
     * @param title the production's title
     * @param source what it was restored from
     * @param asOf when that state was saved: the last change (LATEST, INCOMPLETE) or the version's time
     * @param versionLabel the label of the saved version it was restored from (SAVED_VERSION), else empty
     * @param partialVersionLabel when restored from a saved version although the damaged file held a later state
     *        with some rows missing: the label of the version that later state is kept as; else empty
     */
    public record Recovered(String title, Source source, Instant asOf, String versionLabel,
            String partialVersionLabel) {
        public Recovered {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(asOf, "asOf");
            versionLabel = versionLabel == null ? "" : versionLabel;
            partialVersionLabel = partialVersionLabel == null ? "" : partialVersionLabel;
        }
    }

    public StartupNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(setAside, "setAside");
        problem = problem == null ? "" : problem;
        recovered = List.copyOf(recovered);
        notRestored = List.copyOf(notRestored);
    }

    /** Titles of every production restored, however. */
    public List<String> restored() {
        return recovered.stream().map(Recovered::title).toList();
    }

    /** The notice in the default locale's language (the user's, as the application sets it at start). */
    public String message() {
        return message(Locale.getDefault());
    }

    /** The notice in {@code locale}'s language (English where there is no translation); times in local time. */
    public String message(Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.systemDefault());
        List<String> sentences = new ArrayList<>();
        sentences.add(words(kind == Kind.EMPTY_DATABASE_SET_ASIDE ? "notice.empty" : "notice.damaged",
                setAside.toString()).in(locale));
        List<String> latest = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (Recovered r : recovered) {
            switch (r.source()) {
                case LATEST -> latest.add(r.title());
                case INCOMPLETE -> incomplete.add(r.title());
                case SAVED_VERSION -> {
                    sentences.add(words("notice.fromVersion", r.title(), r.versionLabel(), when.format(r.asOf()))
                            .in(locale));
                    if (!r.partialVersionLabel().isEmpty()) {
                        sentences.add(words("notice.fromVersionPartly", r.title(), r.partialVersionLabel())
                                .in(locale));
                    }
                }
                default -> throw new IllegalStateException(r.source().name());
            }
        }
        if (!latest.isEmpty()) {
            sentences.add(1, words("notice.latest", list(latest, locale)).in(locale));
        }
        if (!incomplete.isEmpty()) {
            sentences.add(words("notice.incomplete", list(incomplete, locale)).in(locale));
        }
        if (!notRestored.isEmpty()) {
            List<String> names = notRestored.stream()
                    .map(t -> t.isEmpty() ? words("notice.unnamed").in(locale) : t).toList();
            sentences.add(words("notice.notRestored", list(names, locale)).in(locale));
        }
        if (recovered.isEmpty() && kind == Kind.DAMAGED_DATABASE_SET_ASIDE) {
            sentences.add(words("notice.nothing").in(locale));
        }
        sentences.add(words("notice.keep").in(locale));
        String space = "zh".equals(locale.getLanguage()) ? "" : " ";
        return String.join(space, sentences);
    }

    private static String list(List<String> items, Locale locale) {
        return String.join(words("notice.listSeparator").in(locale), items);
    }

    private static Phrase words(String key, Object... args) {
        return Phrase.of(WorkspaceFailures.BUNDLE, key, args);
    }
}
