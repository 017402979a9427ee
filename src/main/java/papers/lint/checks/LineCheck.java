package papers.lint.checks;

/** A check that reads one line at a time: every line the line checks read, in order. */
abstract class LineCheck implements Check {
    @Override
    public final void check(LintFile file, Findings out) {
        for (int n = 1; n <= file.count(); n++) {
            if (file.checked(n)) {
                checkLine(file, n, file.visible(n), out);
            }
        }
    }

    /** Checks line {@code n}, given as {@code line} with its inline code blanked out. */
    abstract void checkLine(LintFile file, int n, String line, Findings out);
}
