package papers.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The start-up floor papers is measured against: a one-command picocli program that prints one line. {@link
 * StartupBench} puts it in a jar with picocli's classes and gives it a class-data archive of its own.
 */
@Command(name = "hello", mixinStandardHelpOptions = true, version = "hello 1.0", description = "Prints hello.")
public final class Hello implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.println("hello");
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Hello()).execute(args));
    }
}
