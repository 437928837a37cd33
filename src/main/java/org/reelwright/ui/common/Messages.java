package org.reelwright.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.reelwright.domain.CodedEnum;

/**
 * The UI's words, from the {@code org.reelwright.ui.messages} bundle (English, Simplified Chinese). Enum values are
 * shown through keys {@code <EnumType>.<id>}, so a new language is one properties file.
 */
public final class Messages {
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle("org.reelwright.ui.messages", locale);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!"; // visible in screenshots and caught by MessagesTest
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** The display name of an enum value, e.g. {@code ProductionMethod.ai-image-to-video} → "AI image-to-video". */
    public <E extends Enum<E> & CodedEnum> String name(E value) {
        return value == null ? "" : get(value.getDeclaringClass().getSimpleName() + "." + value.id());
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
