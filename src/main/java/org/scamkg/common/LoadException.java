package org.scamkg.common;

import java.util.List;

/** Thrown when input is rejected; carries every problem found, each located to file, line and field. */
public class LoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public LoadException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the input; nothing was written");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() { return problems; }
}
