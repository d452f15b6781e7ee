package io.modcache.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.modcache.cache.CacheModule;
import io.modcache.cache.CacheScan;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.cache.VersionId;
import io.modcache.projects.ProjectNeeds;
import io.modcache.system.AccessTimeTracking;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Turns a {@link CacheScan} into the JSON report and back to text. */
public final class ScanReports {

    private ScanReports() {
    }

    /**
     * The report's writer, made once per process from one shared {@link #mapper()} (made the first
     * time it is asked for, or by {@link #prepare()} on another thread meanwhile: Jackson takes a
     * tenth of a second to start cold).
     */
    public static ObjectWriter reportWriter() {
        return Shared.REPORT;
    }

    /** Makes the shared mapper and the report's writer now, as {@link #reportWriter()} would. */
    public static void prepare() {
        reportWriter();
    }

    private static final class Shared {
        // writerFor fetches the report's serializers as it is made; the stream it writes to stays open
        static final ObjectWriter REPORT = mapper().writerFor(ScanReport.class)
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** The mapper every JSON output of the project uses: ISO-8601 instants, indented. */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    public static ScanReport toReport(CacheScan scan, Map<String, Long> summary) {
        return toReport(scan, summary, null, null);
    }

    /**
     * @param needs    when projects were named, who needs each version (each version then has {@code usedBy})
     * @param tracking whether access times are recorded under the cache, or null when not known
     */
    public static ScanReport toReport(CacheScan scan, Map<String, Long> summary, ProjectNeeds needs, AccessTimeTracking tracking) {
        return toReport(scan, summary, needs, tracking, null);
    }

    /**
     * @param sumdb what the checksum database says of each version ({@code confirmed}, ...), counted in
     *              {@code sumdbSummary}; null when it was not asked
     */
    public static ScanReport toReport(CacheScan scan, Map<String, Long> summary, ProjectNeeds needs, AccessTimeTracking tracking,
                                      Map<VersionId, String> sumdb) {
        List<ScanReport.Module> modules = scan.modules().stream().map(m -> module(m, needs, sumdb)).toList();
        List<ScanReport.Other> other = scan.other().stream().map(ScanReports::other).toList();
        ScanReport.Totals totals = new ScanReport.Totals(scan.modules().size(), scan.versionCount(),
                scan.totalFiles(), scan.totalBytes());
        return new ScanReport(scan.root().toString(), seconds(scan.scannedAt()), tracking == null ? null : tracking.tracked(),
                totals, modules, other, summary, sumdb == null ? null : sumdbSummary(sumdb));
    }

    /** How many versions got each answer, in the order of the answers. */
    private static Map<String, Long> sumdbSummary(Map<VersionId, String> sumdb) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String word : List.of("mismatch", "error", "unknown", "private", "confirmed")) {
            long n = sumdb.values().stream().filter(word::equals).count();
            if (n > 0) {
                counts.put(word, n);
            }
        }
        return counts;
    }

    private static ScanReport.Module module(CacheModule m, ProjectNeeds needs, Map<VersionId, String> sumdb) {
        return new ScanReport.Module(m.path(), m.bytes(), m.versions().stream().map(v -> version(v, needs, sumdb)).toList());
    }

    private static ScanReport.Version version(ModuleVersion v, ProjectNeeds needs, Map<VersionId, String> sumdb) {
        List<ScanReport.UsedBy> usedBy = needs == null ? null : needs.usedBy(v.id()).stream()
                .map(u -> new ScanReport.UsedBy(u.module().toString(), u.need().label())).toList();
        return new ScanReport.Version(v.version(), v.bytes(), v.files(), v.extracted(), v.hasZip(),
                seconds(v.lastAccess()), seconds(v.downloaded()), v.status().name(), v.problemTexts(),
                sumdb == null ? null : sumdb.get(v.id()), usedBy);
    }

    private static ScanReport.Other other(OtherEntry o) {
        return new ScanReport.Other(o.kind().label(), o.path(), o.bytes(), o.files(), o.problems());
    }

    private static Instant seconds(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS);
    }

    /** One line per version, for a spreadsheet: {@code module,version,bytes,files,lastAccess,downloaded,status}. */
    public static String versionsCsv(ScanReport report) {
        StringBuilder out = new StringBuilder("module,version,bytes,files,lastAccess,downloaded,status\n");
        for (ScanReport.Module m : report.modules()) {
            for (ScanReport.Version v : m.versions()) {
                out.append(Csv.field(m.path())).append(',').append(Csv.field(v.version())).append(',').append(v.bytes()).append(',')
                        .append(v.files()).append(',').append(v.lastAccess() == null ? "" : v.lastAccess()).append(',')
                        .append(v.downloaded() == null ? "" : v.downloaded()).append(',').append(Csv.field(v.status())).append('\n');
            }
        }
        return out.toString();
    }
}
