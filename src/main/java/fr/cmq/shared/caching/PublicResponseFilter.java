package fr.cmq.shared.caching;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves an anonymous GET from {@link PublicResponseCache} before anything else runs; on a miss, lets the platform
 * answer and keeps the answer when its handler was a {@link PublicRead} and it is a 200 that sets no cookie. Anyone
 * signed in, or sending a session or credentials, goes the whole way.
 */
@RequiredArgsConstructor
final class PublicResponseFilter extends OncePerRequestFilter {

    /** Set on a request that may be answered from the cache, so that the handler's mark can take effect. */
    static final String ANONYMOUS_GET = PublicResponseFilter.class.getName() + ".anonymousGet";
    /** Set by {@link PublicReadInterceptor} when the handler is a {@link PublicRead}: what it shows. */
    static final String KEEP = PublicResponseFilter.class.getName() + ".keep";

    private static final Set<String> NOT_REPLAYED = Set.of(HttpHeaders.SET_COOKIE, HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.DATE, HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CACHE_CONTROL, HttpHeaders.ETAG,
            HttpHeaders.LAST_MODIFIED, HttpHeaders.PRAGMA, HttpHeaders.EXPIRES, HttpHeaders.VARY);

    /** The parameter that limits a list or a search to one région. */
    private static final String REGION = "region";

    private final PublicResponseCache cache;
    private final Clock clock;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = anonymousRead(request) ? PublicRequest.key(request) : Optional.<String>empty();
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var kept = cache.get(key.get());
        if (kept != null) {
            kept.writeTo(request, response);
            return;
        }
        long generation = cache.generation();
        var read = PublicRequest.asGet(request);
        read.setAttribute(ANONYMOUS_GET, Boolean.TRUE);
        var capturing = new CapturingWhenKept(read, response);
        chain.doFilter(read, capturing);
        var body = capturing.captured();
        if (body == null) {
            return;
        }
        if (body.getStatus() != HttpServletResponse.SC_OK || response.containsHeader(HttpHeaders.SET_COOKIE)
                || body.getContentSize() > PublicResponseCache.MAX_ANSWER_BYTES) {
            body.copyBodyToResponse();
            return;
        }
        var answer = CachedResponse.of(replayed(response), body.getContentAsByteArray(), clock.millis());
        var shown = (Shown[]) request.getAttribute(KEEP);
        cache.put(key.get(), answer, KeptTags.of(key.get(), shown, onlyValue(request, REGION)), generation);
        response.reset();
        answer.writeTo(request, response);
    }

    /** The value of a parameter given once, or none (absent, or given several times: then it limits nothing). */
    private static @Nullable String onlyValue(HttpServletRequest request, String name) {
        var values = request.getParameterValues(name);
        return values != null && values.length == 1 ? values[0] : null;
    }

    /** A GET or a HEAD (the same answer without its body) from a visitor who sends no session and no credentials. */
    private static boolean anonymousRead(HttpServletRequest request) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getRequestedSessionId() == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    private static ArrayList<CachedResponse.Header> replayed(HttpServletResponse response) {
        var headers = new ArrayList<CachedResponse.Header>();
        for (String name : Set.copyOf(response.getHeaderNames())) {
            if (NOT_REPLAYED.stream().noneMatch(name::equalsIgnoreCase)) {
                response.getHeaders(name).forEach(value -> headers.add(new CachedResponse.Header(name, value)));
            }
        }
        if (response.getContentType() != null && headers.stream()
                .noneMatch(header -> header.name().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE))) {
            headers.add(new CachedResponse.Header(HttpHeaders.CONTENT_TYPE, response.getContentType()));
        }
        return headers;
    }
}
