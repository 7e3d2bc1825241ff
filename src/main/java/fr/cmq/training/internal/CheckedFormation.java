package fr.cmq.training.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.directory.Certification;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.InvalidIdentifierException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.RncpCode;
import fr.cmq.training.AdmissionRoute;
import fr.cmq.training.FormationDetails;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.OpenStatus;

/** A formation's details once checked, completed from its certification, and trimmed. */
record CheckedFormation(
        long memberId,
        @Nullable Long siteId,
        @Nullable String certificationId,
        String title,
        @Nullable String typeLabel,
        @Nullable String rncpCode,
        int level,
        @Nullable String onisepUrl,
        List<OpenStatus> statuses,
        @Nullable String duration,
        @Nullable String startDates,
        @Nullable AdmissionRoute admission,
        boolean accessible,
        @Nullable String handicapReferent,
        @Nullable String adaptations,
        @Nullable String description) {

    /**
     * The details as typed, checked against the campus (its active members, whether the site is its own) and completed
     * from the certification chosen in the reference, if any.
     *
     * @throws InvalidFieldException on the first field that is wrong
     */
    static CheckedFormation of(FormationDetails details, Collection<Long> members, boolean siteOfTheCampus,
            @Nullable Certification certification) {
        if (!members.contains(details.memberId())) {
            throw new InvalidFieldException("memberId", "Cet organisme ne fait pas (ou plus) partie du réseau du campus");
        }
        if (!siteOfTheCampus) {
            throw new InvalidFieldException("siteId", "Ce site n'est pas un site du campus");
        }
        String certificationId = certification == null ? null : certification.id();
        String title = PlainText.blankToNull(details.title());
        if (title == null && certification != null) {
            title = certification.title();
        }
        if (title == null) {
            throw new InvalidFieldException("title", "Intitulé requis quand la certification n'est pas choisie dans le référentiel");
        }
        Integer level = details.level() != null ? details.level() : certification != null ? certification.level() : null;
        if (level == null || level < 3 || level > 8) {
            throw new InvalidFieldException("level", "Niveau requis, de 3 (CAP) à 8 (doctorat)");
        }
        String typeLabel = PlainText.blankToNull(details.typeLabel());
        return new CheckedFormation(details.memberId(), details.siteId(), certificationId, title,
                typeLabel != null || certification == null ? typeLabel : certification.typeLabel(),
                rncpCode(details.rncpCode(), certification), level,
                certification == null ? null : certification.onisepUrl(), statuses(details.statuses()),
                PlainText.blankToNull(details.duration()), PlainText.blankToNull(details.startDates()),
                details.admission(), details.accessible(), PlainText.blankToNull(details.handicapReferent()),
                PlainText.blankToNull(details.adaptations()), PlainText.blankToNull(details.description()));
    }

    private static @Nullable String rncpCode(@Nullable String typed, @Nullable Certification certification) {
        String code = PlainText.blankToNull(typed);
        if (code == null) {
            return certification == null ? null : certification.rncpCode();
        }
        try {
            return RncpCode.parse(code).value();
        } catch (InvalidIdentifierException e) {
            throw new InvalidFieldException("rncpCode", e.getMessage());
        }
    }

    private static List<OpenStatus> statuses(List<OpenStatus> statuses) {
        var seen = EnumSet.noneOf(LearnerStatus.class);
        for (OpenStatus open : statuses) {
            if (!seen.add(open.status())) {
                throw new InvalidFieldException("statuses", "Le statut " + open.status() + " est donné deux fois");
            }
            if (open.capacity() != null && open.capacity() <= 0) {
                throw new InvalidFieldException("statuses", "Une capacité d'accueil est un nombre de places positif");
            }
        }
        return statuses.stream().map(open -> open.status() == LearnerStatus.VAE ? new OpenStatus(LearnerStatus.VAE, null)
                : open).toList();
    }
}
