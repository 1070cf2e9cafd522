package uk.registerly.server.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A demo school as created, with everything a test or a person needs to use it: the enrolment code of
 * each role and the parent invitation code. Codes work only while the server runs in demo mode.
 */
public record DemoSchool(UUID schoolId, String name, String officeCode, String officeStaffSignature, String gateCode,
                         List<DemoClass> classes, String parentInvitationCode, List<UUID> parentChildren,
                         DemoCover cover) {

    /** A class with its teacher's enrolment code and its pupils (ids in roll order). */
    public record DemoClass(UUID id, String name, String yearGroup, UUID teacherId, String teacherSignature,
                            String teacherCode, List<UUID> pupils) {
    }

    /**
     * A supply teacher covering a class from the day the school was created to that week's Friday: their
     * tablet (enrolled with {@code teacherCode}) holds that class for those days, and nothing else.
     */
    public record DemoCover(UUID coverId, UUID staffId, String signature, String teacherCode, UUID classId,
                            LocalDate from, LocalDate to) {
    }

    /** The teacher code of the first class: the one to try first. */
    public String teacherCode() {
        return classes.get(0).teacherCode();
    }

    public List<UUID> allPupils() {
        return classes.stream().flatMap(c -> c.pupils().stream()).toList();
    }

    /** Lines printed at start by {@code --demo}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("Demo school: ").append(name).append(" (").append(schoolId).append(")\n");
        text.append("  OFFICE  enrolment code: ").append(officeCode).append("   (").append(officeStaffSignature).append(")\n");
        text.append("  GATE    enrolment code: ").append(gateCode).append('\n');
        for (DemoClass c : classes) {
            text.append("  TEACHER enrolment code: ").append(c.teacherCode()).append("   (").append(c.teacherSignature())
                    .append(", class ").append(c.name()).append(")\n");
        }
        DemoClass covered = classes.stream().filter(c -> c.id().equals(cover.classId())).findFirst().orElseThrow();
        text.append("  TEACHER enrolment code: ").append(cover.teacherCode()).append("   (").append(cover.signature())
                .append(", covering ").append(covered.name()).append(" ").append(cover.from()).append(" to ")
                .append(cover.to()).append(")\n");
        text.append("  PARENT  invitation code: ").append(parentInvitationCode).append("   (")
                .append(parentChildren.size()).append(" children)\n");
        return text.toString();
    }
}
