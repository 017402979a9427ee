package papers.cli;

/** ANSI styling, on only when output is a terminal (or {@code --color always}) and NO_COLOR is unset. */
final class Style {
    private final boolean on;

    private Style(boolean on) {
        this.on = on;
    }

    static Style of(Context ctx, PapersCommand.ColorMode mode) {
        boolean noColor = ctx.env().containsKey("NO_COLOR") && !ctx.env().get("NO_COLOR").isEmpty();
        boolean on = switch (mode == null ? PapersCommand.ColorMode.auto : mode) {
            case always -> true;
            case never -> false;
            case auto -> ctx.tty() && !noColor;
        };
        return new Style(on);
    }

    boolean on() {
        return on;
    }

    String bold(String s) {
        return on ? "\u001b[1m" + s + "\u001b[22m" : s;
    }

    String match(String s) {
        return on ? "\u001b[1;33m" + s + "\u001b[22;39m" : s;
    }

    String dim(String s) {
        return on ? "\u001b[2m" + s + "\u001b[22m" : s;
    }
}
