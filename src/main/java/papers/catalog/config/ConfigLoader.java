package papers.catalog.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import papers.catalog.CatalogException;
import papers.catalog.PapersConfig;
import papers.catalog.format.EntryFormat;
import org.yaml.snakeyaml.LoaderOptions;

/** The one loader of {@code papers.yaml}: unknown keys and wrong types are errors naming the key and its line. */
public final class ConfigLoader {
    /** The largest papers.yaml read (real ones are a few kilobytes); a larger one is refused before it is read. */
    public static final int MAX_BYTES = 1 << 20;

    private static final ObjectMapper YAML = new ObjectMapper(limited())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ConfigLoader() {}

    /** A YAML reader within bounds: a document of at most {@link #MAX_BYTES}, 50 aliases, 50 levels of nesting. */
    private static YAMLFactory limited() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(50);
        options.setAllowRecursiveKeys(false);
        return YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(50).maxDocumentLength(MAX_BYTES).build())
                .build();
    }

    /** Parses the text of a {@code papers.yaml}; {@code path} names it in messages. */
    public static PapersConfig parse(String yaml, String path) {
        if (yaml.isBlank()) {
            return PapersConfig.defaults();
        }
        try {
            PapersConfig config = YAML.readValue(yaml, PapersConfig.class);
            if (config != null && config.format() != null && EntryFormat.byId(config.format()).isEmpty()) {
                throw new CatalogException(path, lineOfKey(yaml, "format"), "unknown format '" + config.format()
                        + "' (known formats: " + knownFormats() + ")");
            }
            if (config != null) {
                for (Map.Entry<String, String> f : config.formats().entrySet()) {
                    if (f.getValue() == null || EntryFormat.byId(f.getValue()).isEmpty()) {
                        throw new CatalogException(path, lineOf(yaml, "formats", f.getKey()), "formats." + f.getKey()
                                + ": unknown format '" + f.getValue() + "' (known formats: " + knownFormats() + ")");
                    }
                }
            }
            return config == null ? PapersConfig.defaults() : config;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new CatalogException(path, line(yaml, e), "unknown key '" + keyPath(e)
                    + "'" + (known.isEmpty() ? "" : " (known keys here: " + known + ")"));
        } catch (MismatchedInputException e) {
            throw new CatalogException(path, line(yaml, e), "wrong type for '" + keyPath(e)
                    + "': expected " + describe(e.getTargetType()));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof IllegalArgumentException bad && bad.getMessage().startsWith("lint.hook")) {
                throw new CatalogException(path, lineOf(yaml, "lint", "hook"), bad.getMessage());
            }
            if (e.getCause() instanceof IllegalArgumentException bad && bad.getMessage().startsWith("suggest.categories")) {
                throw new CatalogException(path, lineOf(yaml, "suggest", "categories"), bad.getMessage());
            }
            throw new CatalogException(path, line(yaml, e), "bad value for '" + keyPath(e) + "': "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (JsonProcessingException e) {
            throw new CatalogException(path, line(e.getLocation()), "not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }

    private static String knownFormats() {
        return Arrays.stream(EntryFormat.values()).map(EntryFormat::id).filter(id -> !id.equals("other"))
                .collect(Collectors.joining(", "));
    }

    private static String keyPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping of keys to values";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /**
     * The line of the key an error is about, found in the text: Jackson reports records' unknown keys
     * only after reading the whole mapping, at its end.
     */
    private static int line(String yaml, JsonMappingException e) {
        String[] lines = yaml.split("\\r\\n|\\r|\\n", -1);
        int at = 0;
        boolean found = false;
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() == null) {
                continue;
            }
            Pattern key = Pattern.compile(
                    "^\\s*(?:-\\s+)?[\"']?" + Pattern.quote(ref.getFieldName()) + "[\"']?\\s*:.*");
            int i = at;
            while (i < lines.length && !key.matcher(lines[i]).matches()) {
                i++;
            }
            if (i == lines.length) {
                break;
            }
            at = i;
            found = true;
        }
        return found ? at + 1 : line(e.getLocation());
    }

    /** The 1-based line of top-level {@code key} in {@code yaml}, or 0. */
    private static int lineOfKey(String yaml, String key) {
        String[] lines = yaml.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":") || lines[i].startsWith("\"" + key + "\":")) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The 1-based line of the key at {@code path} ({@code "lint", "rules", "dead-link"}) in {@code yaml}, each key
     * found below its parent, or 0 when it is not written as a plain mapping key.
     */
    public static int lineOf(String yaml, String... path) {
        String[] lines = yaml.split("\\r\\n|\\r|\\n", -1);
        int at = 0;
        int found = 0;
        for (String key : path) {
            Pattern p = Pattern.compile(
                    "^\\s*[\"']?" + Pattern.quote(key) + "[\"']?\\s*:.*");
            int i = at;
            while (i < lines.length && !p.matcher(lines[i]).matches()) {
                i++;
            }
            if (i == lines.length) {
                return 0;
            }
            found = i + 1;
            at = i + 1;
        }
        return found;
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }
}
