package org.reelwright.ui.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.reelwright.estimate.Estimate;
import org.reelwright.ui.common.Messages;

/**
 * Each scenario's total as a range: a band from low to high, a mark at the likely total, and marks at P50 and P80,
 * on one scale so the three plans can be compared at a glance. Built from styled regions (tokens in CSS), laid out
 * by hand because no stock chart draws ranges.
 */
final class RangeChart extends Region {
    private static final double LABEL_WIDTH = 150;
    private static final double ROW_HEIGHT = 46;

    private final List<Row> rows = new ArrayList<>();
    private final Function<BigDecimal, String> money;
    private final Messages messages;
    private double max = 1;

    private record Row(Label name, Region band, Region likely, Region p50, Region p80, Label text, Estimate estimate) {
    }

    RangeChart(Function<BigDecimal, String> money, Messages messages) {
        this.money = money;
        this.messages = messages;
        getStyleClass().add("range-chart");
        setPadding(new Insets(8, 12, 8, 0));
    }

    void show(List<String> names, List<Estimate> estimates) {
        getChildren().clear();
        rows.clear();
        max = estimates.stream().mapToDouble(e -> e.p90().doubleValue()).max().orElse(1);
        for (int i = 0; i < estimates.size(); i++) {
            Estimate e = estimates.get(i);
            Label name = new Label(names.get(i));
            name.getStyleClass().add("range-name");
            Region band = part("range-band");
            Region likely = part("range-likely");
            Region p50 = part("range-p50");
            Region p80 = part("range-p80");
            Label text = new Label(messages.get("compare.rangeLine", money.apply(e.p10()),
                    money.apply(e.p90()), money.apply(e.total().likely()), money.apply(e.p50()),
                    money.apply(e.p80())));
            text.getStyleClass().add("range-text");
            rows.add(new Row(name, band, likely, p50, p80, text, e));
            getChildren().addAll(name, band, likely, p50, p80, text);
        }
        requestLayout();
    }

    private static Region part(String style) {
        Region r = new Region();
        r.getStyleClass().add(style);
        r.setManaged(false);
        return r;
    }

    @Override
    protected double computePrefHeight(double width) {
        return rows.size() * ROW_HEIGHT + 16;
    }

    @Override
    protected void layoutChildren() {
        double left = LABEL_WIDTH;
        double width = Math.max(10, getWidth() - left - getPadding().getRight());
        double y = getPadding().getTop();
        for (Row row : rows) {
            row.name().resizeRelocate(4, y, LABEL_WIDTH - 8, 18);
            Estimate e = row.estimate();
            double low = x(e.p10(), left, width); // the range users see is P10–P90 (ADR 0008)
            double high = x(e.p90(), left, width);
            row.band().resizeRelocate(low, y + 3, Math.max(2, high - low), 12);
            row.likely().resizeRelocate(x(e.total().likely(), left, width) - 1.5, y, 3, 18);
            row.p50().resizeRelocate(x(e.p50(), left, width) - 1, y, 2, 18);
            row.p80().resizeRelocate(x(e.p80(), left, width) - 1, y, 2, 18);
            row.text().resizeRelocate(left, y + 20, width, 18);
            y += ROW_HEIGHT;
        }
    }

    private double x(BigDecimal value, double left, double width) {
        return left + width * value.doubleValue() / max;
    }
}
