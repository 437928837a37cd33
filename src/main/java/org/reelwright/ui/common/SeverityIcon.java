package org.reelwright.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.reelwright.estimate.Severity;

/** A flag's severity as an icon, one shape per severity, coloured by the stylesheet through its style class. */
public final class SeverityIcon {
    private SeverityIcon() {
    }

    public static FontIcon of(Severity severity) {
        Ikon ikon = switch (severity) {
            case HIGH -> MaterialDesignA.ALERT_OCTAGON;
            case MEDIUM -> MaterialDesignA.ALERT;
            case LOW -> MaterialDesignA.ALERT_CIRCLE_OUTLINE;
            case INFO -> MaterialDesignI.INFORMATION_OUTLINE;
        };
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().addAll("severity-icon", "severity-" + severity.id());
        return icon;
    }
}
