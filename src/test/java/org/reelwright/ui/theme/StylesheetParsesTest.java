package org.reelwright.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * Reelwright's stylesheet parses without a single error. JavaFX only logs a parse error and drops what follows it up
 * to where it can resync, so a lost brace (as a merge once left) silently unstyles whole panels; no window test
 * would notice a missing colour.
 */
class StylesheetParsesTest {

    @Test
    void theTokensStylesheetHasNoParseError() throws Exception {
        URL sheet = Theme.class.getResource("reelwright.css");
        assertNotNull(sheet);
        CssParser.errorsProperty().clear();
        new CssParser().parse(sheet);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors);
    }
}
