package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusPagePart;
import fr.cmq.campus.CampusPageSection;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.steering.BudgetContributions;
import fr.cmq.steering.CampusPlan;

/**
 * A campus's strategic objectives on its page, for everyone; for its team and pilots the way to its plan and budget,
 * for a member's contact the way to declare its contributions.
 */
@Component
@Order(5)
@RequiredArgsConstructor
class CampusStrategySection implements CampusPageSection {

    private final CampusPlan plan;
    private final BudgetContributions budgetContributions;
    private final Guard guard;

    @Override
    public Optional<CampusPagePart> partFor(long campusId, @Nullable CmqUser viewer) {
        boolean reads = viewer != null && guard.may(viewer, READ_PRIVATE, campusId);
        boolean declares = viewer != null && !reads && !budgetContributions.declarableBy(viewer, campusId).isEmpty();
        return Optional.of(new CampusPagePart("steering/campus-strategy", "strategy", Map.of(
                "objectives", plan.objectivesOf(campusId), "campusId", campusId, "reads", reads, "declares", declares)));
    }
}
