package fr.cmq.campus;

/** Someone else changed the campus since the user read it: the current state is given, so that it can be shown. */
public class CampusConflictException extends RuntimeException {

    private final transient CampusDetails current;

    public CampusConflictException(CampusDetails current) {
        super("Le campus a été modifié par " + current.updatedBy() + " entre-temps");
        this.current = current;
    }

    public CampusDetails current() {
        return current;
    }
}
