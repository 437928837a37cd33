package org.reelwright.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
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

    /**
     * The build compiles the stylesheet to {@code reelwright.bss}, which JavaFX loads instead of the text; a compiled
     * sheet that fell behind the text would style the app as it was, not as it is.
     */
    @Test
    void theCompiledStylesheetHoldsTheSameRulesAsTheText() throws Exception {
        URL text = Theme.class.getResource("reelwright.css");
        URL compiled = Theme.class.getResource("reelwright.bss");
        assertNotNull(compiled, "the build writes reelwright.bss beside reelwright.css (exec-maven-plugin, pom.xml)");
        assertEquals(rules(new CssParser().parse(text)), rules(Stylesheet.loadBinary(compiled)));
    }

    /** Each rule as its selectors and its declarations (property, value, importance), in order. */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(rule -> rule.getSelectors() + " { " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !important" : ""))
                .collect(java.util.stream.Collectors.joining("; ")) + " }").toList();
    }
}
