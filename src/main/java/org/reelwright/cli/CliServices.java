package org.reelwright.cli;

import java.util.function.Supplier;
import org.reelwright.app.PlanExport;
import org.reelwright.app.Planning;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.store.PlanReports;

/**
 * What the commands need, handed in by {@code Main}. Planning is a supplier so that {@code --help} and
 * {@code --version} do not pay for loading the benchmark library.
 */
public record CliServices(ProductionDocuments documents, Supplier<Planning> planning, PlanReports reports,
        ScriptImports imports, Supplier<PlanExport> planExport) {
}
