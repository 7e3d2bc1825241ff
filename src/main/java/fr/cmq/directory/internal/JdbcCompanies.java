package fr.cmq.directory.internal;

import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.directory.Companies;
import fr.cmq.directory.Company;
import fr.cmq.identity.AuditTrail;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.Siret;

/** {@link Companies} in SQL, on the platform's PostgreSQL. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcCompanies implements Companies {

    private final JdbcClient jdbc;
    private final AuditTrail auditTrail;

    @Override
    public Optional<Company> find(Siret siret) {
        return jdbc.sql("select siret, name, naf_code, address, postal_code, commune_name from company where siret = :siret")
                .param("siret", siret.value()).query(Company.class).optional();
    }

    @Override
    public PageResponse<Company> page(int page, int size) {
        var content = jdbc.sql("""
                select siret, name, naf_code, address, postal_code, commune_name from company
                order by name, siret offset :offset limit :limit""")
                .param("offset", PageResponse.offset(page, size)).param("limit", size).query(Company.class).list();
        long total = jdbc.sql("select count(*) from company").query(Long.class).single();
        return PageResponse.of(content, page, size, total);
    }

    /** @throws DuplicateKeyException when a company with that SIRET exists */
    @Override
    @Transactional
    public void create(Company company) {
        jdbc.sql("""
                insert into company (siret, name, naf_code, address, postal_code, commune_name, content_hash)
                values (:siret, :name, :naf, :address, :postalCode, :commune, 'saisie')""")
                .param("siret", new Siret(company.siret()).value())
                .param("name", company.name())
                .param("naf", company.nafCode())
                .param("address", company.address())
                .param("postalCode", company.postalCode())
                .param("commune", company.communeName())
                .update();
        auditTrail.record("CREATION", "entreprise", company.siret(), Map.of("nom", company.name()));
    }
}
