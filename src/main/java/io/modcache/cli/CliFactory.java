package io.modcache.cli;

import picocli.CommandLine;

/** Creates subcommands with the {@link CliContext} they need. */
final class CliFactory implements CommandLine.IFactory {

    private final CliContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CliFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        if (cls == ScanCommand.class) {
            return cls.cast(new ScanCommand(context));
        }
        if (cls == VerifyCommand.class) {
            return cls.cast(new VerifyCommand(context));
        }
        if (cls == CleanCommand.class) {
            return cls.cast(new CleanCommand(context));
        }
        if (cls == RepairCommand.class) {
            return cls.cast(new RepairCommand(context));
        }
        if (cls == HistoryCommand.class) {
            return cls.cast(new HistoryCommand(context));
        }
        return fallback.create(cls);
    }
}
