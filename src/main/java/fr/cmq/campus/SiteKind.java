package fr.cmq.campus;

/** A place where the campus works, or the lieu de vie et d'échanges an Excellence campus must have. */
public enum SiteKind { SITE, LIEU_DE_VIE }
