package io.modcache.sumdb;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The checksum database over the network, asked only when the user chose to: where go would ask
 * it (the GOSUMDB URL, else the first proxy in GOPROXY that serves {@code /sumdb/<name>/supported},
 * else {@code https://<name>}), through the proxy the environment names (HTTPS_PROXY, HTTP_PROXY,
 * NO_PROXY), a few requests at a time, each with a time limit. It only reads: nothing is written
 * to go's cache.
 */
public final class OnlineSumdb {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int CONCURRENCY = 8;
    private static final int BODY_CAP = 1 << 20;

    private final HttpClient http;
    private final SumdbConfig config;
    private final List<String> goproxy;
    private final Semaphore inFlight = new Semaphore(CONCURRENCY);
    private final Map<Tile, byte[]> tiles = new ConcurrentHashMap<>();
    private volatile String base;
    /** Set when the database (or the proxy before it) could not be reached: every later question fails at once with it. */
    private volatile IOException unreachable;

    /** What the database answered for a lookup: the record, or why there is none. */
    record Answer(byte[] record, String missing) {
    }

    /** GOPROXY as go has it: from {@code go env} when go answered, else the environment, else go's default. */
    public static String goproxy(io.modcache.system.GoEnv goEnv, Map<String, String> env) {
        String value = goEnv.available() ? goEnv.get("GOPROXY").orElse("") : env.getOrDefault("GOPROXY", "");
        return value.isBlank() ? "https://proxy.golang.org,direct" : value;
    }

    public OnlineSumdb(SumdbConfig config, String goproxy, Map<String, String> env) {
        this.config = config;
        this.goproxy = Arrays.stream(goproxy.split("[,|]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL)
                .proxy(new EnvProxySelector(env)).build();
    }

    Answer lookup(String escapedPath, String escapedVersion) throws IOException {
        HttpResponse<byte[]> r = get("/lookup/" + escapedPath + "@" + escapedVersion);
        if (r.statusCode() == 200) {
            return new Answer(r.body(), null);
        }
        if (r.statusCode() == 404 || r.statusCode() == 410) {
            return new Answer(null, "the database has no record: " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8).strip());
        }
        throw new IOException("lookup: HTTP " + r.statusCode());
    }

    /** A tile from the database; a partial one may be served only complete, as go knows. */
    byte[] tile(Tile tile) throws IOException {
        byte[] known = tiles.get(tile);
        if (known != null) {
            return known;
        }
        HttpResponse<byte[]> r = get("/" + tile.path());
        byte[] data = r.statusCode() == 200 ? r.body() : null;
        if (data == null && !tile.complete()) {
            HttpResponse<byte[]> full = get("/" + tile.full().path());
            if (full.statusCode() == 200 && full.body().length >= tile.w() * Tlog.HASH_SIZE) {
                data = Arrays.copyOf(full.body(), tile.w() * Tlog.HASH_SIZE);
            }
        }
        if (data == null) {
            throw new IOException("tile " + tile.path() + ": HTTP " + r.statusCode());
        }
        tiles.put(tile, data);
        return data;
    }

    private HttpResponse<byte[]> get(String path) throws IOException {
        URI uri = URI.create(base() + path);
        try {
            inFlight.acquire();
            try {
                HttpResponse<byte[]> r = send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.body().length > BODY_CAP) {
                    throw new IOException(uri + ": answer too large");
                }
                return r;
            } finally {
                inFlight.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * Sends a request; when the host cannot be reached at all (offline, no name, refused, no
     * answer), says so in words and remembers it, so that the other versions of a verification do
     * not each wait for a timeout to learn the same.
     */
    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        IOException known = unreachable;
        if (known != null) {
            throw known;
        }
        try {
            return http.send(request, body);
        } catch (java.net.ConnectException | java.net.http.HttpTimeoutException e) {
            IOException down = new IOException("cannot reach " + request.uri().getHost()
                    + (request.uri().getPort() > 0 ? ":" + request.uri().getPort() : "") + ": " + reason(e), e);
            unreachable = down;
            throw down;
        }
    }

    /** Why a connection failed, in words: the JDK's exceptions often carry no message. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "host not found (is the network up?)";
            }
            if (t instanceof java.net.http.HttpTimeoutException) {
                return "no answer within " + TIMEOUT.toSeconds() + " s";
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().toLowerCase(java.util.Locale.ROOT);
            }
        }
        // the HttpClient's ConnectException for a refused connection carries no message at all
        return e instanceof java.net.ConnectException ? "connection refused" : e.getClass().getSimpleName();
    }

    /** Where to ask, found once as go finds it. */
    private String base() throws IOException {
        String b = base;
        if (b != null) {
            return b;
        }
        String name = config.verifier().name();
        if (config.url() != null) {
            b = config.url().replaceAll("/+$", "");
        } else {
            b = "https://" + name;
            for (String proxy : goproxy) {
                if (proxy.equals("direct") || proxy.equals("off")) {
                    break;
                }
                if (!proxy.startsWith("http://") && !proxy.startsWith("https://")) {
                    continue;
                }
                String candidate = proxy.replaceAll("/+$", "") + "/sumdb/" + name;
                try {
                    HttpResponse<Void> r = send(HttpRequest.newBuilder(URI.create(candidate + "/supported")).timeout(TIMEOUT).GET()
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        b = candidate;
                        break;
                    }
                    if (r.statusCode() != 404 && r.statusCode() != 410) {
                        break;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }
        base = b;
        return b;
    }

    /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY, as go (and curl) read them. */
    static final class EnvProxySelector extends ProxySelector {
        private final Map<String, String> env;

        EnvProxySelector(Map<String, String> env) {
            this.env = env;
        }

        @Override
        public List<Proxy> select(URI uri) {
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || bypassed(host)) {
                return List.of(Proxy.NO_PROXY);
            }
            String proxy = variable("https".equals(uri.getScheme()) ? "HTTPS_PROXY" : "HTTP_PROXY");
            if (proxy == null || proxy.isBlank()) {
                return List.of(Proxy.NO_PROXY);
            }
            URI p = URI.create(proxy.contains("://") ? proxy : "http://" + proxy);
            return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.getHost(), p.getPort() < 0 ? 80 : p.getPort())));
        }

        private boolean bypassed(String host) {
            String noProxy = variable("NO_PROXY");
            if (noProxy == null) {
                return false;
            }
            for (String entry : noProxy.split(",")) {
                String e = entry.trim().toLowerCase(Locale.ROOT);
                if (e.equals("*") || (!e.isEmpty() && (host.equals(e.replaceFirst("^\\.", "")) || host.endsWith(e.startsWith(".") ? e : "." + e)))) {
                    return true;
                }
            }
            return false;
        }

        private String variable(String name) {
            String v = env.get(name);
            return v != null ? v : env.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        }
    }
}
