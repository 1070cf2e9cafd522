package uk.registerly.app.data.access;

import java.util.Collections;
import java.util.List;

/** A parent's account as the office lists it: the school's guardians it is linked to, and whether it is revoked. */
public final class ParentAccountLine {
    public final String parentId;
    public final List<String> guardians;
    public final boolean revoked;

    public ParentAccountLine(String parentId, List<String> guardians, boolean revoked) {
        this.parentId = parentId;
        this.guardians = Collections.unmodifiableList(guardians);
        this.revoked = revoked;
    }
}
