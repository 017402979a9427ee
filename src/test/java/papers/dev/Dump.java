package papers.dev;

import java.nio.file.Path;
import papers.catalog.*;

public class Dump {
    public static void main(String[] args) {
        for (String a : args) {
            ParsedFile pf = new CatalogParser().parse(CatalogReader.read(Path.of(a), a));
            System.out.println("== " + a + " " + pf.entries().size());
            for (Entry e : pf.entries()) {
                System.out.println(e.line() + "-" + e.lastLine() + " | " + e.title() + " | arxiv=" + e.arxiv() + " | date=" + e.date()
                        + " | venue=" + e.venue() + " | authors=" + e.authors().size() + " | tags=" + e.tags() + " | url=" + e.url()
                        + " | fields=" + e.fields().keySet() + " | links=" + e.links().stream().map(Link::label).toList() + " | notes=" + (e.notes() == null ? null : e.notes().substring(0, Math.min(40, e.notes().length()))));
            }
            pf.warnings().forEach(System.out::println);
        }
    }
}
