package papers.lint.checks;

/** Tests cheaper than a check's pattern, run first: false only where the pattern cannot match. */
final class Cheap {
    private Cheap() {}

    /** Whether some {@code ](} in {@code line} is followed by spaces and {@code )}: an empty link target. */
    static boolean emptyTarget(String line) {
        for (int i = line.indexOf("]("); i >= 0; i = line.indexOf("](", i + 2)) {
            int j = i + 2;
            while (j < line.length() && Character.isWhitespace(line.charAt(j))) {
                j++;
            }
            if (j < line.length() && line.charAt(j) == ')') {
                return true;
            }
        }
        return false;
    }

    /** Whether some {@code ]} in {@code line} is followed by neither {@code (}, {@code [} nor {@code :}: a label, maybe. */
    static boolean bracketNotFollowedByLink(String line) {
        for (int i = line.indexOf(']'); i >= 0; i = line.indexOf(']', i + 1)) {
            char next = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
            if (next != '(' && next != '[' && next != ':') {
                return true;
            }
        }
        return false;
    }
}
