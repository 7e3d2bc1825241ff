package fr.cmq.steering.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetRepository extends JpaRepository<BudgetEntity, Long> {

    Optional<BudgetEntity> findByCampusIdAndYear(long campusId, int year);
}
