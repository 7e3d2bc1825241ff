package fr.cmq.identity.internal.accounts;

import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.identity.CampusScope;
import fr.cmq.identity.Recipient;
import fr.cmq.identity.Recipients;
import fr.cmq.identity.Role;

@Component
@RequiredArgsConstructor
class JdbcRecipients implements Recipients {

    private final JdbcClient jdbc;

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> holding(Set<Role> roles, CampusScope campus) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct a.email, a.display_name, r.role from user_account a"
                        + " join role_assignment r on r.user_account_id = a.id"
                        + " where a.enabled and r.role = any(:roles) and (r.role = 'ADMIN_NATIONAL'"
                        + " or (r.role in ('DIRECTEUR_OPERATIONNEL', 'CHEF_ETABLISSEMENT_SUPPORT', 'MEMBER_CONTACT')"
                        + "     and r.campus_id = :campus)"
                        + " or (r.role = 'PILOTE_ACADEMIQUE' and r.academie_code = any(:academies))"
                        + " or (r.role = 'PILOTE_REGIONAL' and r.region_code = cast(:region as text)))"
                        + " order by r.role, a.display_name")
                .param("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .param("campus", campus.campusId())
                .param("academies", campus.academieCodes().toArray(String[]::new))
                .param("region", campus.regionCode())
                .query((rs, n) -> new Recipient(rs.getString("email"), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role"))))
                .list();
    }
}
