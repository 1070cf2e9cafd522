package uk.registerly.app.data.exports;

import androidx.annotation.Nullable;

/** What the office asks the server for: the census return of a term, or the CTF for this year's leavers. */
public final class ExportRequest {
    public enum Kind { CENSUS, CTF_LEAVERS }

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

    private ExportRequest(Kind kind, @Nullable Term term, int year) {
        this.kind = kind;
        this.term = term;
        this.year = year;
    }

    public static ExportRequest census(Term term, int year) {
        return new ExportRequest(Kind.CENSUS, term, year);
    }

    public static ExportRequest ctfForLeavers() {
        return new ExportRequest(Kind.CTF_LEAVERS, null, 0);
    }
}
