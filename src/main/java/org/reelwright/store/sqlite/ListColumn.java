package org.reelwright.store.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * A short ordered list of text kept in one TEXT column: items separated by a newline, with a backslash or a newline
 * inside an item escaped as {@code \\} and {@code \n}. Used for lists that are only ever read and written with
 * their owner (working days, holidays, languages, a scene's characters), where a child table would cost a statement
 * per item on every edit and buy nothing (ADR 0004). The empty list is the empty string; the domain never holds an
 * empty item in these lists, so the empty string is never a list of one empty item.
 */
final class ListColumn {
    private ListColumn() {
    }

    static String encode(List<String> items) {
        StringBuilder column = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                column.append('\n');
            }
            String item = items.get(i);
            for (int k = 0; k < item.length(); k++) {
                char c = item.charAt(k);
                if (c == '\\') {
                    column.append("\\\\");
                } else if (c == '\n') {
                    column.append("\\n");
                } else {
                    column.append(c);
                }
            }
        }
        return column.toString();
    }

    static List<String> decode(String column) {
        List<String> items = new ArrayList<>();
        if (column == null || column.isEmpty()) {
            return items;
        }
        StringBuilder item = new StringBuilder();
        for (int k = 0; k < column.length(); k++) {
            char c = column.charAt(k);
            if (c == '\\' && k + 1 < column.length()) {
                char next = column.charAt(++k);
                item.append(next == 'n' ? '\n' : next);
            } else if (c == '\n') {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return items;
    }
}
