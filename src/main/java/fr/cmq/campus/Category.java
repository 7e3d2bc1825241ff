package fr.cmq.campus;

/** The label's category. */
public enum Category {
    CMQ, EXCELLENCE
}
