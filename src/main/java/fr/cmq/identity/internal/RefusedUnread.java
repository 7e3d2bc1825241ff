package fr.cmq.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses a request whose body was not read, and is never to be: answered here, in French, without the error page's
 * dispatch (rendering it would parse an upload form, and so read the whole body to disk), and the connection closed
 * rather than drained.
 */
final class RefusedUnread {

    private RefusedUnread() {
    }

    static void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setHeader("Connection", "close");
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Envoi refusé\",\"status\":%d,\"detail\":\"%s\"}"
                    .formatted(status.value(), detail.replace("\"", "'")));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("""
                    <!DOCTYPE html>
                    <html lang="fr"><head><meta charset="utf-8"><title>Envoi refusé — Plateforme CMQ</title>
                    <link rel="stylesheet" href="/assets/dsfr/dsfr.min.css"></head>
                    <body><main class="fr-container fr-my-8w"><h1>Envoi refusé</h1><p class="fr-text--lead">%s</p>
                    <p><a class="fr-btn" href="/">Page d'accueil</a></p></main></body></html>
                    """.formatted(HtmlUtils.htmlEscape(detail)));
        }
    }
}
