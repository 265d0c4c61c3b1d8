package org.greenlane.server.verification;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A workflow action the current state refuses is a 409 problem that says why. */
@RestControllerAdvice(assignableTypes = VerificationApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class VerificationProblems {

    @ExceptionHandler(WorkflowConflict.class)
    ProblemDetail conflict(WorkflowConflict conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
        problem.setTitle("Not possible in the current state");
        return problem;
    }
}
