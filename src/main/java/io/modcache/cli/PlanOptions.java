package io.modcache.cli;

import picocli.CommandLine.Option;

/**
 * The options of commands that change the cache (clean, repair): they show their plan unless told
 * to go ahead, and print plan or outcome as JSON on request.
 */
final class PlanOptions {

    @Option(names = "--dry-run", description = "Show the plan and change nothing (the default without --yes).")
    boolean dryRun;

    @Option(names = "--yes", description = "Go ahead without asking.")
    boolean yes;

    @Option(names = "--json", description = "Print the plan (or, with --yes, the outcome) as JSON.")
    boolean json;

    /** Whether to act on the plan rather than only show it. */
    boolean acting() {
        return yes && !dryRun;
    }
}
