package org.greenlane.server.verification;

/** An action the request's or certificate's current state does not allow; answered 409 with the reason. */
class WorkflowConflict extends RuntimeException {

    WorkflowConflict(String message) {
        super(message);
    }
}
