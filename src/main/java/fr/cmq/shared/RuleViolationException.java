package fr.cmq.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * A change that a business rule forbids, named by a message code of {@code messages.properties} and its arguments:
 * pages show it through {@link fr.cmq.shared.web.Refusals}, the API answers it 422 in French.
 */
public class RuleViolationException extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;

    public RuleViolationException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments.clone();
    }

    @Override
    public String[] getCodes() {
        return new String[] { code };
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public @Nullable String getDefaultMessage() {
        return null;
    }
}
