package papers.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one place HTTP clients are made: every client of papers honours the proxies the environment names
 * ({@code HTTPS_PROXY}, {@code HTTP_PROXY}, {@code NO_PROXY}, in either case), decided per request target.
 *
 * <pre>{@code
 * HttpClient http = HttpClients.builder(System.getenv(), Duration.ofSeconds(10)).build();
 * }</pre>
 */
public final class HttpClients {
    private HttpClients() {}

    /** A client builder with the connect timeout and the environment's proxies; the caller adds the rest. */
    public static HttpClient.Builder builder(Map<String, String> env, Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).proxy(new EnvProxies(Map.copyOf(env)));
    }

    /** The proxy for {@code target}, unless NO_PROXY covers its host or none is set. */
    public static Optional<InetSocketAddress> proxy(URI target, Map<String, String> env) {
        String host = target.getHost() == null ? "" : target.getHost().toLowerCase(Locale.ROOT);
        String noProxy = first(env, "NO_PROXY", "no_proxy");
        if (noProxy != null) {
            for (String rule : noProxy.split(",")) {
                String r = rule.strip().toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
                if (r.equals("*") || (!r.isEmpty() && (host.equals(r.replaceFirst("^\\.", ""))
                        || host.endsWith(r.startsWith(".") ? r : "." + r)))) {
                    return Optional.empty();
                }
            }
        }
        String value = "https".equalsIgnoreCase(target.getScheme()) ? first(env, "HTTPS_PROXY", "https_proxy")
                : first(env, "HTTP_PROXY", "http_proxy");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        URI p = URI.create(value.contains("://") ? value : "http://" + value);
        int port = p.getPort() > 0 ? p.getPort() : 80;
        return Optional.of(InetSocketAddress.createUnresolved(p.getHost(), port));
    }

    private static String first(Map<String, String> env, String... keys) {
        for (String k : keys) {
            String v = env.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** Chooses, for each request, the proxy the environment names for its target, or none. */
    private static final class EnvProxies extends ProxySelector {
        private final Map<String, String> env;

        EnvProxies(Map<String, String> env) {
            this.env = env;
        }

        @Override
        public List<Proxy> select(URI uri) {
            return proxy(uri, env).map(a -> List.of(new Proxy(Proxy.Type.HTTP, a))).orElse(List.of(Proxy.NO_PROXY));
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            // nothing to learn: the next request asks again
        }
    }
}
