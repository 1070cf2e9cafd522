package uk.registerly.app.data.exports;

import androidx.annotation.Nullable;

/** What the office asks the server for: the census return of a term, the CTF for this year's leavers or one pupil's. */
public final class ExportRequest {
    public enum Kind { CENSUS, CTF_LEAVERS, CTF_PUPIL }

    /** The census terms as the server names them (docs/exports.md): autumn, spring, summer1, summer2. */
    public enum Term { AUTUMN("autumn"), SPRING("spring"), SUMMER1("summer1"), SUMMER2("summer2");
        public final String code;

        Term(String code) {
            this.code = code;
        }
    }

    public final Kind kind;
    @Nullable
    public final Term term;
    public final int year;
    /** The pupil of a {@link Kind#CTF_PUPIL}; null otherwise. */
    @Nullable
    public final String pupilId;

    private ExportRequest(Kind kind, @Nullable Term term, int year, @Nullable String pupilId) {
        this.kind = kind;
        this.term = term;
        this.year = year;
        this.pupilId = pupilId;
    }

    public static ExportRequest census(Term term, int year) {
        return new ExportRequest(Kind.CENSUS, term, year, null);
    }

    public static ExportRequest ctfForLeavers() {
        return new ExportRequest(Kind.CTF_LEAVERS, null, 0, null);
    }

    public static ExportRequest ctfForPupil(String pupilId) {
        return new ExportRequest(Kind.CTF_PUPIL, null, 0, java.util.Objects.requireNonNull(pupilId, "pupilId"));
    }
}
