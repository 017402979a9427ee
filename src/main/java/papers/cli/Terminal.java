package papers.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What reaches the terminal. {@link #safe} makes one text from a catalog or from arXiv printable: every
 * control character (C0 and C1: ESC, CR, BEL, newlines...) becomes a space. {@link #guarded} is the net under
 * every print of every command: whatever a file name, an arXiv error, a papers.yaml value or a title holds,
 * no escape sequence (but papers' own styling), no control character (but newline, tab and a progress line's
 * leading carriage return) and no bidirectional override reaches the screen.
 */
final class Terminal {
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    /** The sequences {@link Style} writes, the only ones let through. */
    private static final List<String> STYLING = List.of("\u001b[1m", "\u001b[22m", "\u001b[1;33m", "\u001b[22;39m", "\u001b[2m");

    private Terminal() {}

    static String safe(String text) {
        return text == null ? "" : CONTROL.matcher(text).replaceAll(" ");
    }

    /** {@code w}, printing through the net (once: a guarded writer is returned as it is). */
    static PrintWriter guarded(PrintWriter w) {
        return w instanceof Guarded ? w : new Guarded(w);
    }

    /** True for a character that must not reach a terminal as it is. */
    static boolean unsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }

    private static final class Guarded extends PrintWriter {
        Guarded(PrintWriter target) {
            super(new Net(target), true);
        }
    }

    /** Writes through to the target with every unsafe character as a space. */
    private static final class Net extends Writer {
        private final PrintWriter target;

        Net(PrintWriter target) {
            super(target);
            this.target = target;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            write(new String(buf, off, len), 0, len);
        }

        @Override
        public void write(String s, int off, int len) {
            int first = off;
            while (first < off + len && !unsafe(s.charAt(first))) {
                first++;
            }
            if (first == off + len) {
                target.write(s, off, len); // the usual case: nothing to replace, nothing copied
                return;
            }
            String text = s.substring(off, off + len);
            int i = first - off;
            int n = text.length();
            StringBuilder sb = new StringBuilder(n).append(text, 0, i);
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (!unsafe(c)) {
                    sb.append(c);
                } else if (c == '\r' && (i == 0 || i + 1 < n && text.charAt(i + 1) == '\n' || i + 1 == n)) {
                    sb.append(c); // a progress line's start, or a line end written as CR LF
                } else if (c == '\u001b' && styling(text, i) > 0) {
                    int end = i + styling(text, i);
                    sb.append(text, i, end);
                    i = end - 1;
                } else {
                    sb.append(' ');
                }
            }
            target.write(sb.toString());
        }

        /** The length of papers' own styling sequence at {@code at}, or 0. */
        private static int styling(String text, int at) {
            for (String s : STYLING) {
                if (text.startsWith(s, at)) {
                    return s.length();
                }
            }
            return 0;
        }

        @Override
        public void flush() {
            target.flush();
        }

        @Override
        public void close() {
            target.close();
        }
    }
}
