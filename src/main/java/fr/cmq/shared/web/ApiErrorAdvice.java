package fr.cmq.shared.web;

import java.util.List;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

import fr.cmq.shared.BusyException;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.InvalidIdentifierException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.documents.RejectedDocumentException;

/**
 * The API's errors as ProblemDetail, in French, never with internals. Invalid input lists each field in
 * {@code errors}: {@code [{"field": …, "message": …}]}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class ApiErrorAdvice extends ResponseEntityExceptionHandler {

    record FieldProblem(String field, @Nullable String message) {
    }

    private final MessageSource messages;

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, "Introuvable", exception.getMessage());
    }

    /** Long work refused for now: when to come back is in {@code Retry-After}. */
    @ExceptionHandler(BusyException.class)
    ResponseEntity<ProblemDetail> busy(BusyException exception) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(exception.retryAfter().toSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Occupé", exception.getMessage()));
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException exception) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Règle non respectée",
                messages.getMessage(exception, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException exception) {
        return invalid(List.of(new FieldProblem(exception.field(), exception.getMessage())));
    }

    /** A file refused by the document store: the field {@code file}, with why. */
    @ExceptionHandler(RejectedDocumentException.class)
    ProblemDetail rejectedDocument(RejectedDocumentException exception) {
        return invalid(List.of(new FieldProblem("file", messages.getMessage(exception.messageCode(),
                exception.arguments(), LocaleContextHolder.getLocale()))));
    }

    @ExceptionHandler(InvalidIdentifierException.class)
    ProblemDetail invalidIdentifier(InvalidIdentifierException exception) {
        return problem(HttpStatus.BAD_REQUEST, "Identifiant invalide", exception.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict() {
        return problem(HttpStatus.CONFLICT, "Modification en conflit",
                "Cette donnée a été modifiée par quelqu'un d'autre entre-temps : rechargez-la avant de la modifier.");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = invalid(exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        var problem = invalid(exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(fieldOf(error, result.getMethodParameter().getParameterName()),
                                error.getDefaultMessage())))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    /** Malformed JSON, or a value of the wrong type or with a forbidden character: 400, naming the field when known. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (exception.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = json.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = "Valeur illisible, du mauvais type ou contenant un caractère interdit.";
            for (Throwable cause = json; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidIdentifierException identifier) {
                    message = identifier.getMessage();
                }
            }
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, message))));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Requête invalide",
                "Le corps de la requête n'est pas un JSON lisible."));
    }

    /** A parameter that cannot be read as its type (a number too large, a text with a control character). */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = exception instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : String.valueOf(exception.getPropertyName());
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, "Valeur invalide."))));
    }

    private static String fieldOf(MessageSourceResolvable error, @Nullable String parameter) {
        return error instanceof FieldError field ? field.getField() : String.valueOf(parameter);
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Requête invalide", "Certaines valeurs sont invalides.");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
