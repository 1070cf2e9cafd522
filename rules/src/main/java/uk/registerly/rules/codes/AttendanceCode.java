package uk.registerly.rules.codes;

import static uk.registerly.rules.codes.CodeCategory.ADMINISTRATIVE;
import static uk.registerly.rules.codes.CodeCategory.APPROVED_EDUCATIONAL_ACTIVITY;
import static uk.registerly.rules.codes.CodeCategory.DUAL_REGISTRATION;
import static uk.registerly.rules.codes.CodeCategory.LEAVE_OF_ABSENCE;
import static uk.registerly.rules.codes.CodeCategory.OTHER_AUTHORISED;
import static uk.registerly.rules.codes.CodeCategory.PRESENT;
import static uk.registerly.rules.codes.CodeCategory.UNABLE_TO_ATTEND;
import static uk.registerly.rules.codes.CodeCategory.UNAUTHORISED;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The attendance codes of the School Attendance (Pupil Registration) (England)
 * Regulations 2024, in the order of the statutory table.
 */
public enum AttendanceCode {
    PRESENT_AM("/", "Present at the morning register", PRESENT),
    PRESENT_PM("\\", "Present at the afternoon register", PRESENT),
    L("L", "Arrived late, before the register closed", PRESENT),
    K("K", "Attending education provision arranged by the local authority", APPROVED_EDUCATIONAL_ACTIVITY),
    V("V", "Attending an educational visit or trip", APPROVED_EDUCATIONAL_ACTIVITY),
    P("P", "Participating in a supervised sporting activity", APPROVED_EDUCATIONAL_ACTIVITY),
    W("W", "Attending work experience", APPROVED_EDUCATIONAL_ACTIVITY),
    B("B", "Attending any other approved educational activity", APPROVED_EDUCATIONAL_ACTIVITY),
    D("D", "Attending another school at which the pupil is also registered", DUAL_REGISTRATION),
    C1("C1", "Leave of absence for a regulated performance or regulated employment abroad", LEAVE_OF_ABSENCE),
    M("M", "Leave of absence for a medical or dental appointment", LEAVE_OF_ABSENCE),
    J1("J1", "Leave of absence for an interview (employment or education)", LEAVE_OF_ABSENCE),
    S("S", "Leave of absence for study leave for a public examination", LEAVE_OF_ABSENCE),
    X("X", "Non-compulsory school age pupil not required to attend", LEAVE_OF_ABSENCE),
    C2("C2", "Leave of absence for a part-time timetable (compulsory school age only)", LEAVE_OF_ABSENCE),
    C("C", "Leave of absence for exceptional circumstances", LEAVE_OF_ABSENCE),
    T("T", "Parent travelling for occupational purposes", OTHER_AUTHORISED),
    R("R", "Religious observance", OTHER_AUTHORISED),
    I("I", "Illness (physical or mental health)", OTHER_AUTHORISED),
    E("E", "Suspended or permanently excluded, no alternative provision", OTHER_AUTHORISED),
    Q("Q", "Unable to attend: the local authority failed to make access arrangements", UNABLE_TO_ATTEND),
    Y1("Y1", "Unable to attend: transport normally provided not available", UNABLE_TO_ATTEND),
    Y2("Y2", "Unable to attend: widespread disruption to travel", UNABLE_TO_ATTEND),
    Y3("Y3", "Unable to attend: part of the school premises closed", UNABLE_TO_ATTEND),
    Y4("Y4", "Unable to attend: whole school site unexpectedly closed", UNABLE_TO_ATTEND),
    Y5("Y5", "Unable to attend: in criminal justice detention", UNABLE_TO_ATTEND),
    Y6("Y6", "Unable to attend: public health guidance or law", UNABLE_TO_ATTEND),
    Y7("Y7", "Unable to attend: any other unavoidable cause", UNABLE_TO_ATTEND),
    G("G", "Holiday not granted by the school", UNAUTHORISED),
    N("N", "Reason for absence not yet established", UNAUTHORISED),
    O("O", "Absent in other or unknown circumstances", UNAUTHORISED),
    U("U", "Arrived after the register closed, before the session ended", UNAUTHORISED),
    Z("Z", "Prospective pupil not yet on the admission register", ADMINISTRATIVE),
    CLOSED("#", "Planned whole-school closure (holidays, INSET)", ADMINISTRATIVE);

    private static final Map<String, AttendanceCode> BY_SYMBOL;

    static {
        Map<String, AttendanceCode> bySymbol = new HashMap<>();
        for (AttendanceCode code : values()) {
            bySymbol.put(code.symbol, code);
        }
        BY_SYMBOL = Collections.unmodifiableMap(bySymbol);
    }

    private final String symbol;
    private final String meaning;
    private final CodeCategory category;

    AttendanceCode(String symbol, String meaning, CodeCategory category) {
        this.symbol = symbol;
        this.meaning = meaning;
        this.category = category;
    }

    /**
     * The 2024 code for {@code symbol}, matched exactly (codes are case-sensitive).
     *
     * @throws UnknownAttendanceCodeException for anything else, including pre-2024
     *     codes such as H or J: those enter only through a {@link LegacyCodeMapping}
     */
    public static AttendanceCode parse(String symbol) {
        AttendanceCode code = symbol == null ? null : BY_SYMBOL.get(symbol);
        if (code == null) {
            throw new UnknownAttendanceCodeException(symbol);
        }
        return code;
    }

    /** Like {@link #parse} but answers null instead of throwing. */
    public static AttendanceCode fromSymbol(String symbol) {
        return symbol == null ? null : BY_SYMBOL.get(symbol);
    }

    public String symbol() {
        return symbol;
    }

    public String meaning() {
        return meaning;
    }

    public CodeCategory category() {
        return category;
    }

    /** Whether the session is in the denominator of attendance statistics. */
    public boolean isPossible() {
        return countsAs() != CountsAs.NOT_COUNTED;
    }

    public CountsAs countsAs() {
        switch (category) {
            case PRESENT:
            case APPROVED_EDUCATIONAL_ACTIVITY:
                return CountsAs.ATTENDANCE;
            case UNAUTHORISED:
                return CountsAs.UNAUTHORISED_ABSENCE;
            case DUAL_REGISTRATION:
            case UNABLE_TO_ATTEND:
            case ADMINISTRATIVE:
                return CountsAs.NOT_COUNTED;
            default:
                // X sits among the leaves of absence but the pupil is not required to attend.
                return this == X ? CountsAs.NOT_COUNTED : CountsAs.AUTHORISED_ABSENCE;
        }
    }

    /**
     * {@code /}, {@code \} or L: a teacher's present mark, which a later gate arrival
     * never overrides.
     */
    public boolean isPresentMark() {
        return category == PRESENT;
    }

    /** G, N, O or U: the codes counted towards the penalty-notice threshold. */
    public boolean isUnauthorisedAbsence() {
        return category == UNAUTHORISED;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
