package io.modcache.ui.rules;

import io.modcache.text.Text;
import io.modcache.cache.CacheScan;
import io.modcache.cache.EntryId;
import io.modcache.cache.ModulePattern;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.VerificationStatus;
import io.modcache.select.AgeSpec;
import io.modcache.select.RuleEngine;
import io.modcache.select.RuleOutcome;
import io.modcache.select.RuleSet;
import io.modcache.select.SizeSpec;
import io.modcache.settings.RuleSettings;
import io.modcache.ui.common.Formats;
import io.modcache.ui.common.TaskSlot;
import io.modcache.ui.common.UiExecutor;
import io.modcache.ui.common.UiTask;
import io.modcache.ui.model.CacheModel;
import io.modcache.ui.model.Selection;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Select by rule panel: the rule controls, and, live as they change, what they match,
 * computed off the UI thread on the shared cache model. "Select matching" puts the matches in the
 * shared selection, where the tree (and every other view) shows them and the user may adjust them;
 * the delete preview then shows each one's reasons and what was kept for the projects' sake.
 */
public final class RulePanelViewModel {

    private final UiExecutor executor;
    private final CacheModel cache;
    private final Selection selection;
    private final Consumer<RuleSettings> save;
    private final TaskSlot evaluation = new TaskSlot();

    private final BooleanProperty olderThanOn = new SimpleBooleanProperty();
    private final StringProperty olderThan = new SimpleStringProperty();
    private final BooleanProperty keepNewestOn = new SimpleBooleanProperty();
    private final IntegerProperty keepNewest = new SimpleIntegerProperty();
    private final BooleanProperty unused = new SimpleBooleanProperty();
    private final BooleanProperty broken = new SimpleBooleanProperty();
    private final BooleanProperty budgetOn = new SimpleBooleanProperty();
    private final StringProperty budget = new SimpleStringProperty();
    private final StringProperty pattern = new SimpleStringProperty();
    private final BooleanProperty includeUsed = new SimpleBooleanProperty();

    private final ReadOnlyObjectWrapper<RuleOutcome> outcome = new ReadOnlyObjectWrapper<>(RuleOutcome.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private RuleOutcome applied = RuleOutcome.NONE;

    public RulePanelViewModel(UiExecutor executor, CacheModel cache, Selection selection, RuleSettings initial,
                              Consumer<RuleSettings> save) {
        this.executor = executor;
        this.cache = cache;
        this.selection = selection;
        this.save = save;
        olderThanOn.set(initial.olderThanOn());
        olderThan.set(initial.olderThan());
        keepNewestOn.set(initial.keepNewestOn());
        keepNewest.set(initial.keepNewest());
        unused.set(initial.unused());
        broken.set(initial.broken());
        budgetOn.set(initial.budgetOn());
        budget.set(initial.budget());
        pattern.set(initial.pattern());
        includeUsed.set(initial.includeUsed());
        for (Observable input : List.<Observable>of(olderThanOn, olderThan, keepNewestOn, keepNewest, unused, broken, budgetOn,
                budget, pattern, includeUsed)) {
            input.addListener(o -> {
                this.save.accept(settings());
                evaluate();
            });
        }
        cache.revisionProperty().addListener(o -> evaluate());
    }

    /** The rules as the controls say, or null (with {@link #errorProperty()} saying why) when one cannot be read. */
    RuleSet rules() {
        try {
            List<ModulePattern> patterns = Arrays.stream(pattern.get().trim().split("\\s+"))
                    .filter(s -> !s.isEmpty()).map(ModulePattern::parse).toList();
            RuleSet rules = new RuleSet(olderThanOn.get() ? AgeSpec.parse(olderThan.get()) : null,
                    keepNewestOn.get() ? keepNewest.get() : null, unused.get(), broken.get(),
                    budgetOn.get() ? SizeSpec.parse(budget.get()) : null, includeUsed.get(), patterns);
            error.set("");
            return rules;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return null;
        }
    }

    /** Works out, in the background, what the rules match now; a newer evaluation always wins. */
    public void evaluate() {
        RuleSet rules = rules();
        CacheScan scan = cache.scanProperty().get();
        if (rules == null || scan == null || !rules.any()) {
            evaluation.supersede();
            outcome.set(RuleOutcome.NONE);
            summary.set(rules != null && !rules.any() ? Text.get("rules.none") : "");
            notes.set("");
            return;
        }
        if (rules.unused() && !cache.needsProperty().get().hasProjects()) {
            evaluation.supersede();
            outcome.set(RuleOutcome.NONE);
            summary.set("");
            error.set(Text.get("rules.unusedNeedsProjects"));
            return;
        }
        List<ModuleVersion> versions = cache.versions();
        var needs = cache.needsProperty().get();
        var tracking = cache.trackingProperty().get();
        long total = cache.totals().bytes();
        UiTask.of(executor, ticket -> RuleEngine.evaluate(rules, versions, needs, tracking, Instant.now(), total))
                .in(evaluation)
                .onSuccess(result -> show(result, rules, versions))
                .onFailure(Exception.class, e -> error.set(Text.get("rules.failed", e.getMessage())))
                .start();
    }

    private void show(RuleOutcome result, RuleSet rules, List<ModuleVersion> versions) {
        outcome.set(result);
        int n = result.picks().size();
        summary.set(n == 0 ? Text.get("rules.nothing")
                : Text.get("rules.matches", n, Formats.count(n), Formats.bytes(result.bytes()))
                + (result.kept().isEmpty() ? "" : Text.get("rules.kept", Formats.count(result.kept().size()))));
        List<String> lines = new ArrayList<>(result.warnings());
        if (rules.broken()) {
            long unverified = versions.stream().filter(v -> v.status() == VerificationStatus.UNVERIFIED).count();
            if (unverified > 0) {
                lines.add(Text.get("rules.unverified", unverified, Formats.count(unverified)));
            }
        }
        notes.set(String.join("\n", lines));
    }

    /** Puts what the rules match in the shared selection, which every view shows. */
    public void selectMatching() {
        select(outcome.get());
    }

    /**
     * Puts what a rule matched elsewhere (the overview's links) in the shared selection; the
     * preview then shows its reasons as it does for the panel's own rules.
     */
    public void select(RuleOutcome matched) {
        applied = matched;
        List<EntryId> ids = applied.picks().stream().<EntryId>map(p -> p.version().id()).toList();
        selection.select(ids, null);
    }

    /** The outcome last put in the selection: the preview takes reasons and limits from it. */
    public RuleOutcome applied() {
        return applied;
    }

    public RuleSettings settings() {
        return new RuleSettings(olderThanOn.get(), olderThan.get(), keepNewestOn.get(), keepNewest.get(), unused.get(),
                broken.get(), budgetOn.get(), budget.get(), pattern.get(), includeUsed.get());
    }

    public BooleanProperty olderThanOnProperty() {
        return olderThanOn;
    }

    public StringProperty olderThanProperty() {
        return olderThan;
    }

    public BooleanProperty keepNewestOnProperty() {
        return keepNewestOn;
    }

    public IntegerProperty keepNewestProperty() {
        return keepNewest;
    }

    public BooleanProperty unusedProperty() {
        return unused;
    }

    public BooleanProperty brokenProperty() {
        return broken;
    }

    public BooleanProperty budgetOnProperty() {
        return budgetOn;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    public StringProperty patternProperty() {
        return pattern;
    }

    public BooleanProperty includeUsedProperty() {
        return includeUsed;
    }

    public ReadOnlyObjectProperty<RuleOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
