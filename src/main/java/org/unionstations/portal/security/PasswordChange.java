package org.unionstations.portal.security;

/** A user's change of their own password: the current one, the new one, typed twice. */
public record PasswordChange(String currentPassword, String newPassword, String repeatedPassword) {

}
