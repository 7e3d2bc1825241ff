package fr.cmq.campus;

/** Where a campus stands in the label's lifecycle (driven by the labelling module). */
public enum CampusStatus {
    PROJET, LABELLISE, EN_RENOUVELLEMENT, EXPIRE, RETIRE
}
