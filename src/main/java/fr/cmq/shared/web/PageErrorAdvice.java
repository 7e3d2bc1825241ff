package fr.cmq.shared.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import fr.cmq.shared.BusyException;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.StillPreparingException;

/**
 * Pages: a missing thing is the 404 page, a concurrent change the 409 page, a rule refused the 422 page, long work
 * refused for now the 429 page, a document still being prepared a page that says so, a form's address asked as a page
 * the page that holds it.
 */
@ControllerAdvice
class PageErrorAdvice {

    private final FormAddresses formAddresses;
    private final Refusals refusals;

    PageErrorAdvice(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> routes,
            MessageSource messages) {
        this.formAddresses = new FormAddresses(routes);
        this.refusals = new Refusals(messages);
    }

    /**
     * A form's address asked as a page (a reload after the form came back with its errors, a bookmark) leads to the
     * page that holds the form; any other method refused keeps its 405.
     */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    String formAddressAsked(HttpRequestMethodNotSupportedException refused, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var page = "GET".equals(request.getMethod()) ? formAddresses.pageAbove(path) : Optional.<String>empty();
        if (page.isEmpty()) {
            throw refused;
        }
        return "redirect:" + page.get();
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /** An address no page answers: the 404 page drawn in the request, so a signed-in person keeps its header. */
    @ExceptionHandler(NoResourceFoundException.class)
    String noPage(NoResourceFoundException missing, HttpServletRequest request, HttpServletResponse response)
            throws NoResourceFoundException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw missing;
        }
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error/404";
    }

    /** Long work refused for now: the page says so, and when to come back is in {@code Retry-After}. */
    @ExceptionHandler(BusyException.class)
    String busy(BusyException exception, HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(exception.retryAfter().toSeconds()));
        return "error/429";
    }

    /** A document not ready yet: the page says so, offers to ask again, and when is in {@code Retry-After}. */
    @ExceptionHandler(StillPreparingException.class)
    String preparing(StillPreparingException exception, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setStatus(HttpStatus.ACCEPTED.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(exception.retryAfter().toSeconds()));
        model.addAttribute("retry", request.getRequestURI().substring(request.getContextPath().length()));
        return "error/preparing";
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "error/409";
    }

    /**
     * A rule or a field that a page's handler did not answer in its own form: the reason said on a page of its own
     * (422, or 400 for a field), nothing written — never the 500 page.
     */
    @ExceptionHandler({ RuleViolationException.class, InvalidFieldException.class })
    String refused(RuntimeException refusal, HttpServletResponse response, Model model) {
        response.setStatus(refusal instanceof InvalidFieldException ? HttpStatus.BAD_REQUEST.value()
                : HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("refusal", refusals.of(refusal));
        return "error/422";
    }
}
