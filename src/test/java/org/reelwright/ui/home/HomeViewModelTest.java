package org.reelwright.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.Production;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;

/**
 * Home offers the three bundled samples, the one in the user's language first and the no-budget one last, and each
 * button starts its own sample.
 */
class HomeViewModelTest {
    private final List<String> started = new ArrayList<>();
    private final HomeViewModel model = new HomeViewModel(Optional::empty, BackgroundWork.sameThread(),
            new Messages(Locale.ENGLISH), new SimpleObjectProperty<Production>(), new HomeActions(
                    () -> started.add("new"), () -> started.add("english sample"),
                    () -> started.add("chinese sample"), () -> started.add("no-budget sample"),
                    () -> started.add("import"), () -> started.add("open"),
                    id -> started.add("kept"), file -> started.add("recent")));

    @Test
    void anEnglishUserSeesTheEnglishSampleFirst() {
        assertEquals(List.of("home.sample", "home.sampleZh", "home.sampleNoBudget"), keys(Locale.ENGLISH));
        assertEquals(List.of("home.sample", "home.sampleZh", "home.sampleNoBudget"), keys(Locale.GERMANY));
    }

    @Test
    void aChineseUserSeesTheChineseSampleFirst() {
        assertEquals(List.of("home.sampleZh", "home.sample", "home.sampleNoBudget"), keys(Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("home.sampleZh", "home.sample", "home.sampleNoBudget"), keys(Locale.CHINESE));
    }

    @Test
    void eachSampleActionStartsItsOwnSample() {
        model.samples(Locale.SIMPLIFIED_CHINESE).get(0).open().run();
        model.samples(Locale.ENGLISH).get(0).open().run();
        model.samples(Locale.ENGLISH).get(2).open().run();
        assertEquals(List.of("chinese sample", "english sample", "no-budget sample"), started);
    }

    @Test
    void theNoBudgetSampleComesLastInEitherLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            List<HomeViewModel.SampleAction> samples = model.samples(locale);
            samples.get(samples.size() - 1).open().run();
        }
        assertEquals(List.of("no-budget sample", "no-budget sample"), started);
    }

    @Test
    void theLabelsAreTranslated() {
        Messages english = new Messages(Locale.ENGLISH);
        Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
        assertEquals("Open the Chinese sample", english.get("home.sampleZh"));
        assertEquals("打开中文示例", chinese.get("home.sampleZh"));
        assertEquals("Open the no-budget sample", english.get("home.sampleNoBudget"));
        assertEquals("打开零预算示例", chinese.get("home.sampleNoBudget"));
    }

    private List<String> keys(Locale locale) {
        return model.samples(locale).stream().map(HomeViewModel.SampleAction::labelKey).toList();
    }
}
