package org.reelwright.screenplay;

import java.util.OptionalInt;
import org.reelwright.domain.Scene;

/**
 * Page lengths as screenplays write them: whole pages and eighths, {@code "1 3/8"}, {@code "5/8"}, {@code "2"}.
 * Parsing accepts any denominator up to 64 and rounds to the nearest eighth; it never throws, because the text comes
 * from files: anything else is "no usable length". Lengths above a scene's maximum ({@link Scene#MAX_EIGHTHS}) are
 * not usable either.
 */
public final class PageLength {

    private PageLength() {
    }

    /** The length in eighths, or empty when the text is not a page length. */
    public static OptionalInt parseEighths(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length == 0 || parts.length > 2) {
            return OptionalInt.empty();
        }
        long eighths = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            int slash = part.indexOf('/');
            if (slash < 0) {
                if (i != 0) {
                    return OptionalInt.empty();
                }
                Long whole = smallNumber(part);
                if (whole == null) {
                    return OptionalInt.empty();
                }
                eighths += whole * 8;
            } else {
                Long numerator = smallNumber(part.substring(0, slash));
                Long denominator = smallNumber(part.substring(slash + 1));
                if (numerator == null || denominator == null || denominator == 0 || denominator > 64
                        || (parts.length == 2 && i == 0)) {
                    return OptionalInt.empty();
                }
                eighths += Math.round(numerator * 8.0 / denominator);
            }
        }
        return eighths <= Scene.MAX_EIGHTHS ? OptionalInt.of((int) eighths) : OptionalInt.empty();
    }

    /** Writes eighths the way a breakdown sheet does: {@code 11} → {@code "1 3/8"}, {@code 8} → {@code "1"}. */
    public static String format(int eighths) {
        return org.reelwright.domain.Eighths.format(eighths);
    }

    /** Digits only, at most six of them, so no overflow and no signs or exponents from a hostile file. */
    private static Long smallNumber(String digits) {
        if (digits.isEmpty() || digits.length() > 6) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return Long.parseLong(digits);
    }
}
