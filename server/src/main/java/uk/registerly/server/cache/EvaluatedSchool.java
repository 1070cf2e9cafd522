package uk.registerly.server.cache;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.sync.Cursor;

/**
 * A school's evaluated state as of a day: every pupil on roll with the rules' evaluation of their facts
 * (marks by session, unmarked sessions, figures, alerts). Immutable: a reader (the office's worklists,
 * later the trust dashboard's group figures) keeps one for the whole of its request while the cache moves
 * on. Built from the event log up to {@link #reached()}, in pull order.
 */
public interface EvaluatedSchool {

    SchoolSetup setup();

    /** The evaluation date (the school's today): sessions after it are not evaluated. */
    LocalDate asOf();

    /** Every pupil on roll on {@link #asOf()}, by last name, first name and id. */
    List<EvaluatedPupil> pupils();

    Optional<EvaluatedPupil> pupil(UUID pupilId);

    /** The log position every fact up to which (in cursor order) is in this state. */
    Cursor reached();

    /** Facts held for the school (pupils on roll or not): what the cache's size limit counts. */
    long facts();
}
