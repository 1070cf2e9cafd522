package uk.registerly.app.register;

import java.util.List;

import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.CountsAs;

/**
 * The counts under a register ("27 present, 2 absent, 1 late, 0 to mark"), by how the rules count
 * each effective mark: L is present and late; approved educational activities (V, P, W, B, K) count
 * as present; every absence code, authorised or not, is absent; codes outside the statistics (D, Y1-Y7,
 * Z, #...) are neither.
 */
public final class RegisterSummary {
    public final int present;
    public final int late;
    public final int absent;
    public final int unmarked;

    private RegisterSummary(int present, int late, int absent, int unmarked) {
        this.present = present;
        this.late = late;
        this.absent = absent;
        this.unmarked = unmarked;
    }

    public static RegisterSummary of(List<RegisterRowModel> rows) {
        int present = 0;
        int late = 0;
        int absent = 0;
        int unmarked = 0;
        for (RegisterRowModel row : rows) {
            if (row.code == null) {
                unmarked++;
            } else if (row.code.countsAs() == CountsAs.ATTENDANCE) {
                present++;
                if (row.code == AttendanceCode.L) {
                    late++;
                }
            } else if (row.code.countsAs() != CountsAs.NOT_COUNTED) {
                absent++;
            }
        }
        return new RegisterSummary(present, late, absent, unmarked);
    }
}
