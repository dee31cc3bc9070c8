package org.unionstations.portal.security;

/** The first administrator's user name or password from the environment was refused. */
public class FirstAdministratorRefusedException extends RuntimeException {

	public FirstAdministratorRefusedException(String sentence) {
		super(sentence);
	}

}
