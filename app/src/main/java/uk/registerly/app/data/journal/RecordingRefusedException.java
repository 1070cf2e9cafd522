package uk.registerly.app.data.journal;

import uk.registerly.rules.recording.ProblemCode;
import uk.registerly.rules.recording.RecordingProblem;

/**
 * A fact the rules module's {@code RecordingRules} refuse on the device, exactly as the server would
 * refuse it: the stable code says what the screen offers instead ({@code register_closed}: an
 * amendment), and the message is the rules' own explanation.
 */
public final class RecordingRefusedException extends NotRecordableException {
    private final transient RecordingProblem problem;

    public RecordingRefusedException(RecordingProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public RecordingProblem problem() {
        return problem;
    }

    public ProblemCode code() {
        return problem.code();
    }
}
