package fr.cmq.shared.signing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import fr.cmq.shared.db.Rows;

/** {@link SignatureBook} in SQL, in the caller's transaction. */
@Service
@RequiredArgsConstructor
class JdbcSignatureBook implements SignatureBook {

    private static final String COLUMNS = "select id, act, subject_id, campus_id, subject_version, summary, signer_email,"
            + " signer_name, signed_at, voided_at, voided_reason from signature";
    private static final RowMapper<Signature> ROW = (rs, n) -> new Signature(rs.getLong("id"),
            SignatureAct.valueOf(rs.getString("act")), rs.getLong("subject_id"), rs.getLong("campus_id"),
            rs.getLong("subject_version"), rs.getString("summary"), rs.getString("signer_email"),
            rs.getString("signer_name"), Rows.instant(rs, "signed_at"), Rows.instant(rs, "voided_at"),
            rs.getString("voided_reason"));

    private final JdbcClient jdbc;

    @Override
    public void sign(SignatureAct act, long subjectId, long campusId, long version, String summary, String signerEmail,
            String signerName, Instant at) {
        jdbc.sql("insert into signature (act, subject_type, subject_id, campus_id, subject_version, summary,"
                        + " signer_email, signer_name, signed_at) values (:act, :type, :subject, :campus, :version,"
                        + " :summary, :email, :name, :at)")
                .param("act", act.name()).param("type", act.subjectType()).param("subject", subjectId)
                .param("campus", campusId).param("version", version).param("summary", summary)
                .param("email", signerEmail).param("name", signerName).param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public void voidAll(String subjectType, long campusId, long subjectId, Instant at, String reason) {
        jdbc.sql("update signature set voided_at = :at, voided_reason = :reason where subject_type = :type"
                        + " and campus_id = :campus and subject_id = :subject and voided_at is null")
                .param("at", Timestamp.from(at)).param("reason", reason).param("type", subjectType)
                .param("campus", campusId).param("subject", subjectId).update();
    }

    @Override
    public List<Signature> of(String subjectType, long campusId, long subjectId) {
        return jdbc.sql(COLUMNS + " where subject_type = :type and campus_id = :campus and subject_id = :subject"
                        + " order by signed_at, id")
                .param("type", subjectType).param("campus", campusId).param("subject", subjectId).query(ROW).list();
    }

    @Override
    public List<Signature> signedBy(String email, int limit) {
        return jdbc.sql(COLUMNS + " where lower(signer_email) = lower(:email) order by signed_at desc, id desc limit :limit")
                .param("email", email).param("limit", limit).query(ROW).list();
    }
}
