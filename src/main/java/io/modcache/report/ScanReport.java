package io.modcache.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The {@code scan --json} contract (see README). Plain data for Jackson; no behaviour. */
@JsonPropertyOrder({"cacheRoot", "scannedAt", "lastAccessTracked", "totals", "modules", "other", "summary", "sumdbSummary"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScanReport(String cacheRoot, Instant scannedAt, Boolean lastAccessTracked, Totals totals, List<Module> modules,
                         List<Other> other, Map<String, Long> summary, Map<String, Long> sumdbSummary) {

    @JsonPropertyOrder({"modules", "versions", "files", "bytes"})
    public record Totals(long modules, long versions, long files, long bytes) {
    }

    @JsonPropertyOrder({"path", "bytes", "versions"})
    public record Module(String path, long bytes, List<Version> versions) {
    }

    @JsonPropertyOrder({"version", "bytes", "files", "extracted", "zip", "lastAccess", "downloaded", "status", "problems", "sumdb",
        "usedBy"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Version(String version, long bytes, long files, boolean extracted, boolean zip,
                          Instant lastAccess, Instant downloaded, String status, List<String> problems,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String sumdb,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<UsedBy> usedBy) {
    }

    /** A module of the user's that needs a version: its folder, and {@code source} or {@code graph}. */
    @JsonPropertyOrder({"project", "need"})
    public record UsedBy(String project, String need) {
    }

    @JsonPropertyOrder({"kind", "path", "bytes", "files", "problems"})
    public record Other(String kind, String path, long bytes, long files,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> problems) {
    }
}
