package fr.cmq.campus.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusSearch;
import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.Category;
import fr.cmq.identity.CampusAccess;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.web.NotFoundException;
import fr.cmq.shared.web.PageResponse;

@RestController
@RequestMapping("/api/v1/campuses")
class CampusApiController {

    private final CampusDirectory directory;
    private final CampusAccess access;

    CampusApiController(CampusDirectory directory, CampusAccess access) {
        this.directory = directory;
        this.access = access;
    }

    @GetMapping
    PageResponse<CampusListItem> search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String filiere,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String academie,
            @RequestParam(required = false) @Nullable Category category,
            @RequestParam(required = false) @Nullable CampusStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return directory.search(new CampusSearch(q, filiere, region, academie, category, status, false), page, size)
                .map(CampusListItem::of);
    }

    /** The public fields and network; contact persons and former members only for those who may read them. */
    @GetMapping("/{id}")
    CampusDetails one(@PathVariable long id, @AuthenticationPrincipal @Nullable CmqUser user) {
        var campus = directory.find(id).orElseThrow(() -> new NotFoundException("Campus " + id + " introuvable"));
        return access.may(user, CampusAction.READ_PRIVATE, campus.scope()) ? campus : campus.forThePublic();
    }
}
