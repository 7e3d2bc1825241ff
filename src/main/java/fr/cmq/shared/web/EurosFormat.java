package fr.cmq.shared.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.Euros;

/** Amounts in pages, the French way: {@code ${@euros.format(amount)}} or {@code ${@euros.input(amount)}} for a field. */
public class EurosFormat {

    public String format(@Nullable BigDecimal amount) {
        return Euros.format(amount);
    }

    public String input(@Nullable BigDecimal amount) {
        return Euros.forInput(amount);
    }
}
