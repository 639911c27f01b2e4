package org.crisisdesk.app.cli;

import java.util.concurrent.Callable;
import org.crisisdesk.app.Main;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands: on its own it is bad usage (exit 2) and prints its help. */
abstract class GroupCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        root.err().println(spec.commandLine().getUsageMessage());
        return Main.EXIT_USAGE;
    }
}
