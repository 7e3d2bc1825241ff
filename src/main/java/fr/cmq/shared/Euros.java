package fr.cmq.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Amounts in euros with cents, exact: read as people type them ("12 345,67", "12345.67", "1 000 €") and written the
 * French way ("12 345,67 €"). Never a floating point.
 */
public final class Euros {

    /** Ten thousand million euros: more than any campus budget, less than the columns hold. */
    private static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private Euros() {
    }

    /**
     * @throws InvalidFieldException naming {@code field} when the text is not an amount of euros with at most two
     *         decimals between 0 and the maximum
     */
    public static BigDecimal parse(String text, String field) {
        String compact = text.replace("€", "").replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.');
        if (!compact.matches("\\d{1,10}(\\.\\d{1,2})?")) {
            throw new InvalidFieldException(field, "Montant en euros attendu, par exemple 12 345,67");
        }
        return check(new BigDecimal(compact), field);
    }

    /** An amount given as a number (the API): at most two decimals, not negative, not absurd. */
    public static BigDecimal check(BigDecimal amount, String field) {
        if (amount.signum() < 0 || amount.compareTo(MAX) > 0) {
            throw new InvalidFieldException(field, "Montant hors des bornes : de 0 à 9 999 999 999,99 €");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidFieldException(field, "Un montant en euros a au plus deux décimales (les centimes)");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** "12 345,67 €", grouped with the narrow no-break space of French typography. */
    public static String format(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        var format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + "\u00A0€";
    }

    /** For a form field: "12345,67", which {@link #parse} reads back. */
    public static String forInput(@Nullable BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }
}
