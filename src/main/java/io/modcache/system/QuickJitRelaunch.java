package io.modcache.system;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Short commands ({@code scan}, {@code history}, {@code clean}) end sooner with the C1 compiler
 * alone: on a machine with few cores, C2 spends more processor time compiling the scan's file walk
 * than the walk itself takes. A jar cannot choose its JVM's options, so when such a command runs on
 * a JDK's {@code java} launcher with full tiered compilation, this starts the same command line
 * once more with {@value #OPTION} in front, waits for it and exits with its status (about 50 ms
 * dearer than starting with the option, 0.6 s cheaper than running without it on the benchmark
 * cache). The installed command passes the option itself, and so does anyone who chooses their own
 * compiler options (on the command line or in JDK_JAVA_OPTIONS or JAVA_TOOL_OPTIONS);
 * {@value #MARKER} set in the environment turns it off.
 */
public final class QuickJitRelaunch {

    /** Set in the relaunched process; set it yourself to keep the JVM's own compiler choice. */
    public static final String MARKER = "MODCACHE_EXPLORER_NO_JIT_RELAUNCH";

    static final String OPTION = "-XX:TieredStopAtLevel=1";

    private static final Set<String> SHORT_COMMANDS = Set.of("scan", "history", "clean");

    /** JVM options that already say how to compile: the user's choice stands. */
    private static final List<String> COMPILER_OPTIONS = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
            "-XX:+TieredCompilation", "-Xint", "-Xcomp", "-XX:CompilationMode");

    private QuickJitRelaunch() {
    }

    /** Runs {@code args} in a C1-only JVM and exits with its status when that helps and is possible; else returns. */
    public static void ifHelpful(String[] args) {
        if (System.getenv(MARKER) != null) {
            return;
        }
        if (mentionsCompiler(System.getenv("JDK_JAVA_OPTIONS")) || mentionsCompiler(System.getenv("JAVA_TOOL_OPTIONS"))) {
            return;
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<List<String>> command = command(self.command().orElse(null),
                self.arguments().map(List::of).orElse(null), List.of(args));
        if (command.isEmpty()) {
            return;
        }
        ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
        builder.environment().put(MARKER, "1");
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            return; // runs on in this JVM, only slower
        }
        Thread stop = new Thread(child::destroy, "stop-relaunched-command");
        Runtime.getRuntime().addShutdownHook(stop);
        int status;
        try {
            status = child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            status = 130;
        }
        Runtime.getRuntime().removeShutdownHook(stop);
        System.exit(status);
    }

    /**
     * The command line to run instead, or empty to run on here: only for a short command, only on a
     * JDK's {@code java} launcher (whose arguments are JVM options, then the jar or class, then
     * {@code args}), only when the process's arguments end with exactly {@code args} (so nothing was
     * lost decoding them) and the JVM options say nothing about compilation yet.
     */
    static Optional<List<String>> command(String executable, List<String> processArgs, List<String> args) {
        if (executable == null || processArgs == null || args.isEmpty() || !SHORT_COMMANDS.contains(args.get(0))) {
            return Optional.empty();
        }
        String name = Path.of(executable).getFileName().toString();
        if (!name.equals("java") && !name.equals("java.exe")) {
            return Optional.empty();
        }
        int jvmPart = processArgs.size() - args.size();
        if (jvmPart < 1 || !processArgs.subList(jvmPart, processArgs.size()).equals(args)) {
            return Optional.empty();
        }
        for (String a : processArgs.subList(0, jvmPart)) {
            if (a.indexOf('\uFFFD') >= 0 || mentionsCompiler(a)) {
                return Optional.empty();
            }
        }
        if (args.stream().anyMatch(a -> a.indexOf('\uFFFD') >= 0)) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(processArgs.size() + 2);
        out.add(executable);
        out.add(OPTION);
        out.addAll(processArgs);
        return Optional.of(out);
    }

    /** Whether JVM options (one, or several as the JDK_JAVA_OPTIONS variable holds them) choose how to compile. */
    static boolean mentionsCompiler(String options) {
        return options != null && COMPILER_OPTIONS.stream().anyMatch(options::contains);
    }
}
