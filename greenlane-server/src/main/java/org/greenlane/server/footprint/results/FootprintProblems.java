package org.greenlane.server.footprint.results;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A product system that cannot be calculated answers 422 problem+json with the engine's explanation. */
@RestControllerAdvice(basePackages = "org.greenlane.server.footprint")
@Order(Ordered.HIGHEST_PRECEDENCE)
class FootprintProblems {

    @ExceptionHandler(CalculationRefused.class)
    ProblemDetail refused(CalculationRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage());
        problem.setTitle("The product system cannot be calculated");
        return problem;
    }
}
