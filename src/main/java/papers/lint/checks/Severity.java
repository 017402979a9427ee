package papers.lint.checks;

import java.util.Locale;

/** How much a finding matters: errors fail a commit, warnings are shown, off rules are not run. */
public enum Severity {
    OFF, WARNING, ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code off}, {@code warning} (or {@code warn}), {@code error}; null for anything else. */
    public static Severity parse(String s) {
        return switch (s == null ? "" : s.strip().toLowerCase(Locale.ROOT)) {
            case "off", "none", "ignore" -> OFF;
            case "warning", "warn" -> WARNING;
            case "error" -> ERROR;
            default -> null;
        };
    }
}
