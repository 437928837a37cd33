package org.reelwright.screenplay;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes Fountain's emphasis markers ({@code *italic*}, {@code **bold**}, {@code ***both***}, {@code _underline_})
 * and resolves the escapes {@code \*}, {@code \_} and {@code \\}, so names, headings and page widths see the printed
 * text. A marker counts only when it pairs with a closer of the same kind: an opener is followed by a non-space, a
 * closer is preceded by one. Markers that pair with nothing stay as literal characters ({@code 2 * 3}). Broken
 * nesting such as {@code _**a_**} is tolerated: each kind pairs on its own.
 *
 * <p>Runs in linear time whatever the input (a closer looks for its opener among the last few open markers only),
 * because the readers must stay fast on hostile files.
 */
final class EmphasisMarkers {

    /** How far back a closer looks for its opener; real nesting is at most three deep. */
    private static final int SEARCH_DEPTH = 8;

    private EmphasisMarkers() {
    }

    private record Marker(int start, int length, char symbol) {
    }

    static String strip(String text) {
        if (text.indexOf('*') < 0 && text.indexOf('_') < 0 && text.indexOf('\\') < 0) {
            return text;
        }
        boolean[] removed = new boolean[text.length()];
        boolean[] escaped = new boolean[text.length()];
        List<Marker> open = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && isEscapable(text.charAt(i + 1))) {
                removed[i] = true;
                escaped[i + 1] = true;
                i += 2;
                continue;
            }
            if (c != '*' && c != '_') {
                i++;
                continue;
            }
            int end = i + 1;
            if (c == '*') {
                while (end < text.length() && text.charAt(end) == '*' && end - i < 3) {
                    end++;
                }
            }
            Marker marker = new Marker(i, end - i, c);
            boolean canClose = i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && !escaped[i - 1];
            boolean canOpen = end < text.length() && !Character.isWhitespace(text.charAt(end));
            int opener = canClose ? findOpener(open, marker) : -1;
            if (opener >= 0) {
                Marker o = open.remove(opener);
                markRemoved(removed, o);
                markRemoved(removed, marker);
            } else if (canOpen) {
                open.add(marker);
            }
            i = end;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            if (!removed[k]) {
                out.append(text.charAt(k));
            }
        }
        return out.toString();
    }

    private static boolean isEscapable(char c) {
        return c == '*' || c == '_' || c == '\\';
    }

    private static int findOpener(List<Marker> open, Marker closer) {
        for (int k = open.size() - 1; k >= 0 && k >= open.size() - SEARCH_DEPTH; k--) {
            Marker o = open.get(k);
            if (o.symbol() == closer.symbol() && o.length() == closer.length()) {
                return k;
            }
        }
        return -1;
    }

    private static void markRemoved(boolean[] removed, Marker marker) {
        for (int k = marker.start(); k < marker.start() + marker.length(); k++) {
            removed[k] = true;
        }
    }
}
