package uk.registerly.server.auth;

import java.util.UUID;

/** The authenticated caller of a request. */
public sealed interface Principal permits DevicePrincipal, ParentPrincipal, StaffPrincipal {

    /** The id events written by this caller carry as their device id. */
    UUID actorId();

    Role role();
}
