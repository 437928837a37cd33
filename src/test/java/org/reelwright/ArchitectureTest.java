package org.reelwright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of ARCHITECTURE.md as executable rules (after JabRef's CommonArchitectureTest). An exception needs a
 * written reason here, next to the rule it bends.
 */
@AnalyzeClasses(packages = "org.reelwright", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {"org.reelwright.domain..", "org.reelwright.benchmark..",
        "org.reelwright.estimate..", "org.reelwright.schedule..", "org.reelwright.screenplay..",
        "org.reelwright.report"};

    @ArchTest
    static final ArchRule coreKnowsNoScreenNoDatabaseNoFormatLibrary = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..",
                    "org.apache.pdfbox..", "org.apache.commons.csv..", "atlantafx..", "org.kordamp..")
            .because("the core must be usable from the command line, tests and any medium (ARCHITECTURE.md rule 1)");

    @ArchTest
    static final ArchRule domainDependsOnNothingButTheJdk = classes()
            .that().resideInAPackage("org.reelwright.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.reelwright.domain..", "java..")
            .because("domain records are plain JDK values that every layer can share");

    @ArchTest
    static final ArchRule onlyTheSqliteStoreUsesSql = noClasses()
            .that().resideOutsideOfPackage("org.reelwright.store.sqlite..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("the workspace database is one adapter's business (rule 2)");

    @ArchTest
    static final ArchRule onlyTheJsonStoreUsesJackson = noClasses()
            .that().resideOutsideOfPackage("org.reelwright.store.json..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
            .because("the file format is one adapter's business (rule 2)");

    @ArchTest
    static final ArchRule onlyTheCsvStoreUsesCommonsCsv = noClasses()
            .that().resideOutsideOfPackage("org.reelwright.store.csv..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..")
            .because("each adapter owns one library (rule 2)");

    @ArchTest
    static final ArchRule onlyThePdfPainterUsesPdfBox = noClasses()
            .that().resideOutsideOfPackage("org.reelwright.report.pdf..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
            .because("the plan is laid out once and PDFBox is only one of its painters (rule 1)");

    @ArchTest
    static final ArchRule onlyThePdfPainterPrintsWithJava2d = noClasses()
            .that().resideOutsideOfPackage("org.reelwright.report.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.print..")
            .because("the printer gets the PDF's own pages through Java 2D in report.pdf; report speaks of printers"
                    + " in PrintRequest and the UI in JavaFX's terms (docs/decisions/0009-printing-vector-pages.md)");

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.reelwright.ui..")
            .and().doNotHaveFullyQualifiedName("org.reelwright.Main")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..")
            .because("everything but the UI runs headless (rule 2)");

    @ArchTest
    static final ArchRule uiGoesThroughTheApp = noClasses()
            .that().resideInAPackage("org.reelwright.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.reelwright.store..", "org.reelwright.cli..")
            .because("views reach data only through app use cases (rule 3)");

    @ArchTest
    static final ArchRule cliGoesThroughTheApp = noClasses()
            .that().resideInAPackage("org.reelwright.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.reelwright.ui..",
                    "org.reelwright.store.sqlite..", "org.reelwright.store.json..", "org.reelwright.store.csv..")
            .because("headless commands use the same use cases as the window (ARCHITECTURE.md, cli → app)");

    @ArchTest
    static final ArchRule appKnowsNoScreen = noClasses()
            .that().resideInAPackage("org.reelwright.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.reelwright.ui..", "org.reelwright.cli..")
            .because("use cases serve both the window and the command line");

    @ArchTest
    static final ArchRule storesKnowNoUseCases = noClasses()
            .that().resideInAPackage("org.reelwright.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.reelwright.app..", "org.reelwright.ui..",
                    "org.reelwright.cli..")
            .because("adapters sit below the use cases");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.reelwright.(**)").should().beFreeOfCycles()
            .because("cycles make layers impossible to reason about (rule 4)");

    @ArchTest
    static final ArchRule uiFeaturesDoNotImportEachOther = slices().matching("org.reelwright.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                            "org.reelwright.ui.common..", "org.reelwright.ui.theme.."))
            // Exception: the shell is the window's composition root; it builds the feature views and hands them
            // the shared production. Features never import the shell or each other.
            .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                    "org.reelwright.ui.shell.."), com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
            .because("features share only ui.common and ui.theme (rule 4)");
}
