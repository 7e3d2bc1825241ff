package fr.cmq.evaluation.internal.maturity;

/** Niveau 2: a budget is set up and funding obtained (at least officially committed). */
final class BudgetFunded implements MaturityRule {

    @Override
    public int level() {
        return 2;
    }

    @Override
    public boolean metBy(MaturityFacts facts) {
        return facts.fundedBudget();
    }
}
