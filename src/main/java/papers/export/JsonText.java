package papers.export;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON writer of papers' output: indented, and with DEL, the C1 controls and the bidirectional overrides
 * and isolates written as {@code \\uXXXX} (as JSON writes C0 controls), so that the text reaches a terminal as
 * escapes while a JSON reader gets the characters back.
 */
public final class JsonText {
    private JsonText() {}

    /** A new mapper that writes indented JSON with those characters escaped. */
    public static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        m.getFactory().setCharacterEscapes(new Escapes());
        return m;
    }

    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            boolean escaped = ch >= 0x80 && ch <= 0x9f || ch >= 0x202a && ch <= 0x202e || ch >= 0x2066 && ch <= 0x2069;
            return escaped ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
