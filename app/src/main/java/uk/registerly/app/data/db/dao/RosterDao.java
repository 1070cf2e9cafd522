package uk.registerly.app.data.db.dao;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;
import androidx.room.Transaction;

import java.util.List;

import uk.registerly.app.data.db.entity.ClassTeacherEntity;
import uk.registerly.app.data.db.entity.GuardianEntity;
import uk.registerly.app.data.db.entity.GuardianPupilEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.db.entity.PupilFingerprint;
import uk.registerly.app.data.db.entity.SchoolClassEntity;
import uk.registerly.app.data.db.entity.SchoolEntity;
import uk.registerly.app.data.db.entity.StaffEntity;

/**
 * The roster cache. Each roster change from the server is the entity's complete new state, so an
 * upsert replaces the row (roster rows are not register entries; the journal is never touched here).
 */
@Dao
public abstract class RosterDao {

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    public abstract void upsertSchool(SchoolEntity school);

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    public abstract void upsertStaff(StaffEntity staff);

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    public abstract void upsertPupil(PupilEntity pupil);

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    abstract void insertClass(SchoolClassEntity schoolClass);

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    abstract void insertClassTeachers(List<ClassTeacherEntity> teachers);

    @Query("DELETE FROM class_teachers WHERE class_id = :classId")
    abstract void deleteClassTeachers(String classId);

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    abstract void insertGuardian(GuardianEntity guardian);

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    abstract void insertGuardianPupils(List<GuardianPupilEntity> pupils);

    @Query("DELETE FROM guardian_pupils WHERE guardian_id = :guardianId")
    abstract void deleteGuardianPupils(String guardianId);

    @Transaction
    public void upsertClass(SchoolClassEntity schoolClass, List<ClassTeacherEntity> teachers) {
        insertClass(schoolClass);
        deleteClassTeachers(schoolClass.id);
        insertClassTeachers(teachers);
    }

    @Transaction
    public void upsertGuardian(GuardianEntity guardian, List<GuardianPupilEntity> pupils) {
        insertGuardian(guardian);
        deleteGuardianPupils(guardian.id);
        insertGuardianPupils(pupils);
    }

    @Nullable
    @Query("SELECT * FROM schools ORDER BY name LIMIT 1")
    public abstract SchoolEntity firstSchool();

    @Query("SELECT * FROM schools ORDER BY name")
    public abstract List<SchoolEntity> schools();

    @Query("SELECT * FROM schools ORDER BY name")
    public abstract LiveData<List<SchoolEntity>> observeSchools();

    @Nullable
    @Query("SELECT * FROM schools WHERE id = :id")
    public abstract SchoolEntity school(String id);

    @Nullable
    @Query("SELECT * FROM pupils WHERE id = :id")
    public abstract PupilEntity pupil(String id);

    @Query("SELECT * FROM pupils WHERE id = :id")
    public abstract LiveData<PupilEntity> observePupil(String id);

    @Nullable
    @Query("SELECT * FROM pupils WHERE mis_id = :misId LIMIT 1")
    public abstract PupilEntity pupilByMisId(String misId);

    @Query("SELECT * FROM pupils WHERE id IN (:ids)")
    public abstract List<PupilEntity> pupils(List<String> ids);

    @Query("SELECT * FROM pupils ORDER BY last_name, first_name")
    public abstract List<PupilEntity> allPupils();

    @Query("SELECT * FROM pupils ORDER BY last_name, first_name")
    public abstract LiveData<List<PupilEntity>> observeAllPupils();

    /** One page of the roster in id order after {@code afterId} ("" for the first): a keyset page, so a long roster is read a page at a time. */
    @Query("SELECT * FROM pupils WHERE id > :afterId ORDER BY id LIMIT :limit")
    public abstract List<PupilEntity> pupilsAfter(String afterId, int limit);

    /** Each pupil's id and every column a worklist line shows or the rules read, joined: a changed row has a new fingerprint. */
    @Query("SELECT id, first_name || '|' || last_name || '|' || year_group || '|' || IFNULL(class_id, '') || '|'"
            + " || IFNULL(date_of_birth, '') || '|' || IFNULL(mis_id, '') || '|' || IFNULL(school_id, '') || '|'"
            + " || IFNULL(on_roll_from, '') || '|' || IFNULL(on_roll_until, '') AS fingerprint FROM pupils")
    public abstract List<PupilFingerprint> pupilFingerprints();

    @Query("SELECT * FROM pupils WHERE class_id = :classId ORDER BY last_name, first_name")
    public abstract List<PupilEntity> pupilsOfClass(String classId);

    @Query("SELECT * FROM pupils WHERE class_id = :classId ORDER BY last_name, first_name")
    public abstract LiveData<List<PupilEntity>> observePupilsOfClass(String classId);

    /** Name search for the late gate: {@code pattern} is a LIKE pattern such as {@code dan%}. */
    @Query("SELECT * FROM pupils WHERE first_name LIKE :pattern OR last_name LIKE :pattern"
            + " OR (first_name || ' ' || last_name) LIKE :pattern OR mis_id LIKE :pattern"
            + " ORDER BY last_name, first_name LIMIT :limit")
    public abstract List<PupilEntity> searchPupils(String pattern, int limit);

    @Nullable
    @Query("SELECT * FROM classes WHERE id = :id")
    public abstract SchoolClassEntity schoolClass(String id);

    @Query("SELECT * FROM classes ORDER BY year_group, name")
    public abstract LiveData<List<SchoolClassEntity>> observeClasses();

    @Query("SELECT * FROM classes ORDER BY year_group, name")
    public abstract List<SchoolClassEntity> allClasses();

    @Query("SELECT classes.* FROM classes JOIN class_teachers ON class_teachers.class_id = classes.id"
            + " WHERE class_teachers.staff_id = :staffId ORDER BY classes.name")
    public abstract LiveData<List<SchoolClassEntity>> observeClassesTaughtBy(String staffId);

    @Query("SELECT staff_id FROM class_teachers WHERE class_id = :classId")
    public abstract List<String> teachersOf(String classId);

    @Nullable
    /** The school's staff, for the PIN lock screen (names and positions only). */
    @Query("SELECT * FROM staff ORDER BY name")
    public abstract LiveData<List<StaffEntity>> observeStaff();

    @Query("SELECT * FROM staff WHERE id = :id")
    public abstract StaffEntity staff(String id);

    @Query("SELECT guardians.* FROM guardians JOIN guardian_pupils ON guardian_pupils.guardian_id = guardians.id"
            + " WHERE guardian_pupils.pupil_id = :pupilId ORDER BY guardians.name")
    public abstract LiveData<List<GuardianEntity>> observeGuardiansOf(String pupilId);

    @Query("SELECT guardians.* FROM guardians JOIN guardian_pupils ON guardian_pupils.guardian_id = guardians.id"
            + " WHERE guardian_pupils.pupil_id = :pupilId ORDER BY guardians.name")
    public abstract List<GuardianEntity> guardiansOf(String pupilId);

    /** Changes whenever any roster table changes: a signal for read models built on the roster. */
    @Query("SELECT (SELECT COUNT(*) FROM schools) + (SELECT COUNT(*) FROM pupils) + (SELECT COUNT(*) FROM classes)"
            + " + (SELECT COUNT(*) FROM class_teachers) + (SELECT COUNT(*) FROM staff)")
    public abstract LiveData<Integer> observeRosterSize();
}
