package org.reelwright.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.AiToolCategory;
import org.reelwright.domain.CameraMovement;
import org.reelwright.domain.AiContribution;
import org.reelwright.domain.CodedEnum;
import org.reelwright.domain.CommercialUse;
import org.reelwright.domain.Likeness;
import org.reelwright.domain.Genre;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Phase;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.ShotSize;
import org.reelwright.domain.StageId;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.domain.VfxLevel;
import org.reelwright.domain.VisualStyle;
import org.reelwright.domain.Workflow;

class MessagesTest {
    private static final Class<?>[] ENUMS = {AiContribution.class, AiToolCategory.class, CameraMovement.class,
        CommercialUse.class, Genre.class, IntExt.class, Likeness.class,
        Phase.class, ProductionMethod.class, ShotSize.class, StageId.class, TimeOfDay.class, VfxLevel.class,
        VisualStyle.class, Workflow.class};

    @Test
    void chineseBundleHasEveryEnglishKey() {
        Set<String> english = keys(Locale.ENGLISH);
        Set<String> chinese = keys(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle zh = ResourceBundle.getBundle("org.reelwright.ui.messages", Locale.SIMPLIFIED_CHINESE);
        Set<String> untranslated = new TreeSet<>();
        for (String key : english) {
            if (!zh.getLocale().equals(Locale.SIMPLIFIED_CHINESE) || !chinese.contains(key)) {
                untranslated.add(key);
            }
        }
        assertEquals(Set.of(), untranslated);
    }

    @Test
    void everyEnumValueHasADisplayName() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages messages = new Messages(locale);
            for (Class<?> type : ENUMS) {
                for (Object constant : type.getEnumConstants()) {
                    String key = type.getSimpleName() + "." + ((CodedEnum) constant).id();
                    assertFalse(messages.get(key).startsWith("!"), () -> locale + " lacks " + key);
                }
            }
        }
    }

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.reelwright.ui.messages", locale);
        return new TreeSet<>(bundle.keySet());
    }
}
