package fr.cmq.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import fr.cmq.shared.PlainText;

/**
 * A text of one line — a name, a title, an address, a code: a line break in it is refused. Such a text ends up in
 * places where a line break means something else (a log line, an e-mail's subject, a calendar's property).
 */
@Documented
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

    String message() default "{text.single-line}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<SingleLine, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || !PlainText.hasLineBreak(value.toString());
        }
    }
}
