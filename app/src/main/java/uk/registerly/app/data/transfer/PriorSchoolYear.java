package uk.registerly.app.data.transfer;

/**
 * One school year at an earlier school, as that school's CTF gave it: read-only, never added to this school's
 * figures (issue 17 item 2).
 */
public final class PriorSchoolYear {
    /** The academic year's start, e.g. 2025 for 2025/26. */
    public final int year;
    public final String schoolName;
    public final String laCode;
    public final String establishment;
    public final int possible;
    public final int attended;
    public final int authorised;
    public final int unauthorised;

    public PriorSchoolYear(int year, String schoolName, String laCode, String establishment, int possible,
                           int attended, int authorised, int unauthorised) {
        this.year = year;
        this.schoolName = schoolName;
        this.laCode = laCode;
        this.establishment = establishment;
        this.possible = possible;
        this.attended = attended;
        this.authorised = authorised;
        this.unauthorised = unauthorised;
    }
}
