package org.reelwright.screenplay;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposes subtitle languages from the writing systems of a script's dialogue: a speech (or lyric) is in the
 * language its letters mostly belong to — Han → zh-Hans (ja when kana are mixed in), Latin → en, Hangul → ko,
 * Cyrillic → ru, Arabic → ar, Greek → el, Hebrew → he, Devanagari → hi, Thai → th. When the dialogue, together
 * with the language of the title, spans more than one language (Mandarin lines in an English script), every one of
 * them is proposed as a subtitle language, the title's first, then the others by how many speeches use them; a
 * script whose dialogue is all in the title's language needs none. A script tells no languages apart within one
 * writing system (French and English are both Latin), so this is a proposal for the director to correct.
 */
final class DialogueLanguages {

    private DialogueLanguages() {
    }

    static List<String> propose(ParsedScript script) {
        Map<String, Integer> speeches = new LinkedHashMap<>();
        for (ScriptElement e : script.elements()) {
            if (e.kind() == ElementKind.DIALOGUE || e.kind() == ElementKind.LYRIC) {
                languageOf(e.text()).ifPresent(l -> speeches.merge(l, 1, Integer::sum));
            }
        }
        Optional<String> main = languageOf(script.title());
        if (main.isEmpty()) {
            main = speeches.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        }
        List<String> languages = new ArrayList<>();
        main.ifPresent(languages::add);
        speeches.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).filter(l -> !languages.contains(l)).forEach(languages::add);
        return languages.size() > 1 ? List.copyOf(languages) : List.of();
    }

    /** The language of the writing system most of a text's letters are in; empty for a text without letters. */
    static Optional<String> languageOf(String text) {
        Map<String, Integer> letters = new LinkedHashMap<>();
        boolean kana = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            UnicodeScript script = UnicodeScript.of(cp);
            kana |= script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
            String language = switch (script) {
                case HAN -> "zh-Hans";
                case HIRAGANA, KATAKANA -> "ja";
                case LATIN -> "en";
                case HANGUL -> "ko";
                case CYRILLIC -> "ru";
                case ARABIC -> "ar";
                case GREEK -> "el";
                case HEBREW -> "he";
                case DEVANAGARI -> "hi";
                case THAI -> "th";
                default -> null;
            };
            if (language != null) {
                letters.merge(language, 1, Integer::sum);
            }
        }
        if (kana && letters.containsKey("zh-Hans")) {
            letters.merge("ja", letters.remove("zh-Hans"), Integer::sum); // kanji among kana are Japanese
        }
        return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
