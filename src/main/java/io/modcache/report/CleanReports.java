package io.modcache.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.modcache.clean.DeletionPlan;
import io.modcache.clean.DeletionResult;
import io.modcache.clean.PlanEntry;
import io.modcache.select.RuleOutcome;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The {@code clean --json} contracts (plan and result) and the plan as CSV. Plain data for Jackson. */
public final class CleanReports {

    private CleanReports() {
    }

    @JsonPropertyOrder({"scope", "entries", "totalBytes", "totalFiles", "warnings", "unplanned", "kept"})
    public record Plan(String scope, List<Entry> entries, long totalBytes, long totalFiles, List<String> warnings,
                       List<Unplanned> unplanned, List<Kept> kept) {
    }

    /** Matched by the rules, but a named project needs it. */
    @JsonPropertyOrder({"path", "version", "reason"})
    public record Kept(String path, String version, String reason) {
    }

    /** Selected, but cannot be deleted: left as it is. */
    @JsonPropertyOrder({"path", "version", "reason"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unplanned(String path, String version, String reason) {
    }

    @JsonPropertyOrder({"path", "version", "kind", "bytes", "files", "paths", "reasons"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String path, String version, String kind, long bytes, long files, List<String> paths, List<String> reasons) {
    }

    @JsonPropertyOrder({"deleted", "failed", "freedBytes", "sweptFiles", "cancelled"})
    public record Result(List<Deleted> deleted, List<Failed> failed, long freedBytes, long sweptFiles, boolean cancelled) {
    }

    @JsonPropertyOrder({"path", "version", "bytes"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deleted(String path, String version, long bytes) {
    }

    @JsonPropertyOrder({"path", "version", "error"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Failed(String path, String version, String error) {
    }

    public static Plan plan(DeletionPlan plan) {
        return plan(plan, List.of(), List.of());
    }

    /** The plan, with what the rules left out for the projects' sake and what the user should know about them. */
    public static Plan plan(DeletionPlan plan, List<RuleOutcome.Kept> kept, List<String> ruleWarnings) {
        List<String> warnings = new java.util.ArrayList<>(ruleWarnings);
        warnings.addAll(plan.warnings());
        return new Plan(plan.scope().name().toLowerCase(Locale.ROOT),
                plan.entries().stream().map(e -> new Entry(e.path(), e.version(), e.otherKind() == null ? null : e.otherKind().label(),
                        e.bytes(), e.files(), e.paths().stream().map(Path::toString).toList(), e.reasons())).toList(),
                plan.totalBytes(), plan.totalFiles(), warnings,
                plan.unplanned().stream().map(u -> new Unplanned(u.path(), u.version(), u.reason())).toList(),
                kept.stream().map(k -> new Kept(k.version().path(), k.version().version(), k.reason())).toList());
    }

    public static Result result(DeletionResult r) {
        List<Failed> failed = new java.util.ArrayList<>();
        r.failed().forEach(f -> failed.add(new Failed(f.entry().path(), f.entry().version(), f.error())));
        r.housekeeping().forEach(h -> failed.add(new Failed(h.file().toString(), null, h.error())));
        return new Result(
                r.deleted().stream().map(d -> new Deleted(d.entry().path(), d.entry().version(), d.bytes())).toList(),
                failed, r.freedBytes(), r.swept().files(), r.cancelled());
    }

    /** One row per entry: module or path, version, bytes, files, parts, and the paths separated by '|'. */
    public static String planCsv(DeletionPlan plan) {
        StringBuilder out = new StringBuilder("module,version,bytes,files,parts,paths\n");
        for (PlanEntry e : plan.entries()) {
            out.append(Csv.field(e.path())).append(',').append(Csv.field(e.version() == null ? "" : e.version())).append(',')
                    .append(e.bytes()).append(',').append(e.files()).append(',')
                    .append(Csv.field(e.parts().stream().map(p -> p.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(" "))))
                    .append(',').append(Csv.field(e.paths().stream().map(Path::toString).collect(Collectors.joining("|"))))
                    .append('\n');
        }
        return out.toString();
    }
}
