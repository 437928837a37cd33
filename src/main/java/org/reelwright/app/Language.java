package org.reelwright.app;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages Reelwright speaks, in the window, the command line and the printed plan. A language is chosen
 * once (View → Language, remembered in the workspace as {@link #tag()}, or {@code --lang} on the command line);
 * the locale it gives decides words, dates, numbers and money together.
 */
public enum Language {
    ENGLISH("en", "English"),
    SIMPLIFIED_CHINESE("zh", "简体中文");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    /** How the choice is stored and typed: {@code en}, {@code zh}. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a language menu shows it whatever the current language. */
    public String nativeName() {
        return nativeName;
    }

    /** The language a locale speaks: any Chinese locale reads Simplified Chinese, every other one English. */
    public static Language of(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
    }

    public static Optional<Language> fromTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The locale to work in: the system's own when it speaks this language (so an English user in Britain keeps
     * day-month dates and pounds), else the language's usual one (US English, mainland Chinese).
     */
    public Locale locale(Locale system) {
        if (system != null && of(system) == this && (this == ENGLISH || "CN".equals(system.getCountry())
                || "SG".equals(system.getCountry()))) {
            return system;
        }
        return this == ENGLISH ? Locale.US : Locale.SIMPLIFIED_CHINESE;
    }
}
