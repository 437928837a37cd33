package org.reelwright.benchmark;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.reelwright.domain.InvalidInputException;

/**
 * Where a figure or rule comes from. Invariants: id and title are non-blank; the rest may be absent (null) when the
 * source does not give it.
 */
public record Source(String id, String title, String publisher, String speaker, String date, String address) {

    public Source {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", ValidationWords.about("source", null, "check.empty",
                    ValidationWords.field("id")));
        }
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", ValidationWords.about("source", id, "check.empty",
                    ValidationWords.field("title")));
        }
    }

    /** A short citation for explanations: "Cyber Film School (Glen Berry), 2022". */
    public String citation() {
        StringBuilder b = new StringBuilder();
        if (speaker != null && !speaker.isBlank()) {
            b.append(speaker).append(", ");
        }
        b.append(publisher != null && !publisher.isBlank() ? publisher : title);
        if (date != null && date.length() >= 4) {
            b.append(", ").append(date, 0, 4);
        }
        return b.toString();
    }

    /** A web host, optionally with a path: "govinfo.gov", "sagindie.org/signatory". A repo file has no dot first. */
    private static final Pattern WEB = Pattern.compile(
            "(?i)(https?://)?([a-z0-9-]+\\.)+[a-z]{2,}(/\\S*)?");

    /**
     * The address a reader can follow ("https://govinfo.gov"), or empty when the library has none or only the
     * path of a file inside the project (such as "seeds/benchmarks/README.md"): that path means nothing on paper.
     */
    public Optional<String> url() {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String a = address.strip();
        if (!WEB.matcher(a).matches() || a.matches("(?i)[^/]*\\.(txt|md|json|csv)")) {
            return Optional.empty();
        }
        return Optional.of(a.regionMatches(true, 0, "http", 0, 4) ? a : "https://" + a);
    }

    /**
     * The publication date in the reader's style: a full date as FormatStyle.MEDIUM ("Mar 21, 2025",
     * "2025年3月21日"), a month as "Mar 2025" / "2025年3月", a year as itself; empty when unknown.
     */
    public String displayDate(Locale locale) {
        if (date == null || date.isBlank()) {
            return "";
        }
        try {
            if (date.length() == 10) {
                return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                        .format(LocalDate.parse(date));
            }
            if (date.length() == 7) {
                String pattern = "zh".equals(locale.getLanguage()) ? "y年M月" : "MMM y";
                return DateTimeFormatter.ofPattern(pattern, locale).format(YearMonth.parse(date));
            }
        } catch (DateTimeParseException notIso) {
            return date;
        }
        return date;
    }

    /**
     * One bibliography entry: title, publisher (and speaker or author), date, address.
     * "Post production rules of thumb. Cyber Film School (Glen Berry), Jul 16, 2022." and, when the library has a
     * web address, " https://…" after it. Never an internal file path.
     */
    public String reference(Locale locale) {
        StringBuilder b = new StringBuilder(title.strip());
        if (!endsWithStop(b)) {
            b.append('.');
        }
        String by = publisher == null || publisher.isBlank() ? "" : publisher.strip();
        if (speaker != null && !speaker.isBlank()) {
            by = by.isEmpty() ? speaker.strip() : by + " (" + speaker.strip() + ")";
        }
        String when = displayDate(locale);
        String tail = by.isEmpty() ? when : when.isEmpty() ? by : by + ", " + when;
        if (!tail.isEmpty()) {
            b.append(' ').append(tail);
            if (!endsWithStop(b)) {
                b.append('.');
            }
        }
        url().ifPresent(u -> b.append(' ').append(u));
        return b.toString();
    }

    private static boolean endsWithStop(CharSequence s) {
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '?' || last == '!' || last == '。';
    }
}
