package org.catchment;

/** Thrown when the user cancels a run; the run stops and leaves no partial output. */
public class CancelledException extends CatchmentException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the message "Cancelled." */
    public CancelledException() {
        super("Cancelled.");
    }
}
