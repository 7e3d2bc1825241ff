package fr.cmq.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;

/** The text a page shows for a refused change: a rule's message, or the French message of a malformed identifier. */
public class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    public String of(RuntimeException refusal) {
        return refusal instanceof MessageSourceResolvable rule
                ? messages.getMessage(rule, LocaleContextHolder.getLocale())
                : String.valueOf(refusal.getMessage());
    }
}
