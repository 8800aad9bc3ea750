package dev.lvb.demo;

/** A problem found by the demo itself (bad input, a feature that is absent), answered as problem+json. */
public class DemoProblemException extends RuntimeException {

    private final Problem problem;

    /** @param problem what to answer */
    public DemoProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    /** @return what to answer */
    public Problem problem() {
        return problem;
    }

    /**
     * @param parameter the offending request parameter
     * @param detail what is wrong and what is expected
     * @return a 400 problem
     */
    public static DemoProblemException badRequest(String parameter, String detail) {
        return new DemoProblemException(Problem.of("invalid-request", "Invalid request", 400, detail)
                .with("parameter", parameter));
    }
}
