package uk.registerly.app.network;

import java.util.List;

/** A parent's account, token and linked children. */
public final class NetworkParentSignIn {
    public String parentId;
    public String token;
    public List<Child> children;

    public static final class Child {
        public String id;
        public String firstName;
        public String lastName;
        public String yearGroup;
        public String schoolId;
        public String schoolName;
    }
}
