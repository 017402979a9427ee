package papers.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import papers.catalog.Catalog;
import papers.catalog.Entry;
import papers.catalog.EntryDate;
import papers.catalog.Slugs;
import papers.catalog.TagQuery;
import picocli.CommandLine.Option;

/** The filters {@code list}, {@code search} and {@code export} share. */
final class FilterOptions {
    /** Orders of a listing: newest first, by title, or as the files have them. */
    enum Sort { date, title, catalog }

    @Option(names = "--tag", paramLabel = "TAG", completionCandidates = CompletionCommand.TagCandidates.class,
            description = "Only entries with this tag (repeatable; all must hold): a slug, an alias from papers.yaml, "
                    + "or whole words of a slug ('alignment' matches 'mllm-alignment').")
    List<String> tags = new ArrayList<>();

    @Option(names = "--since", paramLabel = "YYYY-MM", description = "Only entries dated in or after this month (or year).")
    String since;

    @Option(names = "--until", paramLabel = "YYYY-MM", description = "Only entries dated in or before this month (or year).")
    String until;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "Only entries of this month.")
    String month;

    @Option(names = "--year", paramLabel = "YYYY", description = "Only entries of this year.")
    String year;

    @Option(names = "--section", paramLabel = "SECTION", completionCandidates = CompletionCommand.SectionCandidates.class,
            description = "Only entries under this heading (its text or slug; any level of the heading path).")
    String section;

    /** The filters as one predicate; a bad date is a usage error naming the option. */
    Predicate<Entry> predicate(Map<String, String> aliases) {
        List<Predicate<Entry>> all = new ArrayList<>();
        for (String t : tags) {
            TagQuery q = TagQuery.of(t, aliases);
            all.add(e -> q.matchesAny(e.tags()));
        }
        if (since != null) {
            EntryDate d = date("--since", since);
            all.add(e -> e.date() != null && compareAtPrecision(e.date(), d) >= 0);
        }
        if (until != null) {
            EntryDate d = date("--until", until);
            all.add(e -> e.date() != null && compareAtPrecision(e.date(), d) <= 0);
        }
        if (month != null) {
            EntryDate d = date("--month", month);
            if (d.month() == 0 || d.day() != 0) {
                throw new UserException(ExitCode.USAGE, "--month: '" + month + "' is not a month (YYYY-MM)");
            }
            all.add(e -> e.date() != null && e.date().year() == d.year() && e.date().month() == d.month());
        }
        if (year != null) {
            if (!year.matches("\\d{4}")) {
                throw new UserException(ExitCode.USAGE, "--year: '" + year + "' is not a year (YYYY)");
            }
            int y = Integer.parseInt(year);
            all.add(e -> e.date() != null && e.date().year() == y);
        }
        if (section != null) {
            String want = Slugs.tag(section);
            all.add(e -> e.section().stream().anyMatch(s -> Slugs.tag(s).equals(want))
                    || (e.sectionPath() != null && Slugs.tag(e.sectionPath()).equals(want)));
        }
        return e -> all.stream().allMatch(p -> p.test(e));
    }

    boolean any() {
        return !tags.isEmpty() || since != null || until != null || month != null || year != null || section != null;
    }

    private static EntryDate date(String option, String text) {
        return EntryDate.parse(text).orElseThrow(() -> new UserException(ExitCode.USAGE,
                option + ": '" + text + "' is not a date (YYYY-MM or YYYY)"));
    }

    /** Compares at the coarser of the two precisions, so 2024-09 is both since and until 2024. */
    private static int compareAtPrecision(EntryDate a, EntryDate b) {
        int c = Integer.compare(a.year(), b.year());
        if (c != 0 || a.month() == 0 || b.month() == 0) {
            return c;
        }
        c = Integer.compare(a.month(), b.month());
        if (c != 0 || a.day() == 0 || b.day() == 0) {
            return c;
        }
        return Integer.compare(a.day(), b.day());
    }

    /** The entries of {@code catalog} these filters let through, in {@code sort} order. */
    List<Entry> select(Catalog catalog, Sort sort) {
        var keep = predicate(catalog.config().tagAliases());
        List<Entry> entries = catalog.entries().stream().filter(keep).toList();
        Comparator<Entry> order = switch (sort) {
            case catalog -> null;
            case title -> Comparator.comparing((Entry e) -> e.title().toLowerCase(Locale.ROOT));
            case date -> Comparator.comparing((Entry e) -> e.date() == null ? EntryDate.of(1000) : e.date()).reversed();
        };
        return order == null ? entries : entries.stream().sorted(order).toList();
    }
}
