package uk.registerly.app.di;

import dagger.Binds;
import dagger.Module;
import dagger.hilt.InstallIn;
import dagger.hilt.components.SingletonComponent;
import uk.registerly.app.data.attendance.ArrivalsRepository;
import uk.registerly.app.data.attendance.AttendanceRecordsRepository;
import uk.registerly.app.data.attendance.OfflineFirstArrivalsRepository;
import uk.registerly.app.data.attendance.OfflineFirstAttendanceRecordsRepository;
import uk.registerly.app.data.attendance.OfflineFirstRegisterRepository;
import uk.registerly.app.data.attendance.RegisterRepository;
import uk.registerly.app.data.calling.CallingRepository;
import uk.registerly.app.data.calling.OfflineFirstCallingRepository;
import uk.registerly.app.data.evidence.NetworkViewedEvidenceRepository;
import uk.registerly.app.data.exports.ExportsRepository;
import uk.registerly.app.data.exports.NetworkExportsRepository;
import uk.registerly.app.data.evidence.ViewedEvidenceRepository;
import uk.registerly.app.data.leave.LeaveRepository;
import uk.registerly.app.data.leave.OfflineFirstLeaveRepository;
import uk.registerly.app.data.reports.AbsenceReportRepository;
import uk.registerly.app.data.reports.OfflineFirstAbsenceReportRepository;
import uk.registerly.app.data.roster.OfflineFirstRosterRepository;
import uk.registerly.app.data.roster.RosterRepository;

/**
 * Each repository's interface, bound to its offline-first implementation (Room first, synced by
 * WorkManager). View models and other repositories depend on the interfaces; their unit tests use
 * the {@code Test*} doubles in the test sources instead.
 */
@Module
@InstallIn(SingletonComponent.class)
public interface RepositoryModule {
    @Binds
    RosterRepository roster(OfflineFirstRosterRepository repository);

    @Binds
    RegisterRepository register(OfflineFirstRegisterRepository repository);

    @Binds
    ArrivalsRepository arrivals(OfflineFirstArrivalsRepository repository);

    @Binds
    AttendanceRecordsRepository records(OfflineFirstAttendanceRecordsRepository repository);

    @Binds
    uk.registerly.app.data.rollcall.RollCallRepository rollCall(
            uk.registerly.app.data.rollcall.OfflineFirstRollCallRepository repository);

    @Binds
    uk.registerly.app.data.departures.DeparturesRepository departures(
            uk.registerly.app.data.departures.OfflineFirstDeparturesRepository repository);

    @Binds
    uk.registerly.app.data.spotcheck.SpotCheckRepository spotCheck(
            uk.registerly.app.data.spotcheck.OfflineFirstSpotCheckRepository repository);

    @Binds
    uk.registerly.app.data.schoolday.RegistersStatusRepository registersStatus(
            uk.registerly.app.data.schoolday.OfflineFirstRegistersStatusRepository repository);

    @Binds
    uk.registerly.app.data.figures.SchoolFiguresRepository schoolFigures(
            uk.registerly.app.data.figures.OfflineFirstSchoolFiguresRepository repository);

    @Binds
    uk.registerly.app.data.worklists.WorklistsRepository worklists(
            uk.registerly.app.data.worklists.OfflineFirstWorklistsRepository repository);

    @Binds
    AbsenceReportRepository reports(OfflineFirstAbsenceReportRepository repository);

    @Binds
    LeaveRepository leave(OfflineFirstLeaveRepository repository);

    @Binds
    CallingRepository calling(OfflineFirstCallingRepository repository);

    @Binds
    ViewedEvidenceRepository viewedEvidence(NetworkViewedEvidenceRepository repository);

    @Binds
    uk.registerly.app.data.journal.NewerEventsRepository newerEvents(
            uk.registerly.app.data.journal.OfflineFirstNewerEventsRepository repository);

    @Binds
    ExportsRepository exports(NetworkExportsRepository repository);

    @Binds
    uk.registerly.app.data.access.AccessRepository access(uk.registerly.app.data.access.NetworkAccessRepository repository);

    @Binds
    uk.registerly.app.data.transfer.TransferRepository transfer(
            uk.registerly.app.data.transfer.NetworkTransferRepository repository);

    @Binds
    uk.registerly.app.data.staff.StaffRepository staff(uk.registerly.app.data.staff.OfflineFirstStaffRepository repository);

    @Binds
    uk.registerly.app.data.casework.CaseworkRepository casework(
            uk.registerly.app.data.casework.NetworkCaseworkRepository repository);

    @Binds
    uk.registerly.app.data.casework.CaseHistoryRepository caseHistory(
            uk.registerly.app.data.casework.OfflineFirstCaseHistoryRepository repository);
}
