package org.reelwright.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates as the user types and reads them in date pickers: the language's pattern ({@code overview.date.input}:
 * "12 Apr 2027", "2027-4-12"), or ISO (2027-04-12), which every language accepts.
 */
public final class DateText {
    private final DateTimeFormatter pattern;

    public DateText(Messages messages) {
        this.pattern = DateTimeFormatter.ofPattern(messages.get("overview.date.input"), messages.locale());
    }

    public String format(LocalDate date) {
        return date == null ? "" : pattern.format(date);
    }

    /** A typed date in the language's pattern or as ISO; empty when it is neither. */
    public Optional<LocalDate> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (DateTimeFormatter format : List.of(pattern, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(t, format));
            } catch (DateTimeParseException e) {
                // try the next pattern
            }
        }
        return Optional.empty();
    }

    /**
     * A picker that shows and reads dates this way. Text that is not a date keeps the last good date in the box and
     * is handed to {@code refuse} (to say so); an emptied box means no date.
     */
    public DatePicker picker(String id, java.util.function.Consumer<String> refuse) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return parse(text).orElseGet(() -> {
                    refuse.accept(text.strip());
                    return picker.getValue();
                });
            }
        });
        return picker;
    }
}
