package fr.cmq.shared.caching;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Passes an answer straight through, unless its handler asked for it to be kept: then, from the first byte written,
 * holds the body back so that it can be kept, and given to the visitor after. A download is never held in memory.
 */
final class CapturingWhenKept extends HttpServletResponseWrapper {

    private final HttpServletRequest request;
    private @Nullable ContentCachingResponseWrapper capture;
    private boolean decided;

    CapturingWhenKept(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    @Nullable ContentCachingResponseWrapper captured() {
        return capture;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        return decided().getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        return decided().getWriter();
    }

    @Override
    public void setContentLength(int length) {
        decided().setContentLength(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        decided().setContentLengthLong(length);
    }

    @Override
    public void flushBuffer() throws IOException {
        decided().flushBuffer();
    }

    private HttpServletResponse decided() {
        if (!decided) {
            decided = true;
            if (request.getAttribute(PublicResponseFilter.KEEP) != null) {
                capture = new ContentCachingResponseWrapper((HttpServletResponse) getResponse());
                setResponse(capture);
            }
        }
        return (HttpServletResponse) getResponse();
    }
}
