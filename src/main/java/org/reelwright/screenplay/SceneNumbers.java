package org.reelwright.screenplay;

/**
 * The scene numbers a script may carry ({@code #12A#} in Fountain, {@code Number="12A"} in Final Draft). They are
 * kept only when the domain can hold them: letters, digits, '.' and '-', at most 15 characters, so that the starter
 * shot's number (the scene number plus "A") stays within a shot number's 16.
 */
final class SceneNumbers {

    static final int MAX_LENGTH = 15;

    private SceneNumbers() {
    }

    static boolean isValid(String number) {
        if (number.isEmpty() || number.length() > MAX_LENGTH) {
            return false;
        }
        return number.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '-');
    }
}
