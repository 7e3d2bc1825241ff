package fr.cmq.identity.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.identity.AuditEntry;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.RoleGrant;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.web.SingleLine;

@RestController
@RequiredArgsConstructor
class IdentityApiController {

    private final AuditTrail auditTrail;

    record Me(String email, String displayName, List<RoleGrant> roles) {
    }

    @GetMapping("/api/v1/me")
    Me me(@AuthenticationPrincipal CmqUser user) {
        return new Me(user.email(), user.displayName(), user.grants());
    }

    /**
     * The newest entries of the audit trail, or of one kind of entity ({@code compte}, {@code campus}…), for national
     * administrators only (see the security configuration).
     */
    @GetMapping("/api/v1/audit-events")
    List<AuditEntry> auditEvents(@RequestParam(required = false) @SingleLine @Size(max = 40) @Nullable String entityType,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return auditTrail.recent(entityType, PageResponse.offset(page, size), size);
    }
}
