package uk.registerly.app.data.roster;

import androidx.annotation.Nullable;

import java.util.Objects;

import uk.registerly.app.data.db.entity.GuardianEntity;

/** A pupil's contact (office devices only), in the school's order, for first-day calling. */
public final class Guardian {
    public final String id;
    public final String name;
    @Nullable
    public final String relationship;
    @Nullable
    public final String email;
    @Nullable
    public final String phone;

    public Guardian(String id, String name, @Nullable String relationship, @Nullable String email,
                    @Nullable String phone) {
        this.id = id;
        this.name = name;
        this.relationship = relationship;
        this.email = email;
        this.phone = phone;
    }

    public static Guardian of(GuardianEntity row) {
        return new Guardian(row.id, row.name, row.relationship, row.email, row.phone);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Guardian)) {
            return false;
        }
        Guardian other = (Guardian) o;
        return id.equals(other.id) && name.equals(other.name) && Objects.equals(relationship, other.relationship)
                && Objects.equals(email, other.email) && Objects.equals(phone, other.phone);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
