package org.reelwright.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.reelwright.domain.CodedEnum;
import org.reelwright.domain.LocalizedMessage;

/**
 * The UI's words, from the {@code org.reelwright.ui.messages} bundle (English, Simplified Chinese). Enum values are
 * shown through keys {@code <EnumType>.<id>}, so a new language is one properties file.
 */
public final class Messages {
    private final ResourceBundle bundle;
    private final java.util.Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();
    private final Locale locale;

    public Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle("org.reelwright.ui.messages", locale);
        this.locale = locale;
    }

    /** The user's locale these words were asked for, e.g. to tell a validation message in the same language. */
    public Locale locale() {
        return locale;
    }

    /**
     * A failure's message in this language: validation and file errors tell it themselves ({@link LocalizedMessage});
     * any other failure gives its own message.
     */
    public String messageOf(Throwable failure) {
        return failure instanceof LocalizedMessage localized ? localized.message(locale) : failure.getMessage();
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!"; // visible in screenshots and caught by MessagesTest
        }
        if (args.length == 0) {
            return pattern;
        }
        // Parsing a pattern (its number and choice formats, the locale's symbols) cost more than formatting it, and
        // table cells format the same few patterns for every row they show; a MessageFormat is not thread-safe, so
        // each is used under its own lock (views and background work share one Messages).
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, bundle.getLocale()));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** The display name of an enum value, e.g. {@code ProductionMethod.ai-image-to-video} → "AI image-to-video". */
    public <E extends Enum<E> & CodedEnum> String name(E value) {
        return value == null ? "" : get(value.getDeclaringClass().getSimpleName() + "." + value.id());
    }

    /**
     * A scene heading as this language's readers write it: the screenplay's own form in English
     * ({@code EXT. NIGHT MARKET - NIGHT}), the Chinese crew's words in Chinese ({@code 外景 夜市 - 夜}).
     */
    public String heading(org.reelwright.domain.SceneHeading heading) {
        return "en".equals(locale().getLanguage()) ? heading.text() : heading.text(this::name, this::name);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
