package org.greenlane.server.cbam;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems only the CBAM API has: a QReport the configuration cannot produce, or one that fails the schema. */
@RestControllerAdvice(assignableTypes = ImportersApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CbamProblems {

    @ExceptionHandler(QReports.QReportUnavailable.class)
    ProblemDetail unavailable(QReports.QReportUnavailable missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, missing.getMessage());
        problem.setTitle("QReport not available");
        return problem;
    }

    @ExceptionHandler(QReports.QReportInvalid.class)
    ProblemDetail invalid(QReports.QReportInvalid invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        problem.setTitle("QReport fails the Registry schema");
        problem.setProperty("violations", invalid.violations.stream().map(v -> java.util.Map.of("line", v.line(),
                "column", v.column(), "message", v.message())).toList());
        return problem;
    }
}
