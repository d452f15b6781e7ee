package io.modcache.cli;

import io.modcache.text.Text;
import io.modcache.clean.DeletionPlan;
import io.modcache.clean.DeletionResult;
import io.modcache.clean.PlanEntry;
import io.modcache.text.ByteSizes;
import io.modcache.select.RuleOutcome;

import java.io.PrintWriter;
import java.util.Locale;

/** {@code clean}'s words for people: the plan with each entry's reasons, and what happened. */
final class CleanOutput {

    private CleanOutput() {
    }

    static void printPlan(PrintWriter out, DeletionPlan plan, RuleOutcome outcome) {
        out.printf("Would delete from %s (scope %s):%n", plan.root(), plan.scope().name().toLowerCase(Locale.ROOT));
        out.printf("%10s  %7s  %s%n", "SIZE", "FILES", "WHAT");
        for (PlanEntry e : plan.entries()) {
            String parts = e.parts().stream().map(p -> p.name().toLowerCase(Locale.ROOT)).sorted().reduce((a, b) -> a + " " + b).orElse("");
            out.printf("%10s  %7s  %s%s%n", ByteSizes.format(e.bytes()), Text.count(e.files()), e.id(),
                    e.isVersion() ? "  [" + parts + "]" : "  (" + e.otherKind().label() + ")");
            for (String reason : e.reasons()) {
                out.printf("%19s  because: %s%n", "", reason);
            }
        }
        out.printf("Total: %s, %s, %s (%s bytes)%n", plan.what(Text::counted),
                Text.counted("count.file", plan.totalFiles()), ByteSizes.format(plan.totalBytes()), Text.count(plan.totalBytes()));
        outcome.kept().forEach(k -> out.println(k.reason().replaceFirst("^kept: ", "kept " + k.version().id() + ": ")));
        outcome.warnings().forEach(w -> out.println("warning: " + w));
        plan.warnings().forEach(w -> out.println("warning: " + w));
        plan.unplanned().forEach(u -> out.println("cannot delete " + u.id() + ": " + u.reason()));
    }

    static void printResult(PrintWriter out, DeletionPlan plan, DeletionResult result) {
        plan.unplanned().forEach(u -> out.println("cannot delete " + u.id() + ": " + u.reason()));
        result.failed().forEach(f -> out.println("failed: " + f.entry().id() + ": " + f.error()));
        result.housekeeping().forEach(h -> out.println("failed: " + h.file() + ": " + h.error()));
        if (result.swept().files() > 0) {
            out.printf("Then removed what remained: %s (lock files, module lists, entries with unusable names).%n",
                    Text.counted("count.file", result.swept().files()));
        }
        out.printf("Deleted %s of %s, freed %s (%s bytes).%n", Text.count(result.deleted().size()),
                Text.counted("count.entry", plan.entries().size()), ByteSizes.format(result.freedBytes()), Text.count(result.freedBytes()));
    }
}
