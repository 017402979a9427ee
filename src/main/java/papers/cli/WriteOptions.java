package papers.cli;

import picocli.CommandLine.Option;

/** The options of every command that writes catalog files. */
final class WriteOptions {
    @Option(names = "--force", description = "Write catalog files that are read-only or owned by another user "
            + "(refused by default, exit 3); the file keeps its mode and owner.")
    boolean force;
}
