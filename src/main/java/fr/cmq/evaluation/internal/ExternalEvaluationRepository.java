package fr.cmq.evaluation.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExternalEvaluationRepository extends JpaRepository<ExternalEvaluationEntity, Long> {

    Optional<ExternalEvaluationEntity> findByAssessmentId(long assessmentId);
}
