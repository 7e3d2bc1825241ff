package fr.cmq.identity.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import fr.cmq.identity.internal.tokens.BearerTokenFilter;

/** Answers the API's 401 and 403 as ProblemDetail JSON, in French. */
@Component
@RequiredArgsConstructor
class ProblemDetailSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof BearerTokenFilter.UnknownToken) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Plateforme CMQ\", error=\"invalid_token\"");
            write(request, response, HttpStatus.UNAUTHORIZED, exception.getMessage());
            return;
        }
        boolean throttled = exception instanceof LoginThrottledException;
        if (!fromBrowser(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Plateforme CMQ\", charset=\"UTF-8\"");
        }
        write(request, response, HttpStatus.UNAUTHORIZED, throttled
                ? "Trop de tentatives de connexion : réessayez plus tard."
                : "Authentification requise : identifiants absents ou incorrects.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, exception instanceof BearerTokenFilter.ReadOnlyToken
                ? exception.getMessage()
                : "Vous n'avez pas le droit d'accéder à cette ressource.");
    }

    /**
     * A browser asked for Basic would prompt, then send the credentials typed along with every request to the API,
     * including those another site's page makes: it is told it must authenticate, not how.
     */
    private static boolean fromBrowser(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null
                || request.getHeader("Origin") != null || (accept != null && accept.contains("text/html"));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status == HttpStatus.UNAUTHORIZED ? "Non authentifié" : "Accès refusé");
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
