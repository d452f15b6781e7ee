package io.modcache.ui.treemap;

import io.modcache.text.Text;
import io.modcache.cache.ModuleVersion;
import io.modcache.projects.Need;
import io.modcache.projects.ProjectNeeds;
import io.modcache.select.AgeBucket;
import io.modcache.select.RuleEngine;
import io.modcache.ui.common.Palette;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.StatusBadge;

import java.util.ArrayList;
import java.util.List;

/** What the treemap's colours say: age, verification verdict, whether projects need it, or module host. */
public enum TreemapColouring {
    AGE("treemap.colouring.AGE"),
    VERIFICATION("treemap.colouring.VERIFICATION"),
    USED_BY("treemap.colouring.USED_BY"),
    HOST("treemap.colouring.HOST"),
    PROVENANCE("treemap.colouring.PROVENANCE");

    static final int MODULE_FRAME = 0xff3c4043;
    static final int HOST_FRAME = 0xff17191c;

    private final String key;

    TreemapColouring(String key) {
        this.key = key;
    }

    /** Its name in the colouring choice: "Age". */
    public String words() {
        return Text.get(key);
    }

    /** The fill of a version's or other entry's tile. */
    int colour(CacheRow row, ColourContext context) {
        if (row.kind() == CacheRow.Kind.OTHER) {
            return this == VERIFICATION && row.statusProperty().get().tone() == StatusBadge.Tone.WARN ? Palette.tone(StatusBadge.Tone.WARN)
                    : Palette.OTHER_ENTRY;
        }
        ModuleVersion v = row.moduleVersion();
        return switch (this) {
            case AGE -> Palette.age(AgeBucket.of(RuleEngine.ageOf(v, context.tracking()), context.now()));
            case VERIFICATION -> Palette.tone(StatusBadge.toneOf(v.status()) == StatusBadge.Tone.NEUTRAL && !v.problems().isEmpty()
                    ? StatusBadge.Tone.WARN : StatusBadge.toneOf(v.status()));
            case USED_BY -> {
                if (!context.hasProjects()) {
                    yield Palette.NO_VALUE;
                }
                List<ProjectNeeds.Use> uses = row.usedByProperty().get().uses();
                yield uses.stream().anyMatch(u -> u.need() == Need.SOURCE) ? Palette.NEEDED : uses.isEmpty() ? Palette.UNUSED : Palette.GRAPH_ONLY;
            }
            case HOST -> context.hostColours().getOrDefault(host(v.path()), Palette.NO_VALUE);
            case PROVENANCE -> provenanceColour(row.verdictProperty().get());
        };
    }

    /** Confirmed green, a mismatch red, an error amber; unknown, private and not yet checked grey. */
    private static int provenanceColour(io.modcache.verify.Verdict verdict) {
        if (verdict == null || verdict.provenance() == null) {
            return Palette.NO_VALUE;
        }
        return switch (verdict.provenance().state()) {
            case CONFIRMED -> Palette.tone(StatusBadge.Tone.OK);
            case MISMATCH -> Palette.tone(StatusBadge.Tone.BAD);
            case ERROR -> Palette.tone(StatusBadge.Tone.WARN);
            case UNKNOWN, PRIVATE -> Palette.NO_VALUE;
        };
    }

    /** What each colour means, in the order the legend shows them. */
    List<LegendEntry> legend(ColourContext context) {
        List<LegendEntry> out = new ArrayList<>();
        switch (this) {
            case AGE -> {
                String by = Text.get(context.tracking().tracked() ? "treemap.legend.lastAccess" : "treemap.legend.downloaded");
                for (AgeBucket b : AgeBucket.values()) {
                    out.add(new LegendEntry((b == AgeBucket.WEEK ? by : "") + b.words(), Palette.age(b)));
                }
            }
            case VERIFICATION -> {
                out.add(new LegendEntry(Text.get("treemap.legend.verified"), Palette.tone(StatusBadge.Tone.OK)));
                out.add(new LegendEntry(Text.get("treemap.legend.modified"), Palette.tone(StatusBadge.Tone.BAD)));
                out.add(new LegendEntry(Text.get("treemap.legend.incomplete"), Palette.tone(StatusBadge.Tone.WARN)));
                out.add(new LegendEntry(Text.get("treemap.legend.unverified"), Palette.NO_VALUE));
            }
            case USED_BY -> {
                if (context.hasProjects()) {
                    out.add(new LegendEntry(Text.get("treemap.legend.needed"), Palette.NEEDED));
                    out.add(new LegendEntry(Text.get("treemap.legend.graphOnly"), Palette.GRAPH_ONLY));
                    out.add(new LegendEntry(Text.get("treemap.legend.unused"), Palette.UNUSED));
                } else {
                    out.add(new LegendEntry(Text.get("treemap.legend.noProjects"), Palette.NO_VALUE));
                }
            }
            case HOST -> {
                context.hostColours().forEach((host, colour) -> out.add(new LegendEntry(host, colour)));
                out.add(new LegendEntry(Text.get("treemap.legend.otherHosts"), Palette.NO_VALUE));
            }
            case PROVENANCE -> {
                out.add(new LegendEntry(Text.get("treemap.legend.sumdbConfirmed"), Palette.tone(StatusBadge.Tone.OK)));
                out.add(new LegendEntry(Text.get("treemap.legend.sumdbMismatch"), Palette.tone(StatusBadge.Tone.BAD)));
                out.add(new LegendEntry(Text.get("treemap.legend.sumdbError"), Palette.tone(StatusBadge.Tone.WARN)));
                out.add(new LegendEntry(Text.get("treemap.legend.sumdbUnknown"), Palette.NO_VALUE));
            }
        }
        out.add(new LegendEntry(Text.get("treemap.legend.other"), Palette.OTHER_ENTRY));
        return out;
    }

    /** The first element of a module path: github.com, golang.org, gopkg.in. */
    static String host(String modulePath) {
        int slash = modulePath.indexOf('/');
        return slash < 0 ? modulePath : modulePath.substring(0, slash);
    }
}
