package org.reelwright.ui.shell;

import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test of the whole window as the app builds it ({@link ChineseWindow}: started in 简体中文, a planning per
 * language) with the sample open; the default locale is English again after each test. Subclasses declare
 * {@code @Start void start(Stage stage) throws Exception { open(stage); }}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SampleWindowTest {
    protected Stage stage;
    protected MainWindowViewModel model;
    protected LocalizedWindow window;

    /**
     * Opens the window; each test class calls it from its own {@code @Start} method (TestFX looks for that method
     * only among the class's own, not its superclass's).
     */
    protected void open(Stage on) throws Exception {
        stage = on;
        ChineseWindow opened = ChineseWindow.show(on, remember());
        model = opened.model();
        window = opened.window();
        model.openSample();
    }

    /** Where the window's settings (language, dividers) go; nowhere unless a test looks at them. */
    protected BiConsumer<String, String> remember() {
        return (key, value) -> { };
    }

    @AfterEach
    void speakEnglishAgain() {
        Locale.setDefault(Locale.US);
    }
}
