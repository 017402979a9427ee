package papers.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import papers.export.JsonText;
import java.io.PrintWriter;

/** The one JSON writer of the command line. */
final class Json {
    private static final ObjectMapper MAPPER = JsonText.mapper();

    private Json() {}

    static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
