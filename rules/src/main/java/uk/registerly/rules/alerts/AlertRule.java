package uk.registerly.rules.alerts;

import java.util.List;

/** One follow-up duty: walks a pupil's school days and adds the alerts it finds. */
interface AlertRule {
    void detect(PupilSchoolDays days, List<Alert> out);
}
