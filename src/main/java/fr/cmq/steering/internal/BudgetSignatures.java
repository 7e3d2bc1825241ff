package fr.cmq.steering.internal;

import java.time.Instant;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.Euros;
import fr.cmq.shared.signing.SignatureAct;
import fr.cmq.shared.signing.SignatureBook;
import fr.cmq.shared.signing.ToSign;
import fr.cmq.steering.Budget;

/** A budget's validation written in the book of signatures with what it held; voided when it is amended. */
@Component
@RequiredArgsConstructor
class BudgetSignatures {

    private final SignatureBook book;
    private final MessageSource messages;

    ToSign toSign(Budget budget, String campusName) {
        return new ToSign(SignatureAct.VALIDATION_BUDGET, campusName, summary(budget, campusName), budget.version());
    }

    void validated(Budget budget, String campusName, CmqUser signer, Instant at) {
        book.sign(SignatureAct.VALIDATION_BUDGET, budget.year(), budget.campusId(), budget.version(),
                summary(budget, campusName), signer.email(), signer.displayName(), at);
    }

    void amended(long campusId, int year, String reason, Instant at) {
        book.voidAll(SignatureAct.VALIDATION_BUDGET.subjectType(), campusId, year, at, reason);
    }

    private String summary(Budget budget, String campusName) {
        return messages.getMessage("signature.summary.budget", new Object[] {String.valueOf(budget.year()),
                campusName, budget.lines().size(), Euros.format(budget.totals().spendingPlanned()),
                Euros.format(budget.totals().resourcesPlanned()), budget.version()}, Locale.FRANCE);
    }
}
