package org.reelwright.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.ui.theme.UiFonts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every panel of the window in 简体中文, with the Chinese sample open: each piece of text that holds a Chinese
 * character is set in the window's font, the one that has the glyphs. A label styled into another family (a
 * monospace id, a canvas font) would draw boxes on a machine whose fallback cannot reach a CJK font.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseEverywhereTest {
    private static final List<String> PANELS = List.of("home", "overview", "scenes", "stages", "compare",
            "schedule", "shoot", "budget", "benchmarks", "risks", "disclosure", "history");

    private MainWindowViewModel model;
    private LocalizedWindow window;

    @Start
    void start(Stage stage) throws Exception {
        ChineseWindow opened = ChineseWindow.show(stage, (key, value) -> { });
        model = opened.model();
        window = opened.window();
        model.openBundledSample(ProductionDocuments.Sample.ZH_SHORT);
    }

    @AfterEach
    void speakEnglishAgain() {
        Locale.setDefault(Locale.US);
    }

    @Test
    void everyChineseTextIsSetInTheFontThatHasTheGlyphs(FxRobot robot) {
        List<String> wrong = new ArrayList<>();
        int chinese = 0;
        for (String panel : PANELS) {
            robot.interact(() -> window.window().showPanel(panel));
            WaitForAsyncUtils.waitForFxEvents();
            if (panel.equals("risks")) { // the details pane shows the first flag's subject, source and advice
                robot.interact(() -> robot.lookup("#risks-table").queryAs(TableView.class).getSelectionModel()
                        .select(0));
                WaitForAsyncUtils.waitForFxEvents();
            }
            List<Text> texts = new ArrayList<>();
            robot.interact(() -> collect(window.window().root(), texts));
            if (panel.equals("disclosure")) { // every tab: the register, the consent form, the statement
                javafx.scene.control.TabPane tabs = robot.lookup("#disclosure-tabs").query();
                for (int i = 1; i < tabs.getTabs().size(); i++) {
                    int tab = i;
                    robot.interact(() -> tabs.getSelectionModel().select(tab));
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> collect(window.window().root(), texts));
                }
            }
            for (Text text : texts) {
                if (hasHan(text.getText())) {
                    chinese++;
                    if (!UiFonts.family().equals(text.getFont().getFamily())) {
                        wrong.add(panel + ": \"" + text.getText() + "\" in " + text.getFont().getFamily());
                    }
                }
            }
        }
        assertTrue(chinese > 200, "the panels show Chinese text (" + chinese + " pieces)");
        assertEquals(List.of(), wrong);
    }

    private static void collect(Node node, List<Text> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text text) {
            into.add(text);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    private static boolean hasHan(String text) {
        return text != null && text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                == Character.UnicodeScript.HAN);
    }
}
