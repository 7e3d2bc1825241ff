package fr.cmq.shared.caching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Marks an anonymous GET whose handler is a {@link PublicRead} with what it shows, so that its answer is kept, and
 * says so to browsers
 * and proxies: they may keep it too, provided they ask again each time (a 304 when it has not changed).
 */
final class PublicReadInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(PublicResponseFilter.ANONYMOUS_GET) != null && handler instanceof HandlerMethod method) {
            var mark = method.hasMethodAnnotation(PublicRead.class) ? method.getMethodAnnotation(PublicRead.class)
                    : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PublicRead.class);
            if (mark != null) {
                request.setAttribute(PublicResponseFilter.KEEP, mark.value());
                response.setHeader(HttpHeaders.CACHE_CONTROL, CachedResponse.CACHE_CONTROL);
            }
        }
        return true;
    }
}
