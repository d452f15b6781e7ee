package io.modcache;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the layering visible: only the UI knows JavaFX, and the core knows neither CLI nor UI. */
class ArchitectureTest {

    private static final String[] CORE = {"io.modcache.cache..", "io.modcache.verify..", "io.modcache.clean..",
            "io.modcache.projects..", "io.modcache.report..", "io.modcache.concurrent..", "io.modcache.settings..",
            "io.modcache.fs..", "io.modcache.system..", "io.modcache.text..", "io.modcache.select..", "io.modcache.history.."};
    private static final String[] WINDOWS = {"io.modcache.ui.main..", "io.modcache.ui.clean..", "io.modcache.ui.details..",
            "io.modcache.ui.projects..", "io.modcache.ui.rules..", "io.modcache.ui.treemap..", "io.modcache.ui.overview.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.modcache");
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("io.modcache.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .check(classes);
    }

    @Test
    void coreKnowsNeitherCliNorUi() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("io.modcache.cli..", "io.modcache.ui..", "picocli..")
                .check(classes);
    }

    @Test
    void cliAndUiAreIndependent() {
        noClasses().that().resideInAPackage("io.modcache.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.modcache.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("io.modcache.ui..")
                .should().dependOnClassesThat().resideInAPackage("io.modcache.cli..")
                .check(classes);
    }

    /** The packages form layers: none needs another that needs it back (report and select once did). */
    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.modcache.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void fileSystemAccessIsTheBottomLayer() {
        noClasses().that().resideInAPackage("io.modcache.fs..")
                .should().dependOnClassesThat().resideInAnyPackage(java.util.Arrays.stream(CORE)
                        .filter(p -> !p.equals("io.modcache.fs..")).toArray(String[]::new))
                .check(classes);
    }

    /** The model and selection every view shares, and the UI plumbing, know no window. */
    @Test
    void sharedUiPartsKnowNoWindow() {
        noClasses().that().resideInAnyPackage("io.modcache.ui.model..", "io.modcache.ui.common..")
                .should().dependOnClassesThat().resideInAnyPackage(WINDOWS)
                .check(classes);
        noClasses().that().resideInAnyPackage("io.modcache.ui.model..", "io.modcache.ui.common..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.modcache.ui.ModcacheApp")
                .check(classes);
    }

    /** Dialogs and panes are opened by the main window, never the other way round. */
    @Test
    void featureWindowsDoNotReachIntoTheMainWindow() {
        noClasses().that().resideInAnyPackage("io.modcache.ui.clean..", "io.modcache.ui.details..", "io.modcache.ui.projects..",
                        "io.modcache.ui.rules..", "io.modcache.ui.treemap..", "io.modcache.ui.overview..")
                .should().dependOnClassesThat().resideInAPackage("io.modcache.ui.main..")
                .check(classes);
    }

    /** The treemap's layout and shading are plain Java: they run off the FX thread and are tested without a toolkit. */
    @Test
    void treemapLayoutKnowsNoJavaFx() {
        noClasses().that(com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(
                        io.modcache.ui.treemap.TreemapNode.class, io.modcache.ui.treemap.Tile.class, io.modcache.ui.treemap.TreemapLayout.class,
                        io.modcache.ui.treemap.SquarifiedLayout.class, io.modcache.ui.treemap.CushionRenderer.class))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }
}
