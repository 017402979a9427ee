package papers.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import papers.export.JsonText;
import java.io.PrintWriter;

/** The one JSON writer of the command line. */
final class Json {
    private static final ObjectMapper MAPPER = JsonText.mapper();
    private static final ObjectWriter LINE = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    /** {@code value} as one line of JSON (JSON Lines: one object a line, for streaming). */
    static void line(PrintWriter out, Object value) {
        try {
            out.println(LINE.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
