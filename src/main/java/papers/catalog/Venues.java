package papers.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Recognises where a paper appeared: {@code NeurIPS 2022}, {@code EMNLP Findings}, {@code ICML2023}. */
public final class Venues {
    private Venues() {}

    private static final String NAMES = "NeurIPS|NIPS|ICML|ICLR|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|COLING|EACL|AACL"
            + "|AAAI|IJCAI|TPAMI|T-PAMI|IJCV|TMLR|TACL|JMLR|WACV|BMVC|SIGGRAPH(?: Asia)?|KDD|WWW|SIGIR|CIKM|WSDM"
            + "|ACM ?MM|MM|MICCAI|Interspeech|ICASSP|CoRL|RSS|ICRA|IROS|COLM|CoLM|Nature|Science|TIP|TMM|TCSVT"
            + "|ICRL|3DV|ACCV|ICME|NeurIPS Datasets and Benchmarks|arXiv|Arxiv|ArXiv|ARXIV|arxiv";

    private static final Pattern VENUE = Pattern.compile(
            "(?:" + NAMES + ")(?:[ -]?(?:Findings|Workshops?|Oral|Spotlight|Poster|D&B))*(?:[ '’-]?(?:19|20)?\\d{2})?"
                    + "(?:[ -]?(?:Findings|Workshops?|Oral|Spotlight|Poster))*");

    private static final Pattern DECORATION = Pattern.compile("^[\\[(（【*_`]+|[\\])）】*_`.,:;]+$");
    private static final Pattern FINDINGS_FIRST = Pattern.compile(
            "Findings of (?:" + NAMES + ")(?: ?(?:19|20)\\d{2})?");

    /** The venue when the whole of {@code text} names one, tidied ({@code Arxiv} becomes {@code arXiv}). */
    public static Optional<String> parse(String text) {
        if (text.length() > 60) {
            return Optional.empty();
        }
        String s = DECORATION.matcher(text.strip()).replaceAll("").strip();
        if (s.isEmpty() || !FIRST_WORDS.contains(firstWord(s))) {
            return Optional.empty();
        }
        if (VENUE.matcher(s).matches() || FINDINGS_FIRST.matcher(s).matches()) {
            return Optional.of(tidy(s));
        }
        return Optional.empty();
    }

    /** The lower-cased first words of every venue name, for a cheap test before the regex. */
    private static final Set<String> FIRST_WORDS = Arrays.stream(NAMES.split("\\|"))
            .map(n -> firstWord(n.replace("(?: Asia)?", "").replace(" ?", " ")))
            .collect(Collectors.toUnmodifiableSet());

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '-' || s.charAt(end) == '&')
                && !(end > 0 && Character.isDigit(s.charAt(end)) && Character.isLetter(s.charAt(end - 1)))) {
            end++;
        }
        return s.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** A venue that ends {@code text}, such as the {@code ICML2023} of a bold-title line. */
    public static Optional<String> find(String text) {
        Matcher m = VENUE.matcher(text);
        while (m.find()) {
            boolean wordStart = m.start() == 0 || !Character.isLetterOrDigit(text.charAt(m.start() - 1));
            boolean wordEnd = m.end() == text.length() || !Character.isLetterOrDigit(text.charAt(m.end()));
            if (wordStart && wordEnd && !m.group().equalsIgnoreCase("mm")) {
                return Optional.of(tidy(m.group()));
            }
        }
        return Optional.empty();
    }

    private static final Pattern DOI_IEEE = Pattern.compile("(?i)^10\\.1109/(CVPR|ICCV|WACV|ICASSP|ICRA|IROS|ICME)\\d*\\.((?:19|20)\\d{2})\\.");
    private static final Pattern DOI_ACL = Pattern.compile("(?i)^10\\.18653/v1/((?:19|20)\\d{2})\\.(findings-)?([a-z]+)[-.]");
    private static final Pattern DOI_AAAI = Pattern.compile("(?i)^10\\.1609/aaai\\.v(\\d{2})i");

    /**
     * The venue a DOI names, for the publishers whose DOIs say it: IEEE conference proceedings
     * ({@code 10.1109/CVPR52729.2023.01234}), the ACL Anthology ({@code 10.18653/v1/2023.emnlp-main.20}) and AAAI.
     */
    public static Optional<String> fromDoi(String doi) {
        if (doi == null) {
            return Optional.empty();
        }
        Matcher m = DOI_IEEE.matcher(doi.strip());
        if (m.find()) {
            return Optional.of(m.group(1).toUpperCase(Locale.ROOT) + " " + m.group(2));
        }
        m = DOI_ACL.matcher(doi.strip());
        if (m.find()) {
            String name = m.group(3).toUpperCase(Locale.ROOT);
            if (!name.matches("ACL|EMNLP|NAACL|EACL|AACL|COLING|TACL|CONLL")) {
                return Optional.empty();
            }
            return Optional.of(name + (m.group(2) != null ? " Findings " : " ") + m.group(1));
        }
        m = DOI_AAAI.matcher(doi.strip());
        if (m.find()) {
            return Optional.of("AAAI " + (1986 + Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }

    /** True for the arXiv preprint server, which is a place of publication but not a venue. */
    public static boolean isPreprint(String venue) {
        return venue != null && venue.equalsIgnoreCase("arxiv");
    }

    private static String tidy(String s) {
        return s.equalsIgnoreCase("arxiv") ? "arXiv" : s;
    }
}
