package uk.registerly.app.testing;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import java.util.Arrays;
import java.util.List;

import uk.registerly.app.data.staff.StaffMember;
import uk.registerly.app.data.staff.StaffRepository;

/** The school's staff, as the test sends them. */
public final class TestStaffRepository implements StaffRepository {
    public static final StaffMember ALICE = new StaffMember(TestSchool.TEACHER, "Alice Patel", "Class Teacher");
    public static final StaffMember RITA = new StaffMember("0ff1ce00-0000-4000-8000-000000000009", "Rita Anand",
            "Attendance Officer");
    public static final StaffMember BEN = new StaffMember("be200000-0000-4000-8000-000000000005", "Ben Okoro",
            "Teaching Assistant");

    private final MutableLiveData<List<StaffMember>> staff = new MutableLiveData<>();

    public TestStaffRepository send(StaffMember... members) {
        staff.setValue(Arrays.asList(members));
        return this;
    }

    @Override
    public LiveData<List<StaffMember>> staff() {
        return staff;
    }
}
