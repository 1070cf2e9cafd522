package uk.registerly.server.cache;

import java.util.UUID;
import uk.registerly.rules.evaluation.PupilEvaluation;

/** One pupil on roll with what the rules say about them (marks by session, figures, alerts) as of a day. */
public record EvaluatedPupil(RegisterFacts.PupilRow row, PupilEvaluation evaluation) {

    public UUID id() {
        return row.id();
    }
}
